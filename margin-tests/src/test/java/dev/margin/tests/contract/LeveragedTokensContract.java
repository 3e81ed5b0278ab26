package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.testkit.KucoinExamples;
import org.junit.jupiter.api.Test;

/** What every {@link LeveragedTokens} does when it holds KuCoin's example market. */
public abstract class LeveragedTokensContract {

  /** Returns the adapter under test, serving KuCoin's example market. */
  protected abstract LeveragedTokens subject();

  @Test
  void allLeveragedTokensAreTheExampleTokensExactly() {
    assertThat(subject().allLeveragedTokens()).containsExactly(KucoinExamples.BTCUP);
  }

  @Test
  void oneTokenIsFoundByCurrencyWithItsTextFieldsKept() {
    var token = subject().leveragedToken(Currency.of("BTCUP"));

    assertThat(token).isEqualTo(KucoinExamples.BTCUP);
    assertThat(token.targetLeverage()).isEqualTo("2-4");
    assertThat(token.basket()).isEqualTo("118.324559 XBTUSDTM");
    assertThat(token.issuedSize().toPlainString()).isEqualTo("107134.87655291");
  }

  @Test
  void anUnknownTokenIsNoSuchSymbol() {
    assertThatThrownBy(() -> subject().leveragedToken(Currency.of("NOPEUP")))
        .isInstanceOfSatisfying(
            NoSuchSymbolException.class, e -> assertThat(e.symbol()).isEqualTo("NOPEUP"));
  }

  @Test
  void aNullCurrencyIsRejectedByName() {
    assertThatThrownBy(() -> subject().leveragedToken(null)).hasMessage("currency is null");
  }
}
