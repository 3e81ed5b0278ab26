package dev.margin.tests.stream;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.LiveMarkPricesStatus;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationModule;
import dev.margin.app.MarkPriceOrigin;
import dev.margin.app.MarkPriceSource;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.RiskMonitor;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarginModule;
import dev.margin.testkit.InMemoryMarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarketDataCall;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The market rules fed by the live stream: ticks coalesced into whole snapshots, polling only while
 * the stream is down too long, staleness as without the stream, and every source named in the
 * status. Driven by the test kit's stream and a mutable clock; the scheduled swap is set a minute
 * apart so that each test swaps by hand.
 */
class LiveMarketRulesTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol USDT_BTC = Symbol.parse("USDT-BTC");
  static final Symbol ETH_BTC = Symbol.parse("ETH-BTC");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .crossSymbol(aCrossSymbol("ETH-USDT").withBaseIncrement("0.0001").build())
          .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW.minusSeconds(10)))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(20)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  MarginApplication margin;

  @AfterEach
  void close() {
    if (margin != null) {
      margin.close();
    }
  }

  MarketRulesCache live(LiveMarkPrices live, Duration pollEvery) {
    margin =
        MarginApplication.create(
            market,
            stream,
            MarginApplicationConfig.builder()
                .markPriceRefreshInterval(pollEvery)
                .liveMarkPrices(live.withPace(Duration.ofMinutes(1)))
                .build(),
            clock);
    return margin.marketRules();
  }

  /** Loaded by one poll, then following the polled symbols, connected. */
  MarketRulesCache started() {
    MarketRulesCache rules = live(LiveMarkPrices.on(), Duration.ofHours(1));
    rules.refreshRules();
    rules.refreshMarkPrices();
    rules.start();
    stream.awaitDelivered();
    return rules;
  }

  @Test
  void ticksAreCoalescedNewestPerSymbolAndSwappedInAsOneSnapshot() {
    MarketRulesCache rules = started();
    assertThat(stream.openSubscriptions()).isEqualTo(1);

    stream.mark(aMarkPrice("USDT-BTC", "0.000021", NOW.plusSeconds(1)));
    stream.mark(aMarkPrice("USDT-BTC", "0.000022", NOW.plusSeconds(2)));
    stream.mark(aMarkPrice("ETH-BTC", "0.051", NOW.plusSeconds(1)));
    stream.awaitDelivered();
    // nothing is swapped in before the pace says so
    assertThat(rules.markPrices().get(USDT_BTC).value()).isEqualByComparingTo("0.00002");

    clock.advance(Duration.ofMillis(100));
    assertThat(rules.applyStreamedMarkPrices()).isEqualTo(2);
    assertThat(rules.markPrices().get(USDT_BTC).value()).isEqualByComparingTo("0.000022");
    assertThat(rules.markPrices().get(ETH_BTC).value()).isEqualByComparingTo("0.051");
    assertThat(rules.applyStreamedMarkPrices()).isZero();

    var status = rules.status();
    assertThat(status.markPricesLoadedAt()).contains(NOW.plusMillis(100));
    assertThat(status.markPriceOrigins())
        .containsEntry(USDT_BTC, new MarkPriceOrigin(MarkPriceSource.STREAM, NOW.plusMillis(100)))
        .containsEntry(ETH_BTC, new MarkPriceOrigin(MarkPriceSource.STREAM, NOW.plusMillis(100)));
    LiveMarkPricesStatus streamStatus = status.liveMarkPrices().orElseThrow();
    assertThat(streamStatus.up()).isTrue();
    assertThat(streamStatus.polling()).isFalse();
    assertThat(streamStatus.ticks()).isEqualTo(3);
  }

  @Test
  void aTickMarkedNoLaterThanThePriceHeldChangesNothing() {
    MarketRulesCache rules = started();
    stream.mark(aMarkPrice("USDT-BTC", "0.000021", NOW.minusSeconds(10)));
    stream.mark(aMarkPrice("ETH-BTC", "0.07", NOW.minusSeconds(30)));
    stream.awaitDelivered();

    assertThat(rules.applyStreamedMarkPrices()).isZero();
    assertThat(rules.markPrices().get(USDT_BTC).value()).isEqualByComparingTo("0.00002");
    assertThat(rules.status().markPriceOrigins().get(USDT_BTC).source())
        .isEqualTo(MarkPriceSource.POLLING);
  }

  @Test
  void aPolledPriceOlderThanAStreamedOneDoesNotReplaceIt() {
    MarketRulesCache rules = started();
    stream.mark(aMarkPrice("USDT-BTC", "0.000021", NOW.plusSeconds(5)));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();

    market.replace(
        edit -> edit.clearMarkPrices().markPrice(aMarkPrice("USDT-BTC", "0.00003", NOW)));
    rules.refreshMarkPrices();

    assertThat(rules.markPrices().get(USDT_BTC).value()).isEqualByComparingTo("0.000021");
    // a symbol the poll no longer lists keeps its price, and ages out like any other
    assertThat(rules.markPrices()).containsKey(ETH_BTC);
  }

  @Test
  void validationReadsStreamedPricesAndTheirAgeFailsClosedAsWithoutTheStream() {
    MarketRulesCache rules = started();
    OrderValidation validation = margin.orderValidation();
    OrderRequest order = limitBuy("50000");
    assertThat(validation.validate(order).isValid()).isTrue();

    // a minute later the polled prices are too old: refused, whatever the source
    clock.advance(Duration.ofSeconds(61));
    assertThat(codes(validation.validate(order))).contains(ViolationCode.MARK_PRICE_STALE);

    stream.mark(aMarkPrice("USDT-BTC", "0.00002", clock.instant()));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();
    assertThat(validation.validate(order).isValid()).isTrue();

    clock.advance(Duration.ofSeconds(61));
    assertThat(codes(validation.validate(order))).contains(ViolationCode.MARK_PRICE_STALE);
  }

  @Test
  void aLongRunOfTicksWithoutASwapKeepsTheNewestOfEachSymbolAndCountsEveryTick() {
    MarketRulesCache rules = started();
    long before = rules.status().liveMarkPrices().orElseThrow().ticks();
    // the newest ETH-BTC first, then an older one: the newest must survive the compaction
    stream.mark(aMarkPrice("ETH-BTC", "0.061", NOW.plusSeconds(5)));
    stream.mark(aMarkPrice("ETH-BTC", "0.059", NOW.plusSeconds(3)));
    int count = 70_000;
    for (int i = 1; i <= count; i++) {
      stream.mark(aMarkPrice("USDT-BTC", "0.0000" + (20_000 + i % 1_000), NOW.plusMillis(i)));
    }
    stream.mark(aMarkPrice("USDT-BTC", "0.000025", NOW.plusMillis(count)));
    stream.awaitDelivered();

    assertThat(rules.applyStreamedMarkPrices()).isEqualTo(2);

    assertThat(rules.markPrices().get(ETH_BTC).value()).isEqualByComparingTo("0.061");
    // of two ticks marked alike, the first is kept: a price replaces one only if marked later
    assertThat(rules.markPrices().get(USDT_BTC).value()).isEqualByComparingTo("0.00002");
    assertThat(rules.status().liveMarkPrices().orElseThrow().ticks()).isEqualTo(before + count + 3);
    assertThat(rules.applyStreamedMarkPrices()).isZero();
  }

  @Test
  void aCurrencyValuedThroughTheInversePairFollowsItsTicks() {
    MarginApplication inverse =
        MarginApplication.create(
            InMemoryMarginMarketData.builder()
                .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
                .crossSymbol(aCrossSymbol("ETH-USDT").withBaseIncrement("0.0001").build())
                .markPrice(aMarkPrice("BTC-USDT", "50000", NOW.minusSeconds(10)))
                .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(10)))
                .marginConfig(KucoinExamples.MARGIN_CONFIG)
                .build(),
            stream,
            MarginApplicationConfig.builder()
                .markPriceRefreshInterval(Duration.ofHours(1))
                .liveMarkPrices(LiveMarkPrices.on().withPace(Duration.ofMinutes(1)))
                .build(),
            clock);
    try (inverse) {
      MarketRulesCache rules = inverse.marketRules();
      rules.refreshRules();
      rules.refreshMarkPrices();
      rules.start();
      stream.awaitDelivered();
      OrderRequest eth =
          OrderRequest.limit(
              Symbol.parse("ETH-USDT"), Side.BUY, new BigDecimal("9000"), new BigDecimal("1"));
      // ETH-USDT = mark(ETH-BTC) / (1 / mark(BTC-USDT)) = 0.05 x 50000 = 2500
      assertThat(bandMessage(inverse.orderValidation().validate(eth)))
          .contains("the reference price 2500 ");

      stream.mark(aMarkPrice("BTC-USDT", "60000", NOW.plusSeconds(1)));
      stream.awaitDelivered();
      rules.applyStreamedMarkPrices();

      assertThat(bandMessage(inverse.orderValidation().validate(eth)))
          .contains("the reference price 3000 ");
      // the text of the route is that of its two values, made when read: here, in the refusal
      // of a fill by funds whose reference has aged while BTC-USDT kept ticking
      clock.advance(Duration.ofSeconds(61));
      stream.mark(aMarkPrice("BTC-USDT", "60000", clock.instant()));
      stream.awaitDelivered();
      rules.applyStreamedMarkPrices();
      assertThatThrownBy(
              () ->
                  inverse
                      .risk()
                      .project(
                          dev.margin.testkit.MarginFixtures.aCrossPosition()
                              .holding("USDT", "1000")
                              .build(),
                          java.util.List.of(
                              new dev.margin.domain.model.PositionChange.FillByFunds(
                                  Symbol.parse("ETH-USDT"), Side.BUY, new BigDecimal("100"))),
                          dev.margin.domain.model.Currency.USDT))
          .hasMessageContaining("the mark price mark(ETH-BTC) / 1 / mark(BTC-USDT) is");
    }
  }

  @Test
  void aDirectValueIsNotReplacedByATickOfItsInversePair() {
    market.replace(edit -> edit.markPrice(aMarkPrice("BTC-USDT", "50000", NOW.minusSeconds(10))));
    MarketRulesCache rules = started();
    OrderRequest eth =
        OrderRequest.limit(
            Symbol.parse("ETH-USDT"), Side.BUY, new BigDecimal("9000"), new BigDecimal("1"));
    // ETH-USDT = mark(ETH-BTC) / mark(USDT-BTC) = 0.05 / 0.00002 = 2500
    assertThat(bandMessage(margin.orderValidation().validate(eth)))
        .contains("the reference price 2500 ");

    stream.mark(aMarkPrice("BTC-USDT", "80000", NOW.plusSeconds(1)));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();

    assertThat(rules.markPrices().get(BTC_USDT).value()).isEqualByComparingTo("80000");
    assertThat(bandMessage(margin.orderValidation().validate(eth)))
        .contains("the reference price 2500 ");
  }

  static String bandMessage(ValidationResult result) {
    return result.violations().stream()
        .filter(v -> v.code() == ViolationCode.PRICE_OUTSIDE_LIMIT)
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void pollingResumesOnceTheStreamHasBeenDownTooLongAndStopsWhenItIsBack() {
    MarketRulesCache rules = live(LiveMarkPrices.on(), Duration.ofMillis(5));
    rules.refreshRules();
    rules.refreshMarkPrices();
    rules.start();
    stream.awaitDelivered();
    assertThat(rules.status().liveMarkPrices().orElseThrow().polling()).isFalse();
    stream.mark(aMarkPrice("USDT-BTC", "0.000021", NOW.plusSeconds(1)));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();
    assertThat(rules.status().markPriceOrigins().get(USDT_BTC).source())
        .isEqualTo(MarkPriceSource.STREAM);

    stream.disconnect("reset by peer");
    stream.awaitDelivered();
    LiveMarkPricesStatus down = rules.status().liveMarkPrices().orElseThrow();
    assertThat(down.up()).isFalse();
    assertThat(down.lastDisconnect()).contains("reset by peer");
    assertThat(down.polling()).isFalse();

    // REST answers with a later price; it is taken once the stream has been down 10 s
    market.replace(
        edit ->
            edit.clearMarkPrices()
                .markPrice(aMarkPrice("USDT-BTC", "0.000023", NOW.plusSeconds(11)))
                .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.plusSeconds(11))));
    market.resetCalls();
    clock.advance(Duration.ofSeconds(10));
    assertThat(rules.status().liveMarkPrices().orElseThrow().polling()).isTrue();
    await(
        () -> rules.markPrices().get(USDT_BTC).value().compareTo(new BigDecimal("0.000023")) == 0);
    assertThat(market.calls(MarketDataCall.ALL_MARK_PRICES)).isPositive();
    assertThat(rules.status().markPriceOrigins().get(USDT_BTC))
        .isEqualTo(new MarkPriceOrigin(MarkPriceSource.POLLING, clock.instant()));

    stream.reconnect();
    stream.awaitDelivered();
    LiveMarkPricesStatus back = rules.status().liveMarkPrices().orElseThrow();
    assertThat(back.up()).isTrue();
    assertThat(back.polling()).isFalse();
    assertThat(back.since()).isEqualTo(clock.instant());
  }

  @Test
  void whileEverySourceIsDownValidationFailsClosedAndRecoversWithTheStream() {
    MarketRulesCache rules = live(LiveMarkPrices.on(), Duration.ofMillis(5));
    rules.refreshRules();
    rules.refreshMarkPrices();
    rules.start();
    stream.awaitDelivered();
    stream.disconnect("no pong within 10000 ms");
    stream.awaitDelivered();
    market.failWith(
        MarketDataCall.ALL_MARK_PRICES, new MarketDataUnavailableException("503", null));
    market.resetCalls();

    clock.advance(Duration.ofSeconds(61));
    await(() -> rules.status().lastMarkPricesFailure().isPresent());
    assertThat(codes(margin.orderValidation().validate(limitBuy("50000"))))
        .contains(ViolationCode.MARK_PRICE_STALE);

    stream.reconnect();
    stream.mark(aMarkPrice("USDT-BTC", "0.00002", clock.instant()));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();
    assertThat(margin.orderValidation().validate(limitBuy("50000")).isValid()).isTrue();
  }

  @Test
  void withNoSymbolsConfiguredItFollowsThoseOfTheFirstPoll() {
    MarketRulesCache rules = live(LiveMarkPrices.on(), Duration.ofHours(1));
    rules.start();
    await(() -> stream.openSubscriptions() == 1);
    stream.mark(aMarkPrice("ETH-BTC", "0.06", NOW.plusSeconds(1)));
    stream.awaitDelivered();
    assertThat(rules.applyStreamedMarkPrices()).isEqualTo(1);
  }

  @Test
  void moreSymbolsThanOneSubscriptionCarriesAreFollowedInParts() {
    Set<Symbol> symbols = new HashSet<>();
    for (int i = 0; i < InMemoryMarkPriceStream.MAX_SYMBOLS * 2 + 1; i++) {
      symbols.add(Symbol.parse("C" + i + "-BTC"));
    }
    MarketRulesCache rules = live(LiveMarkPrices.on().withSymbols(symbols), Duration.ofHours(1));
    rules.start();
    assertThat(stream.openSubscriptions()).isEqualTo(3);
    stream.awaitDelivered();
    assertThat(rules.status().liveMarkPrices().orElseThrow().up()).isTrue();
    // a chosen set: the other symbols have no other source, so polling goes on
    assertThat(rules.status().liveMarkPrices().orElseThrow().polling()).isTrue();

    stream.mark(aMarkPrice("C600-BTC", "0.5", NOW));
    stream.awaitDelivered();
    assertThat(rules.applyStreamedMarkPrices()).isEqualTo(1);
    stream.drop("value is not a positive decimal in range");
    stream.awaitDelivered();
    // each of the three subscriptions counted the message it dropped
    assertThat(rules.status().liveMarkPrices().orElseThrow().dropped()).isEqualTo(3);

    rules.close();
    assertThat(stream.openSubscriptions()).isZero();
  }

  @Test
  void exactlyAsManySymbolsAsOneSubscriptionCarriesTakeOne() {
    Set<Symbol> symbols = new HashSet<>();
    for (int i = 0; i < InMemoryMarkPriceStream.MAX_SYMBOLS; i++) {
      symbols.add(Symbol.parse("C" + i + "-BTC"));
    }
    MarketRulesCache rules = live(LiveMarkPrices.on().withSymbols(symbols), Duration.ofHours(1));
    rules.start();
    assertThat(stream.openSubscriptions()).isEqualTo(1);
    stream.awaitDelivered();
    assertThat(rules.status().liveMarkPrices().orElseThrow().up()).isTrue();
    assertThat(rules.status().liveMarkPrices().orElseThrow().lastDisconnect()).isEmpty();
  }

  @Test
  void theDefaultApplicationPollsOnly() {
    try (MarginApplication plain = MarginApplication.create(market)) {
      assertThat(plain.marketRules().status().liveMarkPrices()).isEmpty();
      assertThat(plain.marketRules().applyStreamedMarkPrices()).isZero();
    }
  }

  @Test
  void aRefusedSubscriptionKeepsThePollingAndSaysWhy() {
    MarkPriceStream refusing =
        (symbols, listener) -> {
          throw new IllegalStateException("the stream is closed");
        };
    margin =
        MarginApplication.create(
            market,
            refusing,
            MarginApplicationConfig.builder()
                .markPriceRefreshInterval(Duration.ofHours(1))
                .liveMarkPrices(LiveMarkPrices.on().withSymbols(Set.of(BTC_USDT)))
                .build(),
            clock);
    MarketRulesCache rules = margin.marketRules();
    rules.start();
    LiveMarkPricesStatus status = rules.status().liveMarkPrices().orElseThrow();
    assertThat(status.polling()).isTrue();
    assertThat(status.up()).isFalse();
    assertThat(status.lastDisconnect()).contains("subscription refused: the stream is closed");
    // the next poll tries again, and the poll itself is not lost
    rules.refreshMarkPrices();
    assertThat(rules.markPrices()).containsKey(USDT_BTC);
  }

  @Test
  void pollingOnlyStatusSaysEachPriceWasPolledAndSinceWhen() {
    margin = MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
    MarketRulesCache rules = margin.marketRules();
    rules.refreshMarkPrices();
    clock.advance(Duration.ofSeconds(5));
    rules.refreshMarkPrices();
    assertThat(rules.status().markPriceOrigins())
        .containsEntry(USDT_BTC, new MarkPriceOrigin(MarkPriceSource.POLLING, NOW));
    assertThat(rules.status().liveMarkPrices()).isEmpty();
    assertThat(rules.applyStreamedMarkPrices()).isZero();
  }

  @Test
  void theStreamOnWithoutAStreamIsRefusedAtOnce() {
    MarginApplicationConfig on =
        MarginApplicationConfig.builder().liveMarkPrices(LiveMarkPrices.on()).build();
    assertThatThrownBy(() -> MarginApplication.create(market, null, on, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no MarkPriceStream");
    assertThatThrownBy(
            () ->
                Guice.createInjector(
                    binder -> {
                      binder.bind(InMemoryMarginMarketData.class).toInstance(market);
                      binder.install(new MarketOnly(market));
                    },
                    new MarginApplicationModule(on)))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining("MarkPriceStream");
  }

  @Test
  void guiceTakesTheBoundStreamWhenTheConfigurationTurnsItOn() {
    var injector =
        Guice.createInjector(
            new InMemoryMarginModule(market, stream),
            new MarginApplicationModule(
                MarginApplicationConfig.builder()
                    .liveMarkPrices(LiveMarkPrices.on().withSymbols(Set.of(USDT_BTC)))
                    .build(),
                clock));
    try (MarketRulesCache rules = injector.getInstance(MarketRulesCache.class)) {
      rules.start();
      assertThat(stream.openSubscriptions()).isEqualTo(1);
      // the monitor is one, and hears the swaps of the cache the injector made
      RiskMonitor monitor = injector.getInstance(RiskMonitor.class);
      assertThat(injector.getInstance(RiskMonitor.class)).isSameAs(monitor);
      rules.refreshRules();
      rules.refreshMarkPrices();
      monitor.watch(
          "one",
          dev.margin.domain.model.MarginPosition.cross(
              java.util.Map.of(dev.margin.domain.model.Currency.BTC, BigDecimal.ONE),
              java.util.Map.of(dev.margin.domain.model.Currency.USDT, new BigDecimal("40000"))));
      assertThat(monitor.latest().get("one").after())
          .contains(dev.margin.domain.model.RiskStatus.SAFE);
      stream.awaitDelivered();
      stream.mark(aMarkPrice("USDT-BTC", "0.0000244", NOW.plusSeconds(1)));
      stream.awaitDelivered();
      rules.applyStreamedMarkPrices();
      monitor.assessAll();
      assertThat(monitor.latest().get("one").after())
          .contains(dev.margin.domain.model.RiskStatus.LIQUIDATION);
      monitor.close();
    }
    assertThat(stream.openSubscriptions()).isZero();
  }

  @Test
  void theLiveSettingsAreChecked() {
    LiveMarkPrices on = LiveMarkPrices.on();
    assertThatThrownBy(() -> on.withPace(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pace");
    assertThatThrownBy(() -> on.withPace(Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> on.withPollingAfter(Duration.ofNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pollingAfter");
    assertThatThrownBy(() -> on.withPace(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> on.withSymbols(null)).isInstanceOf(NullPointerException.class);
    assertThat(LiveMarkPrices.off().enabled()).isFalse();
    assertThat(MarginApplicationConfig.defaults().liveMarkPrices()).isEqualTo(LiveMarkPrices.off());
    assertThat(on.pace()).isEqualTo(Duration.ofMillis(100));
    assertThat(on.pollingAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(on.enabled()).isTrue();
    assertThat(on.symbols()).isEmpty();
    // each range, at both of its ends
    assertThat(on.withPace(Duration.ofMillis(1)).pace()).isEqualTo(Duration.ofMillis(1));
    assertThat(on.withPace(Duration.ofMinutes(1)).pace()).isEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> on.withPace(Duration.ofMillis(1).minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> on.withPace(Duration.ofMinutes(1).plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pace must be between 1 ms and PT1M: PT1M0.000000001S");
    assertThat(on.withPollingAfter(MarginApplicationConfig.MAX_DURATION).pollingAfter())
        .isEqualTo(MarginApplicationConfig.MAX_DURATION);
    assertThat(on.withPollingAfter(Duration.ofMillis(1)).pollingAfter())
        .isEqualTo(Duration.ofMillis(1));
    assertThatThrownBy(() -> on.withPollingAfter(MarginApplicationConfig.MAX_DURATION.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> on.withPollingAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> on.withPollingAfter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pollingAfter is null");
    assertThat(on.withSymbols(Set.of(BTC_USDT)).symbols()).containsExactly(BTC_USDT);
    assertThat(on.withSymbols(Set.of(BTC_USDT)).pace()).isEqualTo(on.pace());
    MarginApplicationConfig config =
        MarginApplicationConfig.defaults().withLiveMarkPrices(on.withPace(Duration.ofSeconds(1)));
    assertThat(config.liveMarkPrices().pace()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.toBuilder().build().liveMarkPrices()).isEqualTo(config.liveMarkPrices());
  }

  @Test
  void closingTheApplicationStopsTheStreamAndTheMonitor() {
    MarketRulesCache rules = started();
    assertThat(stream.openSubscriptions()).isEqualTo(1);
    RiskMonitor monitor = margin.riskMonitor();
    assertThat(monitor).isNotNull();
    margin.close();
    assertThat(stream.openSubscriptions()).isZero();
    assertThat(rules.status().liveMarkPrices().orElseThrow().up()).isFalse();
    assertThatThrownBy(
            () ->
                monitor.watch(
                    "late",
                    dev.margin.domain.model.MarginPosition.cross(
                        java.util.Map.of(dev.margin.domain.model.Currency.BTC, BigDecimal.ONE),
                        java.util.Map.of())))
        .isInstanceOf(IllegalStateException.class);
  }

  static OrderRequest limitBuy(String price) {
    return OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal(price), new BigDecimal("0.001"));
  }

  static Set<ViolationCode> codes(ValidationResult result) {
    Set<ViolationCode> codes = new HashSet<>();
    result.violations().forEach(violation -> codes.add(violation.code()));
    return codes;
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

  /** The market-data ports alone, without a stream. */
  static final class MarketOnly extends com.google.inject.AbstractModule {
    final InMemoryMarginMarketData market;

    MarketOnly(InMemoryMarginMarketData market) {
      this.market = market;
    }

    @Override
    protected void configure() {
      bind(dev.margin.domain.port.CrossMarginSymbols.class).toInstance(market);
      bind(dev.margin.domain.port.IsolatedMarginSymbols.class).toInstance(market);
      bind(dev.margin.domain.port.LeveragedTokens.class).toInstance(market);
      bind(dev.margin.domain.port.MarkPrices.class).toInstance(market);
      bind(dev.margin.domain.port.MarginSettings.class).toInstance(market);
    }
  }
}
