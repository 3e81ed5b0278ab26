package dev.margin.adapters.http.kucoin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the KuCoin adapter connects.
 *
 * <p>Start from {@link #defaults()} and change what differs, with a wither: {@code
 * KucoinHttpConfig.defaults().withBaseUrl("http://127.0.0.1:8080")}, or with a builder: {@code
 * KucoinHttpConfig.builder().baseUrl("http://127.0.0.1:8080").maxAttempts(1).build()}.
 *
 * @param baseUrl the API root, {@code https} (plain {@code http} only for a loopback host, such as
 *     a local test server); no path, query or credentials
 * @param connectTimeout how long to wait for a connection, 1 ms to 1 minute
 * @param readTimeout how long to wait for one response, 1 ms to 5 minutes (each attempt gets at
 *     most what is left of the deadline)
 * @param deadline the longest one call may take, every attempt, backoff and rate-limit wait
 *     included, 1 ms to 10 minutes
 * @param maxAttempts how many requests one call may send, 1 to 10 (1: no retry)
 * @param initialBackoff the wait before the first retry, doubled for each further one, with full
 *     jitter; positive
 * @param maxBackoff the longest wait between two attempts; at least {@code initialBackoff}
 * @param publicQuota the weight the client lets itself spend per window in KuCoin's Public pool
 * @param spotQuota the weight the client lets itself spend per window in KuCoin's Spot pool
 * @param rateWindow the length of a rate-limit window; positive
 * @param waitWhenRateLimited when a pool is spent (by the client's budget, or a 429 that says when
 *     it resets): true to wait for the reset if it comes before the deadline, false to fail at once
 */
