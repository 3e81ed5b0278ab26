package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskRefusalCode;
import dev.margin.app.ValuationException;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corners of the risk service: positions not safe now, trades that help, and bad requests. */
class RiskEdgeCasesTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;

  final MarginRisk risk =
      risk(MarginApplicationConfig.defaults().withIsolatedWarningDebtRatio(new BigDecimal("0.99")));

  static MarginRisk risk(MarginApplicationConfig config) {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
            .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
            .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW))
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    MarginApplication margin = MarginApplication.create(market, config, new MutableClock(NOW));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin.risk();
  }

  @Test
  void aTradeThatAddsValueIsSafeOnlyOnceItAddsEnough() {
    // 1 BTC owing 48,000 USDT (0.96: WARNING). Buying BTC at 40,000 adds 0.2 BTC of value per BTC.
    MarginPosition warned =
        MarginPosition.cross(
            Map.of(BTC, BigDecimal.ONE, USDT, new BigDecimal("40000")),
            Map.of(USDT, new BigDecimal("86000")));

    BigDecimal size =
        risk.largestSafeOrderSize(warned, BTC_USDT, Side.BUY, new BigDecimal("40000"));
    BigDecimal none =
        risk.largestSafeOrderSize(warned, BTC_USDT, Side.BUY, new BigDecimal("50000"));

    assertThat(size).isEqualByComparingTo("1");
    assertThat(none).isEqualByComparingTo("0");
  }

  @Test
  void aSellBelowTheMarkIsBoundByTheRatio() {
    // 1 BTC, owing 40,000 USDT. Selling at 40,000 loses 0.2 BTC of value per BTC sold.
    MarginPosition position =
        MarginPosition.cross(Map.of(BTC, BigDecimal.ONE), Map.of(USDT, new BigDecimal("40000")));

    BigDecimal size =
        risk.largestSafeOrderSize(position, BTC_USDT, Side.SELL, new BigDecimal("40000"));

    // (0.8 + 0) / (1 - 0.2 s) < 0.95  <=>  s < 0.789473...
    assertThat(size).isEqualByComparingTo("0.78947368");
  }

  @Test
  void badOrderSizeQuestionsAreRefused() {
    MarginPosition isolated = MarginPosition.isolated(BTC_USDT, Map.of(), Map.of());
    assertThatThrownBy(
            () ->
                risk.largestSafeOrderSize(
                    isolated, Symbol.parse("ETH-USDT"), Side.BUY, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> risk.largestSafeOrderSize(isolated, BTC_USDT, Side.BUY, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIsolatedWarningLevelAboveTheLiquidationRatioIsIgnored() {
    MarginPosition isolated =
        MarginPosition.isolated(
            BTC_USDT, Map.of(BTC, BigDecimal.ONE), Map.of(USDT, new BigDecimal("40000")));

    assertThat(risk.assess(isolated, USDT).warningDebtRatio()).isEmpty();
    assertThat(risk.largestSafeBorrow(isolated, USDT, Increment.of("1")).orElseThrow())
        // safe below 0.97: x < (0.97 x 1 - 0.8) / 0.03 = 5.666... BTC = 283,333.33... USDT
        .isEqualByComparingTo("283333");
  }

  @Test
  void aMarketBuyByFundsNeedsAReferencePrice() {
    MarginPosition position = MarginPosition.cross(Map.of(USDT, new BigDecimal("100")), Map.of());

    assertThatThrownBy(
            () ->
                risk.project(
                    position,
                    List.of(
                        new PositionChange.FillByFunds(
                            Symbol.parse("XYZ-USDT"), Side.BUY, BigDecimal.TEN)),
                    USDT))
        .isInstanceOf(ValuationException.class)
        .hasMessageContaining("XYZ");
    assertThat(
            risk.checkBorrow(
                MarginPosition.isolated(BTC_USDT, Map.of(), Map.of()), Currency.of("ETH")))
        .hasValueSatisfying(
            r -> assertThat(r.code()).isEqualTo(RiskRefusalCode.BORROW_NOT_ALLOWED));
  }
}
