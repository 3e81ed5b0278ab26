package dev.margin.tests.validation;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Readers validate while a writer swaps two rule sets back and forth, with failing refreshes in
 * between. Under rule set A (tick 0.1, minimum funds 1) a buy of 1 at 1.3 is valid; under B (tick
 * 0.5, minimum funds 2) it breaks both rules. A reader seeing half of each would see one code
 * alone.
 */
class MarketRulesConcurrencyTest {
  static final int SYMBOLS = 50;
  static final int READERS = 3;
  static final int READS = 20_000;
  static final int SWAPS = 400;

  static InMemoryMarginMarketData.Builder ruleSet(
      InMemoryMarginMarketData.Builder market, String tick, String minFunds) {
    for (int i = 0; i < SYMBOLS; i++) {
      market.crossSymbol(
          aCrossSymbol("S" + i + "-USDT").withPriceIncrement(tick).withMinFunds(minFunds).build());
    }
    return market.marginConfig(KucoinExamples.MARGIN_CONFIG);
  }

  @Test
  void noReaderEverSeesAMixedSnapshot() throws Exception {
    InMemoryMarginMarketData market =
        ruleSet(InMemoryMarginMarketData.builder(), "0.1", "1").build();
    MarginApplication margin =
        MarginApplication.create(
            market,
            MarginApplicationConfig.defaults().withPriceBandCheck(false),
            new MutableClock(Instant.parse("2026-03-08T12:00:00Z")));
    margin.marketRules().refreshRules();
    Set<Set<ViolationCode>> consistent =
        Set.of(
            Set.of(),
            Set.of(ViolationCode.PRICE_INCREMENT, ViolationCode.NOTIONAL_BELOW_MIN_FUNDS));
    ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
    AtomicInteger seenA = new AtomicInteger();
    AtomicInteger seenB = new AtomicInteger();
    AtomicInteger failedRefreshes = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        int reader = r;
        tasks.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < READS; i++) {
                    Symbol symbol = Symbol.parse("S" + ((i + reader) % SYMBOLS) + "-USDT");
                    ValidationResult result =
                        margin
                            .orderValidation()
                            .validate(
                                OrderRequest.limit(
                                    symbol, Side.BUY, new BigDecimal("1.3"), BigDecimal.ONE));
                    if (!consistent.contains(result.codes())) {
                      mixed.add(result.toString());
                    }
                    (result.isValid() ? seenA : seenB).incrementAndGet();
                  }
                  return null;
                }));
      }
      tasks.add(
          pool.submit(
              () -> {
                go.await();
                for (int swap = 0; swap < SWAPS; swap++) {
                  boolean toB = swap % 2 == 0;
                  market.replace(m -> ruleSet(m, toB ? "0.5" : "0.1", toB ? "2" : "1"));
                  if (swap % 10 == 5) {
                    market.failWith(new MarketDataUnavailableException("venue down", null));
                    try {
                      margin.marketRules().refreshRules();
                    } catch (MarketDataException expected) {
                      failedRefreshes.incrementAndGet();
                    }
                    market.recover();
                  }
                  margin.marketRules().refreshRules();
                }
                return null;
              }));
      go.countDown();
      for (Future<?> task : tasks) {
        task.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(mixed).as("verdicts from a mixed snapshot").isEmpty();
    assertThat(failedRefreshes.get()).isEqualTo(SWAPS / 10);
    assertThat(seenA.get() + seenB.get()).isEqualTo(READERS * READS);
    assertThat(margin.marketRules().status().lastRulesFailure()).isEmpty();
    assertThat(margin.marketRules().crossRules(Symbol.parse("S0-USDT")).priceIncrement().value())
        .isEqualByComparingTo("0.1");
  }
}
