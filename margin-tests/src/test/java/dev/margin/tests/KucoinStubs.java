package dev.margin.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** KuCoin's example bodies, served by WireMock on loopback. */
public final class KucoinStubs {
  private KucoinStubs() {}

  /** A WireMock server on a free loopback port. */
  public static WireMockExtension loopbackServer() {
    return WireMockExtension.newInstance()
        .options(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort())
        .build();
  }

  /** The adapter configuration for the server, with short timeouts. */
  public static KucoinHttpConfig config(WireMockExtension server) {
    return KucoinHttpConfig.defaults().withBaseUrl("http://127.0.0.1:" + server.getPort());
  }

  /** The text of a test resource under {@code /kucoin/}, e.g. {@code "etf-info.json"}. */
  public static String body(String name) {
    try (InputStream in = KucoinStubs.class.getResourceAsStream("/kucoin/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /kucoin/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves KuCoin's example market: every endpoint with its example body, the filters and the path
   * parameter for the example symbols, and "nothing found" for any other.
   */
  public static void serveExampleMarket(WireMockExtension server) {
    String cross = "/api/v3/margin/symbols";
    server.stubFor(get(urlEqualTo(cross)).willReturn(okJson(body("cross-margin-symbols.json"))));
    server.stubFor(
        get(urlPathEqualTo(cross))
            .withQueryParam("symbol", matching(".+"))
            .atPriority(10)
            .willReturn(okJson(body("world/cross-margin-symbols.empty.json"))));
    server.stubFor(
        get(urlPathEqualTo(cross))
            .withQueryParam("symbol", equalTo("BTC-USDT"))
            .atPriority(1)
            .willReturn(okJson(body("cross-margin-symbols.json"))));

    String etf = "/api/v3/etf/info";
    server.stubFor(get(urlEqualTo(etf)).willReturn(okJson(body("etf-info.json"))));
    server.stubFor(
        get(urlPathEqualTo(etf))
            .withQueryParam("currency", matching(".+"))
            .atPriority(10)
            .willReturn(okJson(body("world/etf-info.empty.json"))));
    server.stubFor(
        get(urlPathEqualTo(etf))
            .withQueryParam("currency", equalTo("BTCUP"))
            .atPriority(1)
            .willReturn(okJson(body("etf-info.json"))));

    server.stubFor(
        get(urlPathMatching("/api/v1/mark-price/[^/]+/current"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body("world/error-900001.json"))));
    for (String symbol : new String[] {"USDT-BTC", "USDC-BTC"}) {
      server.stubFor(
          get(urlEqualTo("/api/v1/mark-price/" + symbol + "/current"))
              .atPriority(1)
              .willReturn(okJson(body("world/mark-price-" + symbol + ".json"))));
    }
    server.stubFor(
        get(urlEqualTo("/api/v3/mark-price/all-symbols"))
            .willReturn(okJson(body("mark-price-all-symbols.json"))));
    server.stubFor(
        get(urlEqualTo("/api/v1/margin/config")).willReturn(okJson(body("margin-config.json"))));
    server.stubFor(
        get(urlEqualTo("/api/v1/isolated/symbols"))
            .willReturn(okJson(body("isolated-margin-symbols.json"))));
  }
}
