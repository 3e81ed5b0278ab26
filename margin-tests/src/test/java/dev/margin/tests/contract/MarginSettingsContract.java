package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.port.MarginSettings;
import dev.margin.testkit.KucoinExamples;
import org.junit.jupiter.api.Test;

/** What every {@link MarginSettings} does when it holds KuCoin's example market. */
public abstract class MarginSettingsContract {

  /** Returns the adapter under test, serving KuCoin's example market. */
  protected abstract MarginSettings subject();

  @Test
  void theConfigIsTheExampleConfigExactly() {
    MarginConfig config = subject().marginConfig();

    assertThat(config).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    assertThat(config.maxLeverage()).isEqualTo(5);
    assertThat(config.warningDebtRatio().toPlainString()).isEqualTo("0.95");
    assertThat(config.liqDebtRatio().toPlainString()).isEqualTo("0.97");
    assertThat(config.currencyList()).hasSize(176).startsWith(Currency.of("VRA"));
    assertThat(config.isMarginCurrency(Currency.of("1INCH"))).isTrue();
  }
}
