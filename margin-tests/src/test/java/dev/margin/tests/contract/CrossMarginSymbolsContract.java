package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.testkit.KucoinExamples;
import org.junit.jupiter.api.Test;

/** What every {@link CrossMarginSymbols} does when it holds KuCoin's example market. */
public abstract class CrossMarginSymbolsContract {

  /** Returns the adapter under test, serving KuCoin's example market. */
  protected abstract CrossMarginSymbols subject();

  @Test
  void allCrossSymbolsAreTheExampleSymbolsExactly() {
    assertThat(subject().allCrossSymbols()).containsExactly(KucoinExamples.BTC_USDT_CROSS);
  }

  @Test
  void decimalsKeepTheirExactValue() {
    CrossMarginSymbol btc = subject().crossSymbol(Symbol.parse("BTC-USDT"));

    assertThat(btc.baseIncrement().value().toPlainString()).isEqualTo("0.00000001");
    assertThat(btc.baseMaxSize().toPlainString()).isEqualTo("10000000000");
    assertThat(btc.priceIncrement().value().toPlainString()).isEqualTo("0.1");
  }

  @Test
  void oneSymbolIsFoundBySymbol() {
    assertThat(subject().crossSymbol(Symbol.parse("BTC-USDT")))
        .isEqualTo(KucoinExamples.BTC_USDT_CROSS);
  }

  @Test
  void anUnknownSymbolIsNoSuchSymbol() {
    assertThatThrownBy(() -> subject().crossSymbol(Symbol.parse("NOPE-USDT")))
        .isInstanceOfSatisfying(
            NoSuchSymbolException.class, e -> assertThat(e.symbol()).isEqualTo("NOPE-USDT"));
  }

  @Test
  void theListIsImmutable() {
    assertThatThrownBy(() -> subject().allCrossSymbols().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullSymbolIsRejectedByName() {
    assertThatThrownBy(() -> subject().crossSymbol(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("symbol is null");
  }
}
