package dev.margin.tests.metrics;

import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarketRulesCache;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.MarkPrices;
import dev.margin.micrometer.MarginMetrics;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarginFixtures;
import dev.margin.tests.MutableClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The gauges over the market-rules cache, on a clock the test moves: no sleeping. */
class MarketRulesMetricsTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .crossSymbol(MarginFixtures.aCrossSymbol("ETH-USDT").build())
          .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
          .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(20)))
          .markPrice(aMarkPrice("ETH-USDT", "1600", NOW.minusSeconds(2)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
  final MarketRulesCache cache = margin.marketRules();
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  {
    MarginMetrics.bind(cache, registry, clock);
  }

  double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  Map<String, Double> failed(String name) {
    return registry.get(name).gauges().stream()
        .collect(Collectors.toMap(g -> g.getId().getTag("cause"), Gauge::value));
  }

  @Test
  void beforeAnyLoadTheAgesAreNanAndTheCountsZero() {
    assertThat(gauge("margin.rules.age")).isNaN();
    assertThat(gauge("margin.markprices.age")).isNaN();
    assertThat(gauge("margin.markprices.oldest.age")).isNaN();
    assertThat(gauge("margin.markprices.newest.age")).isNaN();
    assertThat(gauge("margin.rules.symbols")).isZero();
    assertThat(gauge("margin.markprices.count")).isZero();
    assertThat(failed("margin.rules.refresh.failed").values()).containsOnly(0.0);
    assertThat(failed("margin.markprices.refresh.failed").values()).containsOnly(0.0);
  }

  @Test
  void theAgesGrowWithTheClockAndTheCountsAreWhatIsHeld() {
    cache.refreshRules();
    clock.advance(Duration.ofSeconds(30));
    cache.refreshMarkPrices();
    clock.advance(Duration.ofMillis(1500));

    assertThat(gauge("margin.rules.age")).isEqualTo(31.5);
    assertThat(gauge("margin.markprices.age")).isEqualTo(1.5);
    assertThat(gauge("margin.rules.symbols")).isEqualTo(2);
    assertThat(gauge("margin.markprices.count")).isEqualTo(3);
    // KuCoin's own times of the prices: 20 s and 2 s before NOW
    assertThat(gauge("margin.markprices.oldest.age")).isEqualTo(20 + 31.5);
    assertThat(gauge("margin.markprices.newest.age")).isEqualTo(2 + 31.5);
  }

  @Test
  void aFailedRefreshSetsItsCauseToOneUntilARefreshSucceeds() {
    cache.refreshRules();
    cache.refreshMarkPrices();
    market.failWith(
        CrossMarginSymbols.class,
        new ExchangeErrorException("GET /api/v3/margin/symbols", 503, null, "busy", null));
    market.failWith(
        MarkPrices.class,
        new MalformedMarketDataException(
            "GET /api/v3/mark-price/all-symbols", "data.value", "not a number", null));

    assertThatThrownBy(cache::refreshRules).isInstanceOf(ExchangeErrorException.class);
    assertThatThrownBy(cache::refreshMarkPrices).isInstanceOf(MalformedMarketDataException.class);

    assertThat(failed("margin.rules.refresh.failed"))
        .containsEntry("ExchangeErrorException", 1.0)
        .containsEntry("MarketDataUnavailableException", 0.0)
        .containsEntry("other", 0.0);
    assertThat(failed("margin.markprices.refresh.failed"))
        .containsEntry("MalformedMarketDataException", 1.0)
        .containsEntry("ExchangeErrorException", 0.0);
    assertThat(failed("margin.rules.refresh.failed").values()).containsOnlyOnce(1.0);
    // the rules in use stay, and go on ageing
    assertThat(gauge("margin.rules.symbols")).isEqualTo(2);

    market.recover();
    cache.refreshRules();
    cache.refreshMarkPrices();

    assertThat(failed("margin.rules.refresh.failed").values()).containsOnly(0.0);
    assertThat(failed("margin.markprices.refresh.failed").values()).containsOnly(0.0);
  }

  @Test
  void everyCauseTagIsOneOfTheMarketDataExceptionsOrOther() {
    assertThat(failed("margin.rules.refresh.failed").keySet())
        .containsExactlyInAnyOrder(
            "MarketDataUnavailableException",
            "ExchangeErrorException",
            "RateLimitedException",
            "MalformedMarketDataException",
            "NoSuchSymbolException",
            "other");
    market.failWith(new MarketDataUnavailableException("offline", null) {});

    assertThatThrownBy(cache::refreshRules).isInstanceOf(MarketDataUnavailableException.class);

    assertThat(failed("margin.rules.refresh.failed")).containsEntry("other", 1.0);
  }

  @Test
  void theLiveStreamIsMeasuredBySourceStateTicksAndDrops() {
    assertThat(gauge("margin.markprices.stream.up")).isNaN();
    assertThat(gauge("margin.markprices.stream.polling")).isNaN();

    InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
    try (MarginApplication live =
        MarginApplication.create(
            market,
            stream,
            MarginApplicationConfig.builder()
                .liveMarkPrices(LiveMarkPrices.on().withPace(java.time.Duration.ofMinutes(1)))
                .build(),
            clock)) {
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      MarginMetrics.bind(live.marketRules(), meters, clock);
      live.marketRules().refreshMarkPrices();
      live.marketRules().start();
      stream.awaitDelivered();
      stream.mark(aMarkPrice("ETH-BTC", "0.051", NOW));
      stream.drop("value is not a positive decimal in range");
      stream.awaitDelivered();
      live.marketRules().applyStreamedMarkPrices();

      assertThat(meters.get("margin.markprices.stream.up").gauge().value()).isEqualTo(1.0);
      assertThat(meters.get("margin.markprices.stream.polling").gauge().value()).isZero();
      assertThat(meters.get("margin.markprices.stream.ticks").functionCounter().count())
          .isEqualTo(1.0);
      assertThat(meters.get("margin.markprices.stream.dropped").functionCounter().count())
          .isEqualTo(1.0);
      assertThat(meters.get("margin.markprices.source").tag("source", "stream").gauge().value())
          .isEqualTo(1.0);
      assertThat(meters.get("margin.markprices.source").tag("source", "polling").gauge().value())
          .isEqualTo(2.0);

      stream.disconnect("reset");
      stream.awaitDelivered();
      assertThat(meters.get("margin.markprices.stream.up").gauge().value()).isZero();
    }
  }
}
