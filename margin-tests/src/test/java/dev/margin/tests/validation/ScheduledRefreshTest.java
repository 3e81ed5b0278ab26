package dev.margin.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scheduled refresh: started once, it loads rules and mark prices in the background. */
class ScheduledRefreshTest {
  @Test
  void theScheduleLoadsRulesAndMarkPricesInTheBackground() throws Exception {
    CountDownLatch marksLoaded = new CountDownLatch(1);
    CountDownLatch rulesLoaded = new CountDownLatch(1);
    InMemoryMarginMarketData examples = InMemoryMarginMarketData.ofKucoinExamples();
    dev.margin.domain.port.MarginMarketData observed =
        new ObservedMarket(examples, rulesLoaded, marksLoaded);
    try (MarginApplication margin =
        MarginApplication.create(
            observed,
            MarginApplicationConfig.defaults(),
            new MutableClock(Instant.parse("2026-03-08T12:00:00Z")))) {
      margin.marketRules().start();
      margin.marketRules().start();

      assertThat(rulesLoaded.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(marksLoaded.await(30, TimeUnit.SECONDS)).isTrue();
      // the latches open inside the port calls; the swap follows on the same thread
      awaitLoaded(margin);
      assertThat(margin.marketRules().crossRules(Symbol.parse("BTC-USDT")))
          .isEqualTo(KucoinExamples.BTC_USDT_CROSS);
      assertThat(margin.marketRules().markPrices()).hasSize(2);
    }
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

  /** Opens a latch once the application has read the data it refreshes. */
  private static final class ObservedMarket implements dev.margin.domain.port.MarginMarketData {
    private final InMemoryMarginMarketData delegate;
    private final CountDownLatch rules;
    private final CountDownLatch marks;

    ObservedMarket(InMemoryMarginMarketData delegate, CountDownLatch rules, CountDownLatch marks) {
      this.delegate = delegate;
      this.rules = rules;
      this.marks = marks;
    }

    @Override
    public List<dev.margin.domain.model.CrossMarginSymbol> allCrossSymbols() {
      return delegate.allCrossSymbols();
    }

    @Override
    public dev.margin.domain.model.CrossMarginSymbol crossSymbol(Symbol symbol) {
      return delegate.crossSymbol(symbol);
    }

    @Override
    public List<dev.margin.domain.model.IsolatedMarginSymbol> allIsolatedSymbols() {
      return delegate.allIsolatedSymbols();
    }

    @Override
    public List<dev.margin.domain.model.LeveragedToken> allLeveragedTokens() {
      return delegate.allLeveragedTokens();
    }

    @Override
    public dev.margin.domain.model.LeveragedToken leveragedToken(
        dev.margin.domain.model.Currency currency) {
      return delegate.leveragedToken(currency);
    }

    @Override
    public dev.margin.domain.model.MarkPrice markPrice(Symbol symbol) {
      return delegate.markPrice(symbol);
    }

    @Override
    public List<dev.margin.domain.model.MarkPrice> allMarkPrices() {
      marks.countDown();
      return delegate.allMarkPrices();
    }

    @Override
    public dev.margin.domain.model.MarginConfig marginConfig() {
      rules.countDown();
      return delegate.marginConfig();
    }
  }
}
