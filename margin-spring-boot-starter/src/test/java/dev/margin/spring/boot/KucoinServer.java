package dev.margin.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** KuCoin's example bodies for the market rules and the mark prices, on a loopback WireMock. */
final class KucoinServer {
  private KucoinServer() {}

  static WireMockExtension loopback() {
    return WireMockExtension.newInstance()
        .options(WireMockConfiguration.wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
        .build();
  }

  static String baseUrl(WireMockExtension server) {
    return "margin.kucoin.base-url=http://127.0.0.1:" + server.getPort();
  }

  /** Serves the four endpoints the market rules read. */
  static void serveExampleMarket(WireMockExtension server) {
    serve(server, "/api/v3/margin/symbols", "cross-margin-symbols.json");
    serve(server, "/api/v1/isolated/symbols", "isolated-margin-symbols.json");
    serve(server, "/api/v1/margin/config", "margin-config.json");
    serve(server, "/api/v3/mark-price/all-symbols", "mark-price-all-symbols.json");
  }

  private static void serve(WireMockExtension server, String path, String body) {
    server.stubFor(get(urlEqualTo(path)).willReturn(okJson(body(body))));
  }

  private static String body(String name) {
    try (InputStream in = KucoinServer.class.getResourceAsStream("/kucoin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
