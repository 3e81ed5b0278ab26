package dev.margin.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarketDataCall;
import dev.margin.tests.MutableClock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scheduled refresh: started once, it loads rules and mark prices in the background. */
class ScheduledRefreshTest {
  @Test
  void theScheduleLoadsRulesAndMarkPricesInTheBackground() throws Exception {
    InMemoryMarginMarketData examples = InMemoryMarginMarketData.ofKucoinExamples();
    try (MarginApplication margin =
        MarginApplication.create(
            examples,
            MarginApplicationConfig.defaults(),
            new MutableClock(Instant.parse("2026-03-08T12:00:00Z")))) {
      margin.marketRules().start();
      margin.marketRules().start();

      assertThat(awaitCalled(examples, MarketDataCall.MARGIN_CONFIG)).isTrue();
      assertThat(awaitCalled(examples, MarketDataCall.ALL_MARK_PRICES)).isTrue();
      // the counts rise inside the port calls; the swap follows on the same thread
      awaitLoaded(margin);
      assertThat(margin.marketRules().crossRules(Symbol.parse("BTC-USDT")))
          .isEqualTo(KucoinExamples.BTC_USDT_CROSS);
      assertThat(margin.marketRules().markPrices()).hasSize(2);
    }
  }

  /** Whether the application called {@code call} within 30 seconds. */
  private static boolean awaitCalled(InMemoryMarginMarketData market, MarketDataCall call) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (market.calls(call) > 0) {
        return true;
      }
      Thread.yield();
    }
    return false;
  }

  private static void awaitLoaded(MarginApplication margin) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      var status = margin.marketRules().status();
      if (status.rulesLoadedAt().isPresent() && status.markPricesLoadedAt().isPresent()) {
        return;
      }
      Thread.yield();
    }
    throw new AssertionError("the scheduled refresh did not swap its snapshot in");
  }
}
