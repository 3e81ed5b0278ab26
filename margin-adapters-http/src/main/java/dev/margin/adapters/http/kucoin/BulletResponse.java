package dev.margin.adapters.http.kucoin;

import java.util.List;

/**
 * The {@code data} of {@code POST /api/v1/bullet-public}: the public WebSocket token and the
 * servers to connect to.
 */
record BulletResponse(String token, List<InstanceServer> instanceServers) {

  /** One server: its URL, and the heartbeat it expects in milliseconds. */
  record InstanceServer(
      String endpoint, Boolean encrypt, String protocol, Long pingInterval, Long pingTimeout) {}
}
