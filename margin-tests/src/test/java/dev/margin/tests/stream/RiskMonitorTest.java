package dev.margin.tests.stream;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.LiquidationDistance;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.RiskChange;
import dev.margin.app.RiskMonitor;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.RiskStatus;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The risk monitor on a scripted path of streamed BTC prices. The position holds 1 BTC and owes
 * 40,000 USDT, so its debt ratio is 40,000 x mark(USDT-BTC): WARNING from 0.95, LIQUIDATION from
 * 0.97 (KuCoin's cross thresholds), i.e. below 42,105.26 and 41,237.11 USDT a BTC.
 */
class RiskMonitorTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;
  static final Currency ETH = Currency.of("ETH");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(
          market,
          stream,
          MarginApplicationConfig.builder()
              .markPriceRefreshInterval(Duration.ofHours(1))
              .liveMarkPrices(LiveMarkPrices.on().withPace(Duration.ofMinutes(1)))
              .build(),
          clock);
  final MarketRulesCache rules = margin.marketRules();
  final RiskMonitor monitor = margin.riskMonitor();
  final BlockingQueue<RiskChange> heard = new LinkedBlockingQueue<>();
  final List<String> threads = new ArrayList<>();
  int tick;

  static final MarginPosition LONG_BTC =
      aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();

  @BeforeEach
  void load() {
    rules.refreshRules();
    rules.refreshMarkPrices();
    rules.start();
    stream.awaitDelivered();
    monitor.addListener(
        change -> {
          synchronized (threads) {
            threads.add(Thread.currentThread().getName());
          }
          heard.add(change);
        });
  }

  @AfterEach
  void close() {
    margin.close();
  }

  /**
   * Streams a USDT-BTC mark, one second after the last, and swaps it in; then waits for the
   * monitor's thread to pass the assessment the swap queued (an {@code assessAll} queued behind it
   * finds nothing left to tell, which shows that the swap alone told every change).
   */
  void usdtBtc(String value) {
    tick++;
    clock.set(NOW.plusSeconds(tick));
    stream.mark(aMarkPrice("USDT-BTC", value, NOW.plusSeconds(tick)));
    stream.awaitDelivered();
    assertThat(rules.applyStreamedMarkPrices()).isEqualTo(1);
    assertThat(monitor.assessAll()).isZero();
  }

  RiskChange next() throws InterruptedException {
    RiskChange change = heard.poll(30, TimeUnit.SECONDS);
    assertThat(change).as("a change within 30 s").isNotNull();
    return change;
  }

  @Test
  void eachCrossingOnAScriptedPathIsToldExactlyOnce() throws Exception {
    monitor.watch("desk-1", LONG_BTC);
    RiskChange first = next();
    assertThat(first.before()).isEmpty();
    assertThat(first.after()).contains(RiskStatus.SAFE);
    assertThat(first.debtRatio()).contains(new BigDecimal("0.8"));

    usdtBtc("0.0000222"); // 0.888: SAFE, no change
    usdtBtc("0.0000238"); // 0.952: WARNING
    usdtBtc("0.0000239"); // 0.956: still WARNING
    usdtBtc("0.0000244"); // 0.976: LIQUIDATION
    usdtBtc("0.0000243"); // 0.972: still LIQUIDATION
    usdtBtc("0.000023"); // 0.92: SAFE
    usdtBtc("0.00002"); // 0.8: SAFE
    usdtBtc("0.0000240"); // 0.96: WARNING, the last one, after which nothing else may come

    List<RiskChange> changes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      changes.add(next());
    }
    assertThat(changes)
        .extracting(change -> change.before().orElseThrow() + ">" + change.after().orElseThrow())
        .containsExactly("SAFE>WARNING", "WARNING>LIQUIDATION", "LIQUIDATION>SAFE", "SAFE>WARNING");
    assertThat(changes)
        .extracting(change -> change.debtRatio().orElseThrow().toPlainString())
        .containsExactly("0.952", "0.976", "0.92", "0.96");
    assertThat(changes.get(0).at()).isEqualTo(NOW.plusSeconds(2));
    assertThat(heard).isEmpty();
    assertThat(monitor.latest().get("desk-1")).isEqualTo(changes.get(3));
    assertThat(threads).allMatch(name -> name.equals("margin-risk-listener"));
  }

  @Test
  void aChangeSaysHowFarTheLargestExposureIsFromItsLiquidationPrice() throws Exception {
    monitor.watch("desk-1", LONG_BTC);
    next();
    usdtBtc("0.0000238");
    RiskChange warning = next();
    LiquidationDistance exposure = warning.largestExposure().orElseThrow();
    assertThat(exposure.currency()).isEqualTo(BTC);
    assertThat(exposure.quoteCurrency()).isEqualTo(USDT);
    // 1 BTC = 1 / 0.0000238 USDT; liquidation at 40,000 / 0.97 USDT
    BigDecimal mark = exposure.markPrice();
    assertThat(mark.subtract(new BigDecimal("42016.80672268907563025210084033613")).abs())
        .isLessThan(new BigDecimal("1e-25"));
    BigDecimal liquidation = exposure.liquidationPrice().orElseThrow();
    assertThat(liquidation.subtract(new BigDecimal("41237.11340206185567010309278350515")).abs())
        .isLessThan(new BigDecimal("1e-25"));
    // (41,237.11 - 42,016.81) / 42,016.81 = -0.018556701...: a 1.86% fall liquidates
    assertThat(exposure.distance().orElseThrow().toPlainString()).startsWith("-0.0185567010");
  }

  @Test
  void theLargestExposureIsTheLargestNetValueAndATieGoesToTheFirstCode() throws Exception {
    // 0.05 BTC, and 1 ETH worth 0.05 BTC: a tie, told as BTC; the quote currency is never it
    monitor.watch(
        "tie", aCrossPosition().holding(BTC, "0.05").holding(ETH, "1").owing(USDT, "4000").build());
    RiskChange tie = next();
    assertThat(tie.debtRatio()).contains(new BigDecimal("0.8"));
    assertThat(tie.largestExposure().orElseThrow().currency()).isEqualTo(BTC);

    // ETH owed outweighs BTC held: the exposure is ETH, quoted in USDT
    monitor.watch(
        "short",
        aCrossPosition().holding(BTC, "0.1").holding(USDT, "10000").owing(ETH, "3").build());
    LiquidationDistance shortEth = next().largestExposure().orElseThrow();
    assertThat(shortEth.currency()).isEqualTo(ETH);
    assertThat(shortEth.quoteCurrency()).isEqualTo(USDT);
    assertThat(shortEth.markPrice()).isEqualByComparingTo("2500");
  }

  @Test
  void eachPositionIsToldOfItsOwnCrossingsOnly() throws Exception {
    monitor.watch("btc", LONG_BTC);
    monitor.watch("eth", aCrossPosition().holding(ETH, "1").owing(USDT, "1500").build());
    assertThat(List.of(next(), next()))
        .extracting(RiskChange::positionId)
        .containsExactlyInAnyOrder("btc", "eth");
    usdtBtc("0.0000244"); // both are re-assessed: "btc" crosses, "eth" goes 0.6 -> 0.732
    RiskChange btc = next();
    assertThat(btc.positionId()).isEqualTo("btc");

    clock.set(NOW.plusSeconds(30));
    stream.mark(aMarkPrice("ETH-BTC", "0.037", NOW.plusSeconds(30))); // 0.0366 / 0.037
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();
    RiskChange eth = next();
    assertThat(eth.positionId()).isEqualTo("eth");
    assertThat(eth.after()).contains(RiskStatus.LIQUIDATION);
    assertThat(eth.largestExposure().orElseThrow().currency()).isEqualTo(ETH);
  }

  @Test
  void aPositionThatCannotBeValuedIsToldOnceAndFailsClosed() throws Exception {
    monitor.watch("desk-1", LONG_BTC);
    next();
    clock.set(NOW.plusSeconds(61)); // every mark is now older than a minute
    assertThat(monitor.assessAll()).isEqualTo(1);
    RiskChange stale = next();
    assertThat(stale.before()).contains(RiskStatus.SAFE);
    assertThat(stale.after()).isEmpty();
    assertThat(stale.debtRatio()).isEmpty();
    assertThat(stale.largestExposure()).isEmpty();
    assertThat(stale.failure().orElseThrow()).contains("USDT");
    assertThat(monitor.assessAll()).isZero();

    clock.set(NOW.plusSeconds(62));
    stream.mark(aMarkPrice("USDT-BTC", "0.00002", NOW.plusSeconds(62)));
    stream.awaitDelivered();
    rules.applyStreamedMarkPrices();
    RiskChange back = next();
    assertThat(back.before()).isEmpty();
    assertThat(back.after()).contains(RiskStatus.SAFE);
  }

  @Test
  void aSlowOrThrowingListenerDelaysOnlyItself() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    monitor.addListener(
        change -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    monitor.addListener(
        change -> {
          throw new IllegalStateException("a listener's bug");
        });
    monitor.watch("desk-1", LONG_BTC);
    next();
    usdtBtc("0.0000238");
    usdtBtc("0.0000244");
    assertThat(next().after()).contains(RiskStatus.WARNING);
    assertThat(next().after()).contains(RiskStatus.LIQUIDATION);
    release.countDown();
  }

  @Test
  void aReplacedPositionIsAssessedAnewAndAnUnwatchedOneIsNeverToldAgain() throws Exception {
    monitor.watch("desk-1", LONG_BTC);
    next();
    monitor.watch("desk-1", aCrossPosition().holding(BTC, "1").owing(USDT, "49000").build());
    RiskChange replaced = next();
    assertThat(replaced.before()).isEmpty();
    assertThat(replaced.after()).contains(RiskStatus.LIQUIDATION);

    assertThat(monitor.unwatch("desk-1")).isTrue();
    assertThat(monitor.unwatch("desk-1")).isFalse();
    assertThat(monitor.latest()).isEmpty();
    monitor.watch("other", aCrossPosition().holding(ETH, "1").build());
    assertThat(next().positionId()).isEqualTo("other");
    usdtBtc("0.00001"); // desk-1 would be SAFE again, but is no longer watched
    assertThat(monitor.assessAll()).isZero();
    monitor.watch("last", LONG_BTC);
    assertThat(next().positionId()).isEqualTo("last");
  }

  @Test
  void badArgumentsAreRefusedAndAClosedMonitorRefusesWork() throws Exception {
    assertThatThrownBy(() -> monitor.watch("", LONG_BTC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> monitor.watch("x".repeat(129), LONG_BTC))
        .isInstanceOf(IllegalArgumentException.class);
    monitor.watch("x".repeat(128), LONG_BTC);
    assertThat(monitor.latest()).containsKey("x".repeat(128));
    assertThat(next().positionId()).hasSize(128);
    assertThatThrownBy(() -> monitor.watch(null, LONG_BTC))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> monitor.watch("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> monitor.watch("a", LONG_BTC, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> monitor.addListener(null)).isInstanceOf(NullPointerException.class);
    monitor.close();
    assertThatThrownBy(() -> monitor.watch("a", LONG_BTC))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(monitor::assessAll).isInstanceOf(IllegalStateException.class);
    assertThat(monitor.unwatch("a")).isFalse();
    assertThat(Optional.ofNullable(heard.peek())).isEmpty();
  }
}
