package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.testkit.KucoinExamples;
import org.junit.jupiter.api.Test;

/** What every {@link IsolatedMarginSymbols} does when it holds KuCoin's example market. */
public abstract class IsolatedMarginSymbolsContract {

  /** Returns the adapter under test, serving KuCoin's example market. */
  protected abstract IsolatedMarginSymbols subject();

  @Test
  void allIsolatedSymbolsAreTheExampleSymbolsExactly() {
    assertThat(subject().allIsolatedSymbols()).containsExactly(KucoinExamples.BTC_USDT_ISOLATED);
  }

  @Test
  void theLiquidationRatioIsExact() {
    assertThat(subject().allIsolatedSymbols().get(0).flDebtRatio().toPlainString())
        .isEqualTo("0.97");
  }

  @Test
  void theListIsImmutable() {
    assertThatThrownBy(() -> subject().allIsolatedSymbols().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
