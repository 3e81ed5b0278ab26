package dev.margin.tests.testkit;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarketDataCall;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryMarginMarketDataTest {

  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");

  @Test
  void aLaterValueForTheSameSymbolReplacesTheEarlierOne() {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(aCrossSymbol("ETH-USDT").build())
            .crossSymbol(aCrossSymbol("ETH-USDT").withPriceIncrement("0.5").build())
            .build();

    assertThat(market.allCrossSymbols()).hasSize(1);
    assertThat(market.crossSymbol(ETH_USDT).priceIncrement().value()).isEqualByComparingTo("0.5");
  }

  @Test
  void replaceSwapsTheWholeSnapshot() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    var before = market.allMarkPrices();

    market.replace(
        data -> data.clearMarkPrices().markPrice(aMarkPrice("ETH-BTC", "0.0327", 1_000L)));

    assertThat(before).containsExactly(KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
    assertThat(market.allMarkPrices()).containsExactly(aMarkPrice("ETH-BTC", "0.0327", 1_000L));
    assertThat(market.allCrossSymbols()).containsExactly(KucoinExamples.BTC_USDT_CROSS);
  }

  @Test
  void aMarketWithoutConfigFailsClosed() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.builder().build();

    assertThatThrownBy(market::marginConfig)
        .isInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("no margin config");
    assertThat(market.allCrossSymbols()).isEmpty();
  }

  @Test
  void aSetFailureIsThrownByEveryCallUntilRecovered() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);

    market.failWith(down);

    assertThatThrownBy(market::allCrossSymbols).isSameAs(down);
    assertThatThrownBy(market::allMarkPrices).isSameAs(down);
    assertThatThrownBy(() -> market.markPrice(Symbol.parse("USDT-BTC"))).isSameAs(down);
    market.recover();
    assertThat(market.allMarkPrices()).hasSize(2);
  }

  @Test
  void fixtureBuildersDefaultToKucoinsBtcUsdtRules() {
    var rules = aCrossSymbol("BTC-USDT").build();

    assertThat(rules).isEqualTo(KucoinExamples.BTC_USDT_CROSS);
    assertThat(rules.minFunds()).isEqualByComparingTo("0.1");
    assertThat(rules.baseMinSize()).isEqualByComparingTo("0.00001");
  }

  @Test
  void aFailureOfOnePortLeavesTheOthersAnswering() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);

    market.failWith(MarkPrices.class, down);

    assertThatThrownBy(market::allMarkPrices).isSameAs(down);
    assertThatThrownBy(() -> market.markPrice(Symbol.parse("USDT-BTC"))).isSameAs(down);
    assertThat(market.allCrossSymbols()).containsExactly(KucoinExamples.BTC_USDT_CROSS);
    assertThat(market.allIsolatedSymbols()).containsExactly(KucoinExamples.BTC_USDT_ISOLATED);
    assertThat(market.allLeveragedTokens()).containsExactly(KucoinExamples.BTCUP);
    assertThat(market.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    market.recover();
    assertThat(market.allMarkPrices()).hasSize(2);
  }

  @Test
  void aFailureOfOneMethodLeavesTheOtherMethodsOfItsPortAnswering() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);

    market.failWith(MarketDataCall.ALL_MARK_PRICES, down);

    assertThatThrownBy(market::allMarkPrices).isSameAs(down);
    assertThat(market.markPrice(Symbol.parse("USDT-BTC"))).isEqualTo(KucoinExamples.USDT_BTC_MARK);
  }

  @Test
  void theWholePortFailsEveryCallAndRecoverClearsEveryFailure() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);
    MarketDataUnavailableException slow = new MarketDataUnavailableException("slow", null);

    market.failWith(MarginMarketData.class, down);
    market.failWith(MarginSettings.class, slow);

    assertThatThrownBy(market::allIsolatedSymbols).isSameAs(down);
    assertThatThrownBy(() -> market.leveragedToken(Currency.of("BTCUP"))).isSameAs(down);
    assertThatThrownBy(market::marginConfig).isSameAs(slow);
    market.recover();
    assertThat(market.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    assertThat(market.leveragedToken(Currency.of("BTCUP"))).isEqualTo(KucoinExamples.BTCUP);
  }

  @Test
  void onlyMarketDataPortsCanFailOrBeCounted() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);

    assertThatThrownBy(() -> market.failWith(Runnable.class, down))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a market-data port: java.lang.Runnable");
    assertThatThrownBy(() -> market.calls(Runnable.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> market.failWith(MarkPrices.class, null)).hasMessage("failure is null");
    assertThat(market.allMarkPrices()).hasSize(2);
  }

  @Test
  void everyCallIsCountedPerMethodAndPerPortFailuresIncluded() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();

    market.allMarkPrices();
    market.markPrice(Symbol.parse("USDT-BTC"));
    market.markPrice(Symbol.parse("USDT-BTC"));
    assertThatThrownBy(() -> market.crossSymbol(ETH_USDT))
        .isInstanceOf(NoSuchSymbolException.class);
    market.failWith(new MarketDataUnavailableException("down", null));
    assertThatThrownBy(market::marginConfig).isInstanceOf(MarketDataUnavailableException.class);

    assertThat(market.calls(MarketDataCall.ALL_MARK_PRICES)).isEqualTo(1);
    assertThat(market.calls(MarketDataCall.MARK_PRICE)).isEqualTo(2);
    assertThat(market.calls(MarketDataCall.CROSS_SYMBOL)).isEqualTo(1);
    assertThat(market.calls(MarketDataCall.MARGIN_CONFIG)).isEqualTo(1);
    assertThat(market.calls(MarketDataCall.ALL_CROSS_SYMBOLS)).isZero();
    assertThat(market.calls(MarkPrices.class)).isEqualTo(3);
    assertThat(market.calls(MarginMarketData.class)).isEqualTo(5);

    market.resetCalls();

    assertThat(market.calls(MarginMarketData.class)).isZero();
  }

  @Test
  void callsAreCountedExactlyFromManyThreads() throws Exception {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    int threads = 4;
    int each = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    market.allMarkPrices();
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(market.calls(MarketDataCall.ALL_MARK_PRICES)).isEqualTo((long) threads * each);
  }

  @Test
  void everyCallNamesThePortThatDeclaresIt() {
    for (MarketDataCall call : MarketDataCall.values()) {
      assertThat(call.port().getMethods()).extracting("name").contains(camelCase(call.name()));
    }
  }

  private static String camelCase(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
      name.append(
          name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }
}
