package dev.margin.tests.testkit;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
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
}
