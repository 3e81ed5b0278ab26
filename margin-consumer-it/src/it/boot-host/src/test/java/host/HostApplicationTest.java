package host;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The host application started for real against KuCoin's example bodies on a loopback server. */
class HostApplicationTest {

  @Test
  void upOnFreshDataThenDownOnceKucoinStopsAndTheDataAges() throws IOException {
    WireMockServer kucoin = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    kucoin.start();
    serve(kucoin, "/api/v3/margin/symbols", "cross-margin-symbols.json");
    serve(kucoin, "/api/v1/isolated/symbols", "isolated-margin-symbols.json");
    serve(kucoin, "/api/v1/margin/config", "margin-config.json");
    serve(kucoin, "/api/v3/mark-price/all-symbols", "mark-price-all-symbols.json");
    // a second after KuCoin's example mark prices were marked
    TestClock clock = new TestClock(Instant.ofEpochMilli(1729676523000L));

    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(HostApplication.class)
            .web(WebApplicationType.NONE)
            .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
            .properties(
                "margin.kucoin.base-url=http://127.0.0.1:" + kucoin.port(),
                "margin.kucoin.max-attempts=1")
            .run()) {
      MarketRulesCache rules = app.getBean(MarketRulesCache.class);
      // started with the context; loaded here too, so the test need not wait for the first round
      rules.refreshRules();
      rules.refreshMarkPrices();
      HealthIndicator health = app.getBean("marginHealthIndicator", HealthIndicator.class);
      Assertions.assertEquals(Status.UP, health.health().getStatus());

      var verdict =
          app.getBean(HostApplication.Orders.class)
              .check(
                  OrderRequest.limit(
                      Symbol.parse("BTC-USDT"),
                      Side.BUY,
                      new BigDecimal("60000.1"),
                      new BigDecimal("0.001")));
      Assertions.assertTrue(verdict.isValid(), verdict.toString());

      MeterRegistry registry = app.getBean(MeterRegistry.class);
      Assertions.assertEquals(1.0, registry.get("margin.rules.symbols").gauge().value());
      long calls =
          registry.get("margin.kucoin.calls").tag("outcome", "success").timers().stream()
              .mapToLong(Timer::count)
              .sum();
      Assertions.assertTrue(calls >= 4, "calls: " + calls);

      kucoin.stop();
      clock.advance(Duration.ofSeconds(61));
      Assertions.assertThrows(MarketDataException.class, rules::refreshMarkPrices);
      Health down = health.health();
      Assertions.assertEquals(Status.DOWN, down.getStatus());
      Assertions.assertEquals("markPrices older than PT1M", down.getDetails().get("reason"));
      Assertions.assertTrue(
          String.valueOf(down.getDetails().get("lastMarkPricesFailure"))
              .startsWith("MarketDataUnavailableException"),
          down.getDetails().toString());
    } finally {
      kucoin.stop();
    }
  }

  private static void serve(WireMockServer server, String path, String body) throws IOException {
    try (InputStream in = HostApplicationTest.class.getResourceAsStream("/kucoin/" + body)) {
      server.stubFor(
          get(urlEqualTo(path))
              .willReturn(okJson(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
    }
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