public record KucoinHttpConfig(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration deadline,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    int publicQuota,
    int spotQuota,
    Duration rateWindow,
    boolean waitWhenRateLimited) {

  /** KuCoin's production API root. */
  public static final URI PRODUCTION = URI.create("https://api.kucoin.com");

  /** The default connect timeout: 2 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** The default read timeout: 5 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  /** The default deadline of one call, retries included: 10 seconds. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

  /** KuCoin's Public pool quota per 30-second window (per IP). */
  public static final int KUCOIN_PUBLIC_QUOTA = 2000;

  /** KuCoin's Spot pool quota per 30-second window (VIP0). */
  public static final int KUCOIN_SPOT_QUOTA = 4000;

  static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
  static final Duration MAX_DEADLINE = Duration.ofMinutes(10);
  static final Duration MAX_READ_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Validates.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the base URL is not an absolute {@code https} URL (or
   *     {@code http} to a loopback host), carries a path, query, fragment or credentials, or a
   *     timeout is out of range
   * @param baseUrl see {@link #baseUrl()}
   * @param connectTimeout see {@link #connectTimeout()}
   * @param readTimeout see {@link #readTimeout()}
   * @param deadline see {@link #deadline()}
   * @param maxAttempts see {@link #maxAttempts()}
   * @param initialBackoff see {@link #initialBackoff()}
   * @param maxBackoff see {@link #maxBackoff()}
   * @param publicQuota see {@link #publicQuota()}
   * @param spotQuota see {@link #spotQuota()}
   * @param rateWindow see {@link #rateWindow()}
   * @param waitWhenRateLimited see {@link #waitWhenRateLimited()}
   */
  public KucoinHttpConfig {
    Objects.requireNonNull(baseUrl, "baseUrl is null");
    Objects.requireNonNull(connectTimeout, "connectTimeout is null");
    Objects.requireNonNull(readTimeout, "readTimeout is null");
    baseUrl = ConfigChecks.baseUrl(baseUrl);
    ConfigChecks.timeout(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
    ConfigChecks.timeout(readTimeout, MAX_READ_TIMEOUT, "readTimeout");
    Objects.requireNonNull(deadline, "deadline is null");
    Objects.requireNonNull(initialBackoff, "initialBackoff is null");
    Objects.requireNonNull(maxBackoff, "maxBackoff is null");
    Objects.requireNonNull(rateWindow, "rateWindow is null");
    ConfigChecks.timeout(deadline, MAX_DEADLINE, "deadline");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and 10: " + maxAttempts);
    }
    ConfigChecks.timeout(initialBackoff, MAX_DEADLINE, "initialBackoff");
    ConfigChecks.timeout(maxBackoff, MAX_DEADLINE, "maxBackoff");
    if (initialBackoff.compareTo(maxBackoff) > 0) {
      throw new IllegalArgumentException("initialBackoff is above maxBackoff");
    }
    if (publicQuota < 1 || spotQuota < 1) {
      throw new IllegalArgumentException(
          "quotas must be positive: " + publicQuota + ", " + spotQuota);
    }
    ConfigChecks.timeout(rateWindow, MAX_DEADLINE, "rateWindow");
  }

  /**
   * KuCoin production; connect timeout 2 s, read timeout 5 s, deadline 10 s per call; up to 3
   * attempts, backoff from 200 ms doubling to at most 2 s with full jitter; KuCoin's quotas (Public
   * 2000, Spot 4000 weight per 30 s), waiting for a reset that fits in the deadline.
   *
   * @return the default configuration
   */
  public static KucoinHttpConfig defaults() {
    return builder().build();
  }

  /**
   * A builder holding the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static KucoinHttpConfigBuilder builder() {
    return new KucoinHttpConfigBuilder();
  }

  /**
   * A builder holding this configuration, to change some of it.
   *
   * @return a new builder
   */
  public KucoinHttpConfigBuilder toBuilder() {
    return new KucoinHttpConfigBuilder(this);
  }

  /**
   * This configuration with another API root.
   *
   * @param baseUrl e.g. {@code "https://api.kucoin.com"} or {@code "http://127.0.0.1:8080"}
   * @return a new configuration
   * @throws IllegalArgumentException if the URL is not acceptable (see the constructor)
   */
  public KucoinHttpConfig withBaseUrl(String baseUrl) {
    return toBuilder().baseUrl(baseUrl).build();
  }

  /**
   * This configuration with another connect timeout.
   *
   * @param timeout 1 ms to 1 minute
   * @return a new configuration
   */
  public KucoinHttpConfig withConnectTimeout(Duration timeout) {
    return toBuilder().connectTimeout(timeout).build();
  }

  /**
   * This configuration with another read timeout.
   *
   * @param timeout 1 ms to 5 minutes
   * @return a new configuration
   */
  public KucoinHttpConfig withReadTimeout(Duration timeout) {
    return toBuilder().readTimeout(timeout).build();
  }

  /**
   * This configuration with another deadline per call.
   *
   * @param deadline 1 ms to 10 minutes, retries and waits included
   * @return a new configuration
   */
  public KucoinHttpConfig withDeadline(Duration deadline) {
    return toBuilder().deadline(deadline).build();
  }

  /**
   * This configuration with other retries.
   *
   * @param maxAttempts 1 to 10 requests per call
   * @param initialBackoff the wait before the first retry
   * @param maxBackoff the longest wait between attempts
   * @return a new configuration
   */
  public KucoinHttpConfig withRetries(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    return toBuilder()
        .maxAttempts(maxAttempts)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .build();
  }

  /**
   * This configuration with another client-side rate budget.
   *
   * @param publicQuota weight per window in the Public pool
   * @param spotQuota weight per window in the Spot pool
   * @param window the window length
   * @param waitWhenSpent true to wait for a reset within the deadline, false to fail at once
   * @return a new configuration
   */
  public KucoinHttpConfig withRateBudget(
      int publicQuota, int spotQuota, Duration window, boolean waitWhenSpent) {
    return toBuilder()
        .publicQuota(publicQuota)
        .spotQuota(spotQuota)
        .rateWindow(window)
        .waitWhenRateLimited(waitWhenSpent)
        .build();
  }

  /** Whether requests go over TLS. */
  boolean isTls() {
    return "https".equals(baseUrl.getScheme());
  }
}
