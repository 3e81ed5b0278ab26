package dev.margin.adapters.http.kucoin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A public WebSocket token and the server it is for, validated: the token a short URL-safe text,
 * the endpoint {@code wss} (or {@code ws} on loopback), the heartbeat between 1 ms and 10 minutes.
 *
 * @param token the token, sent as the {@code token} query parameter
 * @param endpoint the server's URL, without query
 * @param pingInterval how often to ping
 * @param pingTimeout how long to wait for the pong
 */
record StreamToken(String token, URI endpoint, Duration pingInterval, Duration pingTimeout) {

  static final int MAX_TOKEN_LENGTH = 4096;
  private static final Duration MAX_HEARTBEAT = Duration.ofMinutes(10);

  StreamToken {
    Objects.requireNonNull(token, "token is null");
    Objects.requireNonNull(endpoint, "endpoint is null");
    Objects.requireNonNull(pingInterval, "pingInterval is null");
    Objects.requireNonNull(pingTimeout, "pingTimeout is null");
    if (token.isEmpty()
        || token.length() > MAX_TOKEN_LENGTH
        || !token.matches("[A-Za-z0-9._~+/=-]+")) {
      throw new IllegalArgumentException("token is not a short URL-safe text");
    }
    endpoint = ConfigChecks.streamUrl(endpoint);
    ConfigChecks.timeout(pingInterval, MAX_HEARTBEAT, "pingInterval");
    ConfigChecks.timeout(pingTimeout, MAX_HEARTBEAT, "pingTimeout");
  }

  /** The URL to open: the endpoint with the token and this connection's id. */
  URI connectUrl(String connectId) {
    String query = "token=" + token.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    return URI.create(endpoint + "?" + query + "&connectId=" + connectId);
  }

  /** The first server of a {@code bullet-public} answer, validated; a malformed one throws. */
  static StreamToken of(BulletResponse data) {
    WireItem item = new WireItem(KucoinEndpoint.BULLET_PUBLIC.description, "data");
    BulletResponse present = item.present(data);
    String token = item.text(present.token(), "token");
    var servers = item.require(present.instanceServers(), "instanceServers");
    if (servers.isEmpty() || servers.get(0) == null) {
      throw item.malformed("instanceServers", "no server");
    }
    BulletResponse.InstanceServer server = servers.get(0);
    WireItem first = item.field("instanceServers").at(0);
    String endpoint = first.text(server.endpoint(), "endpoint");
    long interval = first.require(server.pingInterval(), "pingInterval");
    long timeout = first.require(server.pingTimeout(), "pingTimeout");
    return first.build(
        () ->
            new StreamToken(
                token,
                URI.create(endpoint),
                Duration.ofMillis(interval),
                Duration.ofMillis(timeout)));
  }
}
