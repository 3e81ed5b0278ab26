package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static dev.margin.testkit.MarginFixtures.anIsolatedPosition;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbolBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.app.RiskRefusal;
import dev.margin.app.RiskRefusalCode;
import dev.margin.app.ValuationException;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed risk checks with KuCoin's real thresholds: cross warning 0.95 and liquidation 0.97,
 * isolated BTC-USDT liquidation 0.97 and ETH-USDT 0.9. Marks: USDT-BTC 0.00002 (so BTC is 50,000
 * USDT), ETH-BTC 0.05 (ETH is 2,500 USDT), and the inverse pair BTC-TRY 2,000,000.
 */
class RiskTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;
  static final Currency ETH = Currency.of("ETH");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .crossSymbol(aCrossSymbol("ETH-USDT").withBaseIncrement("0.0001").build())
          .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
          .isolatedSymbol(
              anIsolatedSymbolBuilder("ETH-USDT")
                  .withMaxLeverage(5)
                  .withFlDebtRatio("0.9")
                  .withBorrowEnabled(true, false)
                  .build())
          .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW.minusSeconds(10)))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(20)))
          .markPrice(aMarkPrice("BTC-TRY", "2000000", NOW.minusSeconds(5)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
  MarginRisk risk = margin.risk();

  @BeforeEach
  void load() {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  RiskAssessment crossWithUsdtDebt(String debt) {
    return risk.assess(aCrossPosition().holding(BTC, "1").owing(USDT, debt).build(), USDT);
  }

  @Test
  void crossStatusFollowsTheThresholdsExactlyAtEachEdge() {
    // 1 BTC = 50,000 USDT of assets
    assertThat(crossWithUsdtDebt("47499.99").status()).isEqualTo(RiskStatus.SAFE);
    assertThat(crossWithUsdtDebt("47500").status()).isEqualTo(RiskStatus.WARNING);
    assertThat(crossWithUsdtDebt("48499.99").status()).isEqualTo(RiskStatus.WARNING);
    assertThat(crossWithUsdtDebt("48500").status()).isEqualTo(RiskStatus.LIQUIDATION);
    assertThat(crossWithUsdtDebt("60000").status()).isEqualTo(RiskStatus.LIQUIDATION);
  }

  @Test
  void anAssessmentCarriesRatioTotalsThresholdsAndTheMarksUsed() {
    RiskAssessment assessment = crossWithUsdtDebt("47500");

    assertThat(assessment.debtRatio()).contains(new BigDecimal("0.95"));
    assertThat(assessment.totalAssets()).isEqualTo(new BigDecimal("5E+4"));
    assertThat(assessment.totalLiabilities()).isEqualTo(new BigDecimal("4.75E+4"));
    assertThat(assessment.valuationCurrency()).isEqualTo(USDT);
    assertThat(assessment.warningDebtRatio()).contains(new BigDecimal("0.95"));
    assertThat(assessment.liquidationDebtRatio()).isEqualTo(new BigDecimal("0.97"));
    assertThat(assessment.marksUsed())
        .singleElement()
        .satisfies(
            used -> {
              assertThat(used.currency()).isEqualTo(USDT);
              assertThat(used.valueInBtc()).isEqualByComparingTo("0.00002");
              assertThat(used.source()).isEqualTo("mark(USDT-BTC)");
              assertThat(used.age()).isEqualTo(Duration.ofSeconds(10));
            });
  }

  @Test
  void valuesConvertThroughBtcAndThroughInversePairs() {
    RiskAssessment eth = risk.assess(aCrossPosition().holding(ETH, "10").build(), USDT);
    RiskAssessment lira =
        risk.assess(aCrossPosition().holding(Currency.of("TRY"), "2000000").build(), BTC);
    RiskAssessment inBtc =
        risk.assess(
            aCrossPosition().holding(ETH, "10").holding(USDT, "25000").owing(BTC, "0.5").build(),
            BTC);

    assertThat(eth.totalAssets()).isEqualByComparingTo("25000");
    assertThat(lira.totalAssets()).isEqualByComparingTo("1");
    assertThat(lira.marksUsed().get(0).source()).isEqualTo("1 / mark(BTC-TRY)");
    assertThat(inBtc.totalAssets()).isEqualByComparingTo("1");
    assertThat(inBtc.debtRatio()).contains(new BigDecimal("0.5"));
  }

  @Test
  void theZeroCases() {
    RiskAssessment nothing = risk.assess(aCrossPosition().build(), USDT);
    RiskAssessment noDebt = risk.assess(aCrossPosition().holding(BTC, "1").build(), USDT);
    RiskAssessment onlyDebt = risk.assess(aCrossPosition().owing(USDT, "100").build(), USDT);

    assertThat(nothing.status()).isEqualTo(RiskStatus.SAFE);
    assertThat(nothing.debtRatio()).contains(BigDecimal.ZERO);
    assertThat(noDebt.status()).isEqualTo(RiskStatus.SAFE);
    assertThat(noDebt.debtRatio()).contains(BigDecimal.ZERO);
    assertThat(onlyDebt.status()).isEqualTo(RiskStatus.LIQUIDATION);
    assertThat(onlyDebt.debtRatio()).isEmpty();
  }

  @Test
  void aCurrencyWithoutAMarkPriceFailsClosedNamingIt() {
    assertThatThrownBy(
            () -> risk.assess(aCrossPosition().holding(Currency.of("DOGE"), "1").build(), USDT))
        .isInstanceOfSatisfying(
            ValuationException.class,
            e -> {
              assertThat(e.currency()).isEqualTo(Currency.of("DOGE"));
              assertThat(e).hasMessage("cannot value DOGE: no mark price for DOGE-BTC or BTC-DOGE");
            });
    assertThatThrownBy(
            () -> risk.assess(aCrossPosition().holding(BTC, "1").build(), Currency.of("EUR")))
        .isInstanceOf(ValuationException.class)
        .hasMessageContaining("EUR");
  }

  @Test
  void aStaleMarkPriceFailsClosedNamingTheCurrency() {
    clock.advance(Duration.ofSeconds(40)); // ETH-BTC is now 60 s old, USDT-BTC 50 s
    assertThat(risk.assess(aCrossPosition().holding(ETH, "1").build(), USDT).status())
        .isEqualTo(RiskStatus.SAFE);

    clock.advance(Duration.ofMillis(1));

    assertThatThrownBy(() -> risk.assess(aCrossPosition().holding(ETH, "1").build(), USDT))
        .isInstanceOfSatisfying(
            ValuationException.class, e -> assertThat(e.currency()).isEqualTo(ETH))
        .hasMessage(
            "cannot value ETH: the mark price mark(ETH-BTC) is 60.001 s old, more than 60 s");
  }

  @Test
  void isolatedPositionsLiquidateAtTheirSymbolsRatio() {
    MarginPosition btc =
        anIsolatedPosition("BTC-USDT").holding(BTC, "1").owing(USDT, "48499.99").build();
    MarginPosition btcAtLine =
        anIsolatedPosition("BTC-USDT").holding(BTC, "1").owing(USDT, "48500").build();
    // ETH = 2,500 USDT; flDebtRatio 0.9
    MarginPosition eth =
        anIsolatedPosition("ETH-USDT").holding(ETH, "1").owing(USDT, "2249.99").build();
    MarginPosition ethAtLine =
        anIsolatedPosition("ETH-USDT").holding(ETH, "1").owing(USDT, "2250").build();

    assertThat(risk.assess(btc, USDT).status()).isEqualTo(RiskStatus.SAFE);
    assertThat(risk.assess(btcAtLine, USDT).status()).isEqualTo(RiskStatus.LIQUIDATION);
    assertThat(risk.assess(eth, USDT).status()).isEqualTo(RiskStatus.SAFE);
    assertThat(risk.assess(ethAtLine, USDT).status()).isEqualTo(RiskStatus.LIQUIDATION);
    assertThat(risk.assess(eth, USDT).warningDebtRatio()).isEmpty();
    assertThat(risk.assess(eth, USDT).liquidationDebtRatio()).isEqualByComparingTo("0.9");
  }

  @Test
  void aHostMayConfigureAnIsolatedWarningLevel() {
    MarginApplication warned =
        MarginApplication.create(
            market,
            MarginApplicationConfig.defaults().withIsolatedWarningDebtRatio(new BigDecimal("0.8")),
            clock);
    warned.marketRules().refreshRules();
    warned.marketRules().refreshMarkPrices();

    RiskAssessment at80 =
        warned
            .risk()
            .assess(
                anIsolatedPosition("ETH-USDT").holding(ETH, "1").owing(USDT, "2000").build(), USDT);

    assertThat(at80.status()).isEqualTo(RiskStatus.WARNING);
    assertThat(at80.warningDebtRatio()).contains(new BigDecimal("0.8"));
  }

  @Test
  void anUnknownIsolatedSymbolIsNoSuchSymbol() {
    Symbol doge = Symbol.parse("DOGE-USDT");
    assertThatThrownBy(() -> risk.assess(MarginPosition.isolated(doge, Map.of(), Map.of()), USDT))
        .isInstanceOf(NoSuchSymbolException.class);
  }

  // --- what if --------------------------------------------------------------------------------

  @Test
  void borrowingAddsToAssetsAndLiabilitiesAlike() {
    MarginPosition position = aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();

    RiskProjection projection =
        risk.project(
            position, List.of(new PositionChange.Borrow(USDT, new BigDecimal("10000"))), USDT);

    assertThat(projection.before().debtRatio()).contains(new BigDecimal("0.8"));
    assertThat(projection.position().orElseThrow().asset(USDT)).isEqualByComparingTo("10000");
    assertThat(projection.position().orElseThrow().liability(USDT)).isEqualByComparingTo("50000");
    RiskAssessment after = projection.after().orElseThrow();
    assertThat(after.totalAssets()).isEqualByComparingTo("60000");
    assertThat(after.totalLiabilities()).isEqualByComparingTo("50000");
    assertThat(after.debtRatio()).contains(new BigDecimal("0.8333333333333333333333333333333333"));
    assertThat(after.status()).isEqualTo(RiskStatus.SAFE);
  }

  @Test
  void aBuyWithoutTheQuoteNeedsABorrowFirst() {
    MarginPosition position = aCrossPosition().holding(BTC, "1").build();
    PositionChange buy =
        new PositionChange.Fill(BTC_USDT, Side.BUY, new BigDecimal("50000"), new BigDecimal("0.1"));

    RiskProjection refused = risk.project(position, List.of(buy), USDT);
    RiskProjection borrowedFirst =
        risk.project(
            position, List.of(new PositionChange.Borrow(USDT, new BigDecimal("5000")), buy), USDT);

    assertThat(refused.after()).isEmpty();
    assertThat(refused.refusals())
        .containsExactly(
            new RiskRefusal(
                RiskRefusalCode.NEGATIVE_BALANCE,
                "needs 5000 USDT but holds 0: borrow 5000 USDT first"));
    MarginPosition after = borrowedFirst.position().orElseThrow();
    assertThat(after.asset(BTC)).isEqualByComparingTo("1.1");
    assertThat(after.asset(USDT)).isEqualByComparingTo("0");
    assertThat(after.liability(USDT)).isEqualByComparingTo("5000");
    assertThat(borrowedFirst.after().orElseThrow().debtRatio())
        .contains(new BigDecimal("0.09090909090909090909090909090909091"));
  }

  @Test
  void aSellAndAMarketBuyByFundsMoveBothCurrencies() {
    MarginPosition position = aCrossPosition().holding(BTC, "1").holding(USDT, "5000").build();

    RiskProjection sell =
        risk.project(
            position,
            List.of(
                new PositionChange.Fill(
                    BTC_USDT, Side.SELL, new BigDecimal("50000"), new BigDecimal("0.5"))),
            USDT);
    RiskProjection buyByFunds =
        risk.project(
            position,
            List.of(new PositionChange.FillByFunds(BTC_USDT, Side.BUY, new BigDecimal("5000"))),
            USDT);

    assertThat(sell.position().orElseThrow().asset(BTC)).isEqualByComparingTo("0.5");
    assertThat(sell.position().orElseThrow().asset(USDT)).isEqualByComparingTo("30000");
    // size = funds / reference = 5000 / (1 / 0.00002) = 0.1
    assertThat(buyByFunds.position().orElseThrow().asset(BTC)).isEqualByComparingTo("1.1");
    assertThat(buyByFunds.position().orElseThrow().asset(USDT)).isEqualByComparingTo("0");
  }

  @Test
  void repayingMoreThanOwedOrHeldIsRefused() {
    MarginPosition position = aCrossPosition().holding(USDT, "100").owing(USDT, "500").build();

    assertThat(
            risk.project(
                    position, List.of(new PositionChange.Repay(USDT, new BigDecimal("600"))), USDT)
                .refusals())
        .extracting(RiskRefusal::code)
        .containsExactly(RiskRefusalCode.REPAY_EXCEEDS_DEBT);
    assertThat(
            risk.project(
                    position, List.of(new PositionChange.Repay(USDT, new BigDecimal("200"))), USDT)
                .refusals())
        .extracting(RiskRefusal::code)
        .containsExactly(RiskRefusalCode.NEGATIVE_BALANCE);
    RiskProjection repaid =
        risk.project(
            position, List.of(new PositionChange.Repay(USDT, new BigDecimal("100"))), USDT);
    assertThat(repaid.position().orElseThrow().liability(USDT)).isEqualByComparingTo("400");
    assertThat(repaid.after().orElseThrow().status()).isEqualTo(RiskStatus.LIQUIDATION);
  }

  @Test
  void anIsolatedPositionRefusesOtherCurrenciesAndSymbols() {
    MarginPosition position = anIsolatedPosition("BTC-USDT").holding(USDT, "1000").build();

    RiskProjection projection =
        risk.project(
            position,
            List.of(
                new PositionChange.Borrow(ETH, BigDecimal.ONE),
                new PositionChange.Fill(
                    ETH_USDT, Side.BUY, new BigDecimal("2500"), new BigDecimal("0.1"))),
            USDT);

    assertThat(projection.refusals())
        .extracting(RiskRefusal::code)
        .containsExactly(RiskRefusalCode.OUTSIDE_POSITION, RiskRefusalCode.OUTSIDE_POSITION);
  }

  // --- the trader's questions -------------------------------------------------------------------

  @Test
  void theLargestSafeBorrowIsSafeAndOneStepMoreIsNot() {
    // A = 1 BTC, L = 0.8 BTC: (0.8 + x) / (1 + x) < 0.95  <=>  x < 3 BTC = 150,000 USDT
    MarginPosition position = aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();
    Increment cent = Increment.of("0.01");

    BigDecimal largest = risk.largestSafeBorrow(position, USDT, cent).orElseThrow();

    assertThat(largest).isEqualByComparingTo("149999.99");
    assertThat(statusAfterBorrow(position, USDT, largest)).isEqualTo(RiskStatus.SAFE);
    assertThat(statusAfterBorrow(position, USDT, largest.add(cent.value())))
        .isEqualTo(RiskStatus.WARNING);
  }

  @Test
  void noBorrowIsSafeOnceTheWarningIsReached() {
    assertThat(
            risk.largestSafeBorrow(
                aCrossPosition().holding(BTC, "1").owing(USDT, "47500").build(),
                USDT,
                Increment.of("1")))
        .contains(BigDecimal.ZERO);
  }

  RiskStatus statusAfterBorrow(MarginPosition position, Currency currency, BigDecimal amount) {
    return risk.project(position, List.of(new PositionChange.Borrow(currency, amount)), USDT)
        .after()
        .orElseThrow()
        .status();
  }

  @Test
  void theLargestSafeOrderSizeIsExactToTheLot() {
    // A = 10,000 USDT = 0.2 BTC, L = 0.18 BTC. Buying above the mark (55,000 vs 50,000) loses
    // 0.1 BTC of value per BTC bought: s < (0.95 x 0.2 - 0.18) / (0.95 x 0.1) = 0.105263157...
    MarginPosition position = aCrossPosition().holding(USDT, "10000").owing(USDT, "9000").build();
    BigDecimal price = new BigDecimal("55000");

    BigDecimal largest = risk.largestSafeOrderSize(position, BTC_USDT, Side.BUY, price);

    assertThat(largest).isEqualByComparingTo("0.10526315");
    assertThat(statusAfterBuy(position, price, largest)).isEqualTo(RiskStatus.SAFE);
    assertThat(statusAfterBuy(position, price, largest.add(new BigDecimal("0.00000001"))))
        .isEqualTo(RiskStatus.WARNING);
  }

  @Test
  void theLargestOrderSizeIsBoundByTheBalanceWhenTheRatioIsNot() {
    MarginPosition noDebt = aCrossPosition().holding(USDT, "10000").build();
    MarginPosition btcToSell = aCrossPosition().holding(BTC, "0.123456789").build();

    assertThat(risk.largestSafeOrderSize(noDebt, BTC_USDT, Side.BUY, new BigDecimal("30000")))
        .isEqualByComparingTo("0.33333333");
    assertThat(risk.largestSafeOrderSize(btcToSell, BTC_USDT, Side.SELL, new BigDecimal("30000")))
        .isEqualByComparingTo("0.12345678");
  }

  RiskStatus statusAfterBuy(MarginPosition position, BigDecimal price, BigDecimal size) {
    return risk.project(
            position, List.of(new PositionChange.Fill(BTC_USDT, Side.BUY, price, size)), USDT)
        .after()
        .orElseThrow()
        .status();
  }

  @Test
  void leverageIsCheckedAgainstTheRightMaximum() {
    assertThat(risk.checkLeverage(MarginMode.CROSS, null, new BigDecimal("5"))).isEmpty();
    assertThat(risk.checkLeverage(MarginMode.CROSS, null, new BigDecimal("5.5")))
        .hasValueSatisfying(
            r -> assertThat(r.code()).isEqualTo(RiskRefusalCode.LEVERAGE_ABOVE_MAX));
    assertThat(risk.checkLeverage(MarginMode.ISOLATED, BTC_USDT, new BigDecimal("10"))).isEmpty();
    assertThat(risk.checkLeverage(MarginMode.ISOLATED, ETH_USDT, new BigDecimal("6")))
        .hasValueSatisfying(
            r ->
                assertThat(r.message())
                    .isEqualTo("leverage 6 is above the maximum 5 for ETH-USDT"));
    assertThatThrownBy(() -> risk.checkLeverage(MarginMode.CROSS, null, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void borrowingIsCheckedAgainstTheCurrencyListAndTheIsolatedFlags() {
    MarginPosition cross = aCrossPosition().build();
    MarginPosition eth = anIsolatedPosition("ETH-USDT").build();

    assertThat(risk.checkBorrow(cross, BTC)).isEmpty();
    assertThat(risk.checkBorrow(cross, Currency.of("NOPE")))
        .hasValueSatisfying(
            r -> assertThat(r.message()).isEqualTo("NOPE is not a cross-margin currency"));
    assertThat(risk.checkBorrow(eth, ETH)).isEmpty();
    assertThat(risk.checkBorrow(eth, USDT))
        .hasValueSatisfying(
            r -> assertThat(r.message()).isEqualTo("USDT cannot be borrowed in isolated ETH-USDT"));
    assertThat(risk.checkBorrow(eth, BTC))
        .hasValueSatisfying(
            r -> assertThat(r.code()).isEqualTo(RiskRefusalCode.BORROW_NOT_ALLOWED));
  }

  @Test
  void positionsRefuseNegativeAmountsAndStrayCurrencies() {
    assertThatThrownBy(() -> aCrossPosition().holding(BTC, "-1").build())
        .hasMessage("assets of BTC is negative: -1");
    assertThatThrownBy(() -> anIsolatedPosition("BTC-USDT").holding(ETH, "1").build())
        .hasMessage("an isolated BTC-USDT position holds only BTC and USDT, not ETH");
    assertThat(aCrossPosition().holding(BTC, "0").holding(USDT, "1.50").build().assets())
        .containsOnlyKeys(USDT);
  }
}
