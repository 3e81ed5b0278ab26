package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPrices;
import dev.margin.testkit.KucoinExamples;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link MarkPrices} does when it holds KuCoin's example market. */
public abstract class MarkPricesContract {

  /** Returns the adapter under test, serving KuCoin's example market. */
  protected abstract MarkPrices subject();

  @Test
  void allMarkPricesAreTheExamplePricesExactly() {
    assertThat(subject().allMarkPrices())
        .containsExactly(KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
  }

  @Test
  void exponentNotationBecomesTheExactDecimal() {
    MarkPrice usdc = subject().markPrice(Symbol.parse("USDC-BTC"));

    assertThat(usdc.value().toPlainString()).isEqualTo("0.000015049024");
    assertThat(usdc.timePoint()).isEqualTo(Instant.ofEpochMilli(1729676522000L));
  }

  @Test
  void oneMarkPriceEqualsItsEntryInTheList() {
    Symbol usdt = Symbol.parse("USDT-BTC");

    assertThat(subject().markPrice(usdt))
        .isEqualTo(
            subject().allMarkPrices().stream()
                .filter(p -> p.symbol().equals(usdt))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void anUnmarkedSymbolIsNoSuchSymbol() {
    assertThatThrownBy(() -> subject().markPrice(Symbol.parse("NOPE-BTC")))
        .isInstanceOfSatisfying(
            NoSuchSymbolException.class, e -> assertThat(e.symbol()).isEqualTo("NOPE-BTC"));
  }

  @Test
  void aNullSymbolIsRejectedByName() {
    assertThatThrownBy(() -> subject().markPrice(null)).hasMessage("symbol is null");
  }
}
