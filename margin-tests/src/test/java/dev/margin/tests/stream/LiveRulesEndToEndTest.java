package dev.margin.tests.stream;

import static dev.margin.tests.stream.KucoinMarkPriceStreamTest.serveTokens;
import static dev.margin.tests.stream.KucoinMarkPriceStreamTest.tick;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.adapters.http.kucoin.KucoinStreamConfig;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarkPriceSource;
import dev.margin.app.RiskChange;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Symbol;
import dev.margin.tests.KucoinStubs;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole path through the real adapter: KuCoin's example bodies and a public token from
 * WireMock, ticks from the loopback WebSocket server, the cache swapping them in on its own
 * schedule at a 10 ms pace, the risk monitor telling a crossing.
 */
class LiveRulesEndToEndTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final Symbol USDT_BTC = Symbol.parse("USDT-BTC");

  @Test
  void aTickOnTheWireReachesTheRulesAndTheMonitorOnTheirOwnSchedule() throws Exception {
    KucoinStubs.serveExampleMarket(KUCOIN);
    try (LoopbackWebSocketServer server = new LoopbackWebSocketServer()) {
      serveTokens(KUCOIN, server.endpoint(), 10_000, 10_000);
      KucoinHttpConfig http = KucoinStubs.config(KUCOIN);
      // the example marks are from 2024: a clock then, so that they are fresh
      Clock clock = Clock.fixed(Instant.ofEpochMilli(1729676523000L), ZoneOffset.UTC);
      try (MarginApplication margin =
          MarginApplication.create(
              KucoinHttp.create(http),
              KucoinHttp.markPriceStream(
                  http,
                  KucoinStreamConfig.defaults()
                      .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))),
              MarginApplicationConfig.builder()
                  .liveMarkPrices(
                      LiveMarkPrices.on()
                          .withPace(Duration.ofMillis(10))
                          .withSymbols(java.util.Set.of(USDT_BTC)))
                  .build(),
              clock)) {
        BlockingQueue<RiskChange> heard = new LinkedBlockingQueue<>();
        margin.riskMonitor().addListener(heard::add);
        margin.marketRules().start();
        LoopbackWebSocketServer.Link link = server.awaitLink();
        link.await("subscribe");
        await(() -> margin.marketRules().status().markPricesLoadedAt().isPresent());
        await(() -> margin.marketRules().status().liveMarkPrices().orElseThrow().up());

        // 1 BTC held, 60,000 USDT owed: 0.9024 at the example's 1.504E-5
        MarginPosition position =
            MarginPosition.cross(
                Map.of(Currency.BTC, BigDecimal.ONE),
                Map.of(Currency.USDT, new BigDecimal("60000")));
        margin.riskMonitor().watch("desk", position);
        assertThat(heard.poll(10, TimeUnit.SECONDS).after()).contains(RiskStatus.SAFE);

        link.send(tick("USDT-BTC", 1729676523000L, "0.0000163")); // 0.978: LIQUIDATION
        await(
            () ->
                margin
                        .marketRules()
                        .markPrices()
                        .get(USDT_BTC)
                        .value()
                        .compareTo(new BigDecimal("0.0000163"))
                    == 0);
        assertThat(margin.marketRules().status().markPriceOrigins().get(USDT_BTC).source())
            .isEqualTo(MarkPriceSource.STREAM);
        RiskChange crossed = heard.poll(10, TimeUnit.SECONDS);
        assertThat(crossed).isNotNull();
        assertThat(crossed.before()).contains(RiskStatus.SAFE);
        assertThat(crossed.after()).contains(RiskStatus.LIQUIDATION);
        assertThat(crossed.debtRatio()).contains(new BigDecimal("0.978"));
      }
    }
  }

  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 30 s");
      }
      Thread.yield();
    }
  }
}
