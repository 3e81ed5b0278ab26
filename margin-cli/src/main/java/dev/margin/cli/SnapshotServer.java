package dev.margin.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Serves a snapshot's raw KuCoin bodies on a loopback port, as KuCoin would, so that the CLI reads
 * them through the real adapter (Feign, Jackson, the JDK HTTP client) and not a parser of its own.
 * It answers the {@code symbol} and {@code currency} filters and the single mark price from the
 * all-symbols file. A missing file answers KuCoin's 404 envelope if the command needs it, else an
 * empty stand-in.
 */
final class SnapshotServer implements AutoCloseable {
  static {
    // the JDK server writes a response's headers and its body apart: with Nagle's algorithm the
    // body of every request after a connection's first waits for the client's delayed ACK, about
    // 40 ms on Linux. The property is read once, when the server's configuration class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final Function<SnapshotFile, byte[]> files;
  private final Set<SnapshotFile> needed;
  private final HttpServer server;
  private final String streamEndpoint;

  /**
   * @param files the body of each file, or null if the snapshot lacks it
   * @param needed the files the command cannot do without
   */
  SnapshotServer(Function<SnapshotFile, byte[]> files, Set<SnapshotFile> needed) {
    this(files, needed, null);
  }

  /**
   * @param files the body of each file, or null if the snapshot lacks it
   * @param needed the files the command cannot do without
   * @param streamEndpoint the WebSocket URL the public token names, or null for no token
   */
  SnapshotServer(
      Function<SnapshotFile, byte[]> files, Set<SnapshotFile> needed, String streamEndpoint) {
    this.files = files;
    this.needed = needed;
    this.streamEndpoint = streamEndpoint;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback port for the snapshot", e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      if (path.equals("/api/v1/bullet-public") && streamEndpoint != null) {
        respond(
            exchange,
            new Answer(
                200,
                "{\"code\":\"200000\",\"data\":{\"token\":\"replay\",\"instanceServers\":"
                    + "[{\"endpoint\":\""
                    + streamEndpoint
                    + "\",\"encrypt\":false,\"protocol\":\"websocket\","
                    + "\"pingInterval\":18000,\"pingTimeout\":10000}]}}"));
        return;
      }
      if (path.startsWith("/api/v1/mark-price/") && path.endsWith("/current")) {
        String symbol =
            path.substring("/api/v1/mark-price/".length(), path.length() - "/current".length());
        respond(exchange, markPrice(symbol));
        return;
      }
      for (SnapshotFile file : SnapshotFile.values()) {
        if (file.path.equals(path)) {
          respond(exchange, filtered(file, query));
          return;
        }
      }
      respond(exchange, new Answer(404, "{\"code\":\"404000\",\"msg\":\"not found\"}"));
    }
  }

  private record Answer(int status, String body) {}

  private Answer body(SnapshotFile file) {
    byte[] bytes = files.apply(file);
    if (bytes == null) {
      return needed.contains(file)
          ? new Answer(
              404, "{\"code\":\"404000\",\"msg\":\"the snapshot has no " + file.fileName + "\"}")
          : new Answer(200, file.standIn);
    }
    return new Answer(200, new String(bytes, StandardCharsets.UTF_8));
  }

  private Answer filtered(SnapshotFile file, Map<String, String> query) {
    Answer answer = body(file);
    String key =
        file == SnapshotFile.CROSS_SYMBOLS
            ? "symbol"
            : file == SnapshotFile.ETF_INFO ? "currency" : null;
    if (answer.status != 200 || key == null || !query.containsKey(key)) {
      return answer;
    }
    try {
      ObjectNode root = (ObjectNode) Json.MAPPER.readTree(answer.body);
      JsonNode list =
          file == SnapshotFile.CROSS_SYMBOLS ? root.path("data").path("items") : root.path("data");
      if (list instanceof ArrayNode items) {
        ArrayNode kept = Json.MAPPER.createArrayNode();
        items.forEach(
            item -> {
              if (query.get(key).equals(item.path(key).asText())) {
                kept.add(item);
              }
            });
        items.removeAll();
        items.addAll(kept);
      }
      return new Answer(200, Json.MAPPER.writeValueAsString(root));
    } catch (IOException | ClassCastException e) {
      return answer; // not the expected shape: let the adapter say what is wrong with it
    }
  }

  private Answer markPrice(String symbol) {
    Answer all = body(SnapshotFile.MARK_PRICES);
    if (all.status != 200) {
      return all;
    }
    try {
      JsonNode root = Json.MAPPER.readTree(all.body);
      for (JsonNode item : root.path("data")) {
        if (symbol.equals(item.path("symbol").asText())) {
          return new Answer(
              200, "{\"code\":\"200000\",\"data\":" + Json.MAPPER.writeValueAsString(item) + "}");
        }
      }
      return new Answer(200, "{\"code\":\"900001\",\"msg\":\"symbol not exists\"}");
    } catch (IOException e) {
      return all;
    }
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, String> query = new java.util.HashMap<>();
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        query.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Jackson's tree model, made only when a body is filtered: most commands never need it. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
