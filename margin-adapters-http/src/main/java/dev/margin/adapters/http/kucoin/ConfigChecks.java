package dev.margin.adapters.http.kucoin;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * The checks {@link KucoinHttpConfig} makes of its base URL and its durations, and {@link
 * StreamToken} of the WebSocket server's URL.
 */
final class ConfigChecks {

  private ConfigChecks() {}

  static URI baseUrl(URI url) {
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

  /**
   * A WebSocket server's URL: absolute, {@code wss}, or {@code ws} on a loopback host only, with no
   * credentials, query or fragment.
   */
  static URI streamUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost();
    if (!url.isAbsolute() || host == null || host.isEmpty()) {
      throw new IllegalArgumentException("stream URL must be absolute with a host");
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "stream URL must carry no credentials, query or fragment: " + scheme + "://" + host);
    }
    if (scheme.equals("ws")) {
      if (!isLoopback(host)) {
        throw new IllegalArgumentException(
            "stream URL must use wss; plain ws is allowed only for a loopback host: "
                + scheme
                + "://"
                + host);
      }
    } else if (!scheme.equals("wss")) {
      throw new IllegalArgumentException("stream URL must use wss: " + scheme + "://" + host);
    }
    return url;
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

  static void timeout(Duration timeout, Duration max, String name) {
    if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between 1 ms and " + max + ": " + timeout);
    }
  }
}
