package dev.margin.adapters.http.kucoin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds a {@link KucoinHttpConfig}, starting from {@link KucoinHttpConfig#defaults()} ({@link
 * KucoinHttpConfig#builder()}) or from a configuration ({@link KucoinHttpConfig#toBuilder()}):
 *
 * <pre>{@code
 * KucoinHttpConfig config =
 *     KucoinHttpConfig.builder().baseUrl("http://127.0.0.1:8080").maxAttempts(1).build();
 * }</pre>
 *
 * <p>The setters check nothing; {@link #build()} checks everything, as the record's constructor
 * does. Not thread-safe; reusable: each {@link #build()} makes a new configuration.
 */
public final class KucoinHttpConfigBuilder {
  private URI baseUrl = KucoinHttpConfig.PRODUCTION;
  private Duration connectTimeout = KucoinHttpConfig.DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = KucoinHttpConfig.DEFAULT_READ_TIMEOUT;
  private Duration deadline = KucoinHttpConfig.DEFAULT_DEADLINE;
  private int maxAttempts = 3;
  private Duration initialBackoff = Duration.ofMillis(200);
  private Duration maxBackoff = Duration.ofSeconds(2);
  private int publicQuota = KucoinHttpConfig.KUCOIN_PUBLIC_QUOTA;
  private int spotQuota = KucoinHttpConfig.KUCOIN_SPOT_QUOTA;
  private Duration rateWindow = Duration.ofSeconds(30);
  private boolean waitWhenRateLimited = true;

  KucoinHttpConfigBuilder() {}

  KucoinHttpConfigBuilder(KucoinHttpConfig from) {
    baseUrl = from.baseUrl();
    connectTimeout = from.connectTimeout();
    readTimeout = from.readTimeout();
    deadline = from.deadline();
    maxAttempts = from.maxAttempts();
    initialBackoff = from.initialBackoff();
    maxBackoff = from.maxBackoff();
    publicQuota = from.publicQuota();
    spotQuota = from.spotQuota();
    rateWindow = from.rateWindow();
    waitWhenRateLimited = from.waitWhenRateLimited();
  }

  /**
   * Sets the API root.
   *
   * @param baseUrl see {@link KucoinHttpConfig#baseUrl()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder baseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
    return this;
  }

  /**
   * Sets the API root from its text.
   *
   * @param baseUrl e.g. {@code "https://api.kucoin.com"} or {@code "http://127.0.0.1:8080"}; never
   *     null
   * @return this builder
   * @throws IllegalArgumentException if the text is not a URL
   */
  public KucoinHttpConfigBuilder baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl is null");
    try {
      this.baseUrl = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'", e);
    }
    return this;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout see {@link KucoinHttpConfig#connectTimeout()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return this;
  }

  /**
   * Sets the read timeout.
   *
   * @param readTimeout see {@link KucoinHttpConfig#readTimeout()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder readTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
    return this;
  }

  /**
   * Sets the deadline of one call.
   *
   * @param deadline see {@link KucoinHttpConfig#deadline()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder deadline(Duration deadline) {
    this.deadline = deadline;
    return this;
  }

  /**
   * Sets how many requests one call may send.
   *
   * @param maxAttempts see {@link KucoinHttpConfig#maxAttempts()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder maxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
    return this;
  }

  /**
   * Sets the wait before the first retry.
   *
   * @param initialBackoff see {@link KucoinHttpConfig#initialBackoff()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder initialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
    return this;
  }

  /**
   * Sets the longest wait between two attempts.
   *
   * @param maxBackoff see {@link KucoinHttpConfig#maxBackoff()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder maxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
    return this;
  }

  /**
   * Sets the weight the client spends per window in the Public pool.
   *
   * @param publicQuota see {@link KucoinHttpConfig#publicQuota()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder publicQuota(int publicQuota) {
    this.publicQuota = publicQuota;
    return this;
  }

  /**
   * Sets the weight the client spends per window in the Spot pool.
   *
   * @param spotQuota see {@link KucoinHttpConfig#spotQuota()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder spotQuota(int spotQuota) {
    this.spotQuota = spotQuota;
    return this;
  }

  /**
   * Sets the length of a rate-limit window.
   *
   * @param rateWindow see {@link KucoinHttpConfig#rateWindow()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder rateWindow(Duration rateWindow) {
    this.rateWindow = rateWindow;
    return this;
  }

  /**
   * Sets whether to wait for a spent pool's reset within the deadline.
   *
   * @param waitWhenRateLimited see {@link KucoinHttpConfig#waitWhenRateLimited()}
   * @return this builder
   */
  public KucoinHttpConfigBuilder waitWhenRateLimited(boolean waitWhenRateLimited) {
    this.waitWhenRateLimited = waitWhenRateLimited;
    return this;
  }

  /**
   * Builds the configuration.
   *
   * @return a new configuration
   * @throws NullPointerException if a component was set to null
   * @throws IllegalArgumentException if a component is out of range (see {@link KucoinHttpConfig})
   */
  public KucoinHttpConfig build() {
    return new KucoinHttpConfig(
        baseUrl,
        connectTimeout,
        readTimeout,
        deadline,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        publicQuota,
        spotQuota,
        rateWindow,
        waitWhenRateLimited);
  }
}
