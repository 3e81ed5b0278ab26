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
 * @param baseUrl the API root, {@code https} (plain {@code http} only for a loopback host, such as a
 *     local test server); no path, query or credentials
 * @param connectTimeout how long to wait for a connection, 1 ms to 1 minute
 * @param readTimeout how long to wait for a response, 1 ms to 5 minutes
 */
public record KucoinHttpConfig(URI baseUrl, Duration connectTimeout, Duration readTimeout) {

  /** KuCoin's production API root. */
  public static final URI PRODUCTION = URI.create("https://api.kucoin.com");

  /** The default connect timeout: 2 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** The default read timeout: 5 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration MAX_READ_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Validates.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the base URL is not an absolute {@code https} URL (or
   *     {@code http} to a loopback host), carries a path, query, fragment or credentials, or a
   *     timeout is out of range
   */
  public KucoinHttpConfig {
    Objects.requireNonNull(baseUrl, "baseUrl is null");
    Objects.requireNonNull(connectTimeout, "connectTimeout is null");
    Objects.requireNonNull(readTimeout, "readTimeout is null");
    baseUrl = checkBaseUrl(baseUrl);
    checkTimeout(connectTimeout, MAX_CONNECT_TIMEOUT, "connectTimeout");
    checkTimeout(readTimeout, MAX_READ_TIMEOUT, "readTimeout");
  }

  /** Returns KuCoin production with the default timeouts. */
  public static KucoinHttpConfig defaults() {
    return new KucoinHttpConfig(PRODUCTION, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
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
    return new KucoinHttpConfig(uri, connectTimeout, readTimeout);
  }

  /**
   * This configuration with another connect timeout.
   *
   * @param timeout 1 ms to 1 minute
   * @return a new configuration
   */
  public KucoinHttpConfig withConnectTimeout(Duration timeout) {
    return new KucoinHttpConfig(baseUrl, timeout, readTimeout);
  }

  /**
   * This configuration with another read timeout.
   *
   * @param timeout 1 ms to 5 minutes
   * @return a new configuration
   */
  public KucoinHttpConfig withReadTimeout(Duration timeout) {
    return new KucoinHttpConfig(baseUrl, connectTimeout, timeout);
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
          "baseUrl must carry no credentials, query or fragment: " + url.getScheme() + "://" + host);
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
      throw new IllegalArgumentException(name + " must be between 1 ms and " + max + ": " + timeout);
    }
  }
}
