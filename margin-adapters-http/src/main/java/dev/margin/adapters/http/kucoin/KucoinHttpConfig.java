package dev.margin.adapters.http.kucoin;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how the KuCoin adapter connects.
 *
 * <p>Start from {@link #defaults()} and change what differs: {@code
 * KucoinHttpConfig.defaults().withBaseUrl("http://127.0.0.1:8080")}.
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

  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration MAX_DEADLINE = Duration.ofMinutes(10);
  private static final Duration MAX_READ_TIMEOUT = Duration.ofMinutes(5);

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
    baseUrl = checkBaseUrl(baseUrl);
    checkTimeout(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
    checkTimeout(readTimeout, MAX_READ_TIMEOUT, "readTimeout");
    Objects.requireNonNull(deadline, "deadline is null");
    Objects.requireNonNull(initialBackoff, "initialBackoff is null");
    Objects.requireNonNull(maxBackoff, "maxBackoff is null");
    Objects.requireNonNull(rateWindow, "rateWindow is null");
    checkTimeout(deadline, MAX_DEADLINE, "deadline");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and 10: " + maxAttempts);
    }
    checkTimeout(initialBackoff, MAX_DEADLINE, "initialBackoff");
    checkTimeout(maxBackoff, MAX_DEADLINE, "maxBackoff");
    if (initialBackoff.compareTo(maxBackoff) > 0) {
      throw new IllegalArgumentException("initialBackoff is above maxBackoff");
    }
    if (publicQuota < 1 || spotQuota < 1) {
      throw new IllegalArgumentException(
          "quotas must be positive: " + publicQuota + ", " + spotQuota);
    }
    checkTimeout(rateWindow, MAX_DEADLINE, "rateWindow");
  }

  /**
   * KuCoin production; connect timeout 2 s, read timeout 5 s, deadline 10 s per call; up to 3
   * attempts, backoff from 200 ms doubling to at most 2 s with full jitter; KuCoin's quotas (Public
   * 2000, Spot 4000 weight per 30 s), waiting for a reset that fits in the deadline.
   *
   * @return the default configuration
   */
  public static KucoinHttpConfig defaults() {
    return new KucoinHttpConfig(
        PRODUCTION,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_DEADLINE,
        3,
        Duration.ofMillis(200),
        Duration.ofSeconds(2),
        KUCOIN_PUBLIC_QUOTA,
        KUCOIN_SPOT_QUOTA,
        Duration.ofSeconds(30),
        true);
  }

  /**
   * This configuration with another API root.
   *
   * @param baseUrl e.g. {@code "https://api.kucoin.com"} or {@code "http://127.0.0.1:8080"}
   * @return a new configuration
   * @throws IllegalArgumentException if the URL is not acceptable (see the constructor)
   */
  public KucoinHttpConfig withBaseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl is null");
    final URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'", e);
    }
    return new KucoinHttpConfig(
        uri,
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

  /**
   * This configuration with another connect timeout.
   *
   * @param timeout 1 ms to 1 minute
   * @return a new configuration
   */
  public KucoinHttpConfig withConnectTimeout(Duration timeout) {
    return new KucoinHttpConfig(
        baseUrl,
        timeout,
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

  /**
   * This configuration with another read timeout.
   *
   * @param timeout 1 ms to 5 minutes
   * @return a new configuration
   */
  public KucoinHttpConfig withReadTimeout(Duration timeout) {
    return new KucoinHttpConfig(
        baseUrl,
        connectTimeout,
        timeout,
        deadline,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        publicQuota,
        spotQuota,
        rateWindow,
        waitWhenRateLimited);
  }

  /**
   * This configuration with another deadline per call.
   *
   * @param deadline 1 ms to 10 minutes, retries and waits included
   * @return a new configuration
   */
  public KucoinHttpConfig withDeadline(Duration deadline) {
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
        window,
        waitWhenSpent);
  }

  /** Whether requests go over TLS. */
  boolean isTls() {
    return "https".equals(baseUrl.getScheme());
  }

  private static URI checkBaseUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (!url.isAbsolute() || host == null || host.isEmpty()) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL with a host: " + url);
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must carry no credentials, query or fragment: "
              + url.getScheme()
              + "://"
              + host);
    }
    String path = url.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException("baseUrl must have no path: " + url);
    }
    if (scheme.equals("http")) {
      if (!isLoopback(host)) {
        throw new IllegalArgumentException(
            "baseUrl must use https; plain http is allowed only for a loopback host: " + url);
      }
    } else if (!scheme.equals("https")) {
      throw new IllegalArgumentException("baseUrl must use https: " + url);
    }
    String port = url.getPort() == -1 ? "" : ":" + url.getPort();
    return URI.create(scheme + "://" + host + port);
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    boolean ipLiteral = literal.contains(":") || literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!ipLiteral) {
      return false; // a host name other than localhost is never resolved here
    }
    try {
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static void checkTimeout(Duration timeout, Duration max, String name) {
    if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between 1 ms and " + max + ": " + timeout);
    }
  }
}
