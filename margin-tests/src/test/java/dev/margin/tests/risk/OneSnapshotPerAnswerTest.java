package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbolBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.OrderRequest;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every figure of one answer comes from one snapshot. Two rule sets (thresholds, leverage, borrow
 * permissions, lot and maximum size) and two mark sets (ETH at 2,500 or 1,600 USDT) make four
 * snapshots; each method of {@link MarginRisk} and of the validator is answered under each of them
 * alone first. Then readers call every method again while a writer flips the rules and the marks
 * and refreshes them, so that the snapshot changes between any two reads: every answer must still
 * be one of the four, never a mix of two.
 */
class OneSnapshotPerAnswerTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Currency USDT = Currency.USDT;
  static final Currency ETH = Currency.of("ETH");
  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");
  static final int READERS = 2;
  static final int ROUNDS = Integer.getInteger("margin.snapshotRounds", 1_500);

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market = state(InMemoryMarginMarketData.builder(), 0, 0).build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
  final MarginRisk risk = margin.risk();

  static InMemoryMarginMarketData.Builder state(
      InMemoryMarginMarketData.Builder market, int rules, int marks) {
    boolean a = rules == 0;
    IsolatedMarginSymbol isolated =
        anIsolatedSymbolBuilder("ETH-USDT")
            .withMaxLeverage(a ? 5 : 10)
            .withFlDebtRatio(a ? "0.9" : "0.85")
            .withBorrowEnabled(a, true)
            .build();
    boolean markA = marks == 0;
    return market
        .marginConfig(
            new MarginConfig(
                a ? List.of(ETH, USDT, Currency.BTC) : List.of(USDT, Currency.BTC),
                a ? 5 : 3,
                new BigDecimal(a ? "0.6" : "0.5"),
                new BigDecimal(a ? "0.8" : "0.7")))
        .crossSymbol(
            aCrossSymbol("ETH-USDT")
                .withPriceIncrement("0.01")
                .withBaseIncrement(a ? "0.0001" : "0.001")
                .withSizeLimits("0.001", a ? "1000" : "500")
                .withMinFunds("1")
                .build())
        .isolatedSymbol(isolated)
        .markPrice(aMarkPrice("ETH-BTC", markA ? "0.05" : "0.04", NOW.minusSeconds(markA ? 20 : 7)))
        .markPrice(
            aMarkPrice(
                "USDT-BTC", markA ? "0.00002" : "0.000025", NOW.minusSeconds(markA ? 3 : 9)));
  }

  /** Every method, each answer printed in full (records print every field). */
  Map<String, Supplier<Object>> calls() {
    MarginPosition cross =
        MarginPosition.cross(
            Map.of(ETH, BigDecimal.ONE, USDT, new BigDecimal("5000")),
            Map.of(USDT, new BigDecimal("4000")));
    MarginPosition isolated =
        MarginPosition.isolated(
            ETH_USDT,
            Map.of(ETH, BigDecimal.ONE, USDT, new BigDecimal("1000")),
            Map.of(USDT, new BigDecimal("1500")));
    List<PositionChange> changes =
        List.of(
            new PositionChange.Borrow(USDT, new BigDecimal("500")),
            new PositionChange.FillByFunds(ETH_USDT, Side.BUY, new BigDecimal("250")),
            new PositionChange.Fill(
                ETH_USDT, Side.SELL, new BigDecimal("2000"), new BigDecimal("0.5")));
    Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
    calls.put("assess cross", () -> risk.assess(cross, USDT));
    calls.put("assess isolated", () -> risk.assess(isolated, USDT));
    calls.put("project cross", () -> risk.project(cross, changes, USDT));
    calls.put("project isolated", () -> risk.project(isolated, changes, USDT));
    calls.put(
        "largestSafeBorrow cross", () -> risk.largestSafeBorrow(cross, USDT, Increment.of("0.01")));
    calls.put(
        "largestSafeBorrow isolated",
        () -> risk.largestSafeBorrow(isolated, ETH, Increment.of("0.0001")));
    calls.put(
        "largestSafeOrderSize buy",
        () -> risk.largestSafeOrderSize(cross, ETH_USDT, Side.BUY, new BigDecimal("4000")));
    calls.put(
        "largestSafeOrderSize sell",
        () -> risk.largestSafeOrderSize(isolated, ETH_USDT, Side.SELL, new BigDecimal("1500")));
    calls.put(
        "checkLeverage cross",
        () -> risk.checkLeverage(MarginMode.CROSS, null, new BigDecimal("4")));
    calls.put(
        "checkLeverage isolated",
        () -> risk.checkLeverage(MarginMode.ISOLATED, ETH_USDT, new BigDecimal("7")));
    calls.put("checkBorrow cross", () -> risk.checkBorrow(cross, ETH));
    calls.put("checkBorrow isolated", () -> risk.checkBorrow(isolated, ETH));
    calls.put("liquidationPrices cross", () -> risk.liquidationPrices(cross, ETH, USDT));
    calls.put("liquidationPrices isolated", () -> risk.liquidationPrices(isolated, ETH, USDT));
    calls.put("stress one", () -> risk.stress(cross, MarginRisk.DEFAULT_MOVES, ETH, USDT));
    calls.put("stress joint", () -> risk.stress(cross, MarginRisk.DEFAULT_MOVES, null, USDT));
    calls.put(
        "validate limit",
        () ->
            margin
                .orderValidation()
                .validate(
                    OrderRequest.limit(
                        ETH_USDT,
                        Side.BUY,
                        new BigDecimal("2700.005"),
                        new BigDecimal("0.00055"))));
    calls.put(
        "validate market",
        () ->
            margin
                .orderValidation()
                .validate(
                    OrderRequest.marketBySize(ETH_USDT, Side.SELL, new BigDecimal("600.00005"))));
    calls.put("rules", () -> margin.marketRules().crossRules(ETH_USDT));
    return calls;
  }

  void load(int rules, int marks) {
    market.replace(m -> state(m, rules, marks));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  @Test
  void everyAnswerUnderARacingRefreshIsOneOfTheSnapshotsAnswers() throws Exception {
    Map<String, Supplier<Object>> calls = calls();
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    for (int rules = 0; rules < 2; rules++) {
      for (int marks = 0; marks < 2; marks++) {
        load(rules, marks);
        for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
          expected
              .computeIfAbsent(call.getKey(), k -> new HashSet<>())
              .add(String.valueOf(call.getValue().get()));
        }
      }
    }
    // the four snapshots tell most methods apart: a mix of two would show
    assertThat(expected.get("assess cross")).hasSize(4);
    assertThat(expected.get("project cross")).hasSize(4);
    assertThat(expected.get("project isolated")).hasSize(4);
    assertThat(expected.get("liquidationPrices cross")).hasSize(4);
    assertThat(expected.get("stress joint")).hasSize(4);

    ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
    AtomicBoolean done = new AtomicBoolean();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int round = 0; round < ROUNDS; round++) {
                    for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
                      String answer = String.valueOf(call.getValue().get());
                      if (!expected.get(call.getKey()).contains(answer)) {
                        mixed.add(call.getKey() + ": " + answer);
                      }
                    }
                  }
                  return null;
                }));
      }
      Future<?> writer =
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(42);
                go.await();
                while (!done.get()) {
                  int rules = random.nextInt(2);
                  int marks = random.nextInt(2);
                  market.replace(m -> state(m, rules, marks));
                  switch (random.nextInt(3)) {
                    case 0 -> margin.marketRules().refreshRules();
                    case 1 -> margin.marketRules().refreshMarkPrices();
                    default -> {
                      margin.marketRules().refreshMarkPrices();
                      margin.marketRules().refreshRules();
                    }
                  }
                }
                return null;
              });
      go.countDown();
      for (Future<?> reader : readers) {
        reader.get(3, TimeUnit.MINUTES);
      }
      done.set(true);
      writer.get(1, TimeUnit.MINUTES);
    } finally {
      done.set(true);
      pool.shutdownNow();
    }

    assertThat(mixed).as("answers that no single snapshot gives").isEmpty();
  }
}
