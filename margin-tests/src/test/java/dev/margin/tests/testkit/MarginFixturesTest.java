package dev.margin.tests.testkit;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.anIsolatedPosition;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbol;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbolBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarginFixturesTest {

  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");

  @Test
  void theIsolatedBuilderDefaultsToTheTermsOfAnIsolatedSymbol() {
    IsolatedMarginSymbol built = anIsolatedSymbolBuilder("ETH-USDT").build();

    assertThat(built).isEqualTo(anIsolatedSymbol("ETH-USDT"));
    assertThat(built)
        .isEqualTo(
            new IsolatedMarginSymbol(
                ETH_USDT,
                "ETH-USDT",
                Currency.of("ETH"),
                Currency.USDT,
                10,
                new BigDecimal("0.97"),
                true,
                new BigDecimal("0.96"),
                true,
                true,
                true,
                true,
                BigDecimal.ONE,
                BigDecimal.ONE));
    assertThat(anIsolatedSymbol("ETH-USDT", 5, "0.9"))
        .isEqualTo(
            anIsolatedSymbolBuilder("ETH-USDT").withMaxLeverage(5).withFlDebtRatio("0.9").build());
  }

  @Test
  void theIsolatedBuilderSetsEveryTerm() {
    IsolatedMarginSymbol built =
        anIsolatedSymbolBuilder("ETH-USDT")
            .withMaxLeverage(5)
            .withFlDebtRatio("0.9")
            .withTradeEnabled(false)
            .withAutoRenewMaxDebtRatio("0.8")
            .withBorrowEnabled(false, true)
            .withTransferInEnabled(true, false)
            .withBorrowCoefficients("0.5", "2")
            .build();

    assertThat(built)
        .isEqualTo(
            new IsolatedMarginSymbol(
                ETH_USDT,
                "ETH-USDT",
                Currency.of("ETH"),
                Currency.USDT,
                5,
                new BigDecimal("0.9"),
                false,
                new BigDecimal("0.8"),
                false,
                true,
                true,
                false,
                new BigDecimal("0.5"),
                new BigDecimal("2")));
  }

  @Test
  void theIsolatedBuilderLeavesValidationToTheRecord() {
    assertThatThrownBy(() -> anIsolatedSymbolBuilder("ETH-USDT").withMaxLeverage(0).build())
        .hasMessage("maxLeverage is below 1: 0");
    assertThatThrownBy(() -> anIsolatedSymbolBuilder("ETH-USDT").withFlDebtRatio(null))
        .hasMessage("value is null");
  }

  @Test
  void aCrossPositionHoldsAndOwesWhatItIsTold() {
    MarginPosition position =
        aCrossPosition()
            .holding("BTC", "0.5")
            .holding(Currency.USDT, "100")
            .owing("USDT", "900")
            .build();

    assertThat(position)
        .isEqualTo(
            MarginPosition.cross(
                Map.of(Currency.BTC, new BigDecimal("0.5"), Currency.USDT, new BigDecimal("100")),
                Map.of(Currency.USDT, new BigDecimal("900"))));
    assertThat(position.mode()).isEqualTo(MarginMode.CROSS);
    assertThat(aCrossPosition().build()).isEqualTo(MarginPosition.cross(Map.of(), Map.of()));
  }

  @Test
  void aLaterAmountOfTheSameCurrencyReplacesTheEarlierOne() {
    MarginPosition position =
        aCrossPosition().holding("BTC", "1").holding("BTC", "2").owing(Currency.BTC, "3").build();

    assertThat(position.asset(Currency.BTC)).isEqualByComparingTo("2");
    assertThat(position.liability(Currency.BTC)).isEqualByComparingTo("3");
  }

  @Test
  void anIsolatedPositionIsOfItsSymbol() {
    MarginPosition position =
        anIsolatedPosition("ETH-USDT").holding("ETH", "1").owing(Currency.USDT, "2000").build();

    assertThat(position)
        .isEqualTo(
            MarginPosition.isolated(
                ETH_USDT,
                Map.of(Currency.of("ETH"), BigDecimal.ONE),
                Map.of(Currency.USDT, new BigDecimal("2000"))));
  }

  @Test
  void thePositionBuilderLeavesValidationToTheRecord() {
    assertThatThrownBy(() -> aCrossPosition().holding("BTC", "-1").build())
        .hasMessage("assets of BTC is negative: -1");
    assertThatThrownBy(() -> anIsolatedPosition("BTC-USDT").owing("ETH", "1").build())
        .hasMessage("an isolated BTC-USDT position holds only BTC and USDT, not ETH");
    assertThatThrownBy(() -> aCrossPosition().holding((Currency) null, "1"))
        .hasMessage("currency is null");
    assertThatThrownBy(() -> aCrossPosition().owing("BTC", null)).hasMessage("value is null");
  }
}
