package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static dev.margin.testkit.MarginFixtures.anIsolatedPosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.LiquidationPrices;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.StressRow;
import dev.margin.app.ThresholdPrice;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.RiskStatus;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Liquidation and warning prices, hand-computed with BTC at 50,000 USDT (USDT-BTC 0.00002) and
 * cross thresholds 0.95 and 0.97; and the stress table.
 */
class LiquidationPriceTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;
  static final Currency ETH = Currency.of("ETH");

  static MarginRisk riskAt(String usdtInBtc, String ethInBtc) {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
            .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
            .markPrice(aMarkPrice("USDT-BTC", usdtInBtc, NOW))
            .markPrice(aMarkPrice("ETH-BTC", ethInBtc, NOW))
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    MarginApplication margin =
        MarginApplication.create(market, MarginApplicationConfig.defaults(), new MutableClock(NOW));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin.risk();
  }

  final MarginRisk risk = riskAt("0.00002", "0.05");

  @Test
  void aLongFinancedByBorrowedUsdtIsLiquidatedBelowThePrice() {
    // 1 BTC owning 40,000 USDT: ratio 40,000 / (50,000 k) reaches 0.97 at k = 0.8 / 0.97
    MarginPosition long_ = aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();

    LiquidationPrices prices = risk.liquidationPrices(long_, BTC, USDT);

    assertThat(prices.currentPrice()).isEqualByComparingTo("50000");
    assertThat(prices.quoteCurrency()).isEqualTo(USDT);
    assertThat(prices.liquidation().state()).isEqualTo(ThresholdPrice.State.AT);
    assertThat(prices.liquidation().price().orElseThrow())
        .isEqualByComparingTo("41237.11340206185567010309278350515");
    assertThat(prices.warning().orElseThrow().price().orElseThrow())
        .isEqualByComparingTo("42105.26315789473684210526315789474");
  }

  @Test
  void aShortOfBorrowedBtcIsLiquidatedAboveThePrice() {
    // 1 BTC borrowed and sold for 50,000 USDT, plus 10,000 USDT of its own: 60,000 USDT = 1.2 BTC
    MarginPosition short_ = aCrossPosition().holding(USDT, "60000").owing(BTC, "1").build();

    LiquidationPrices prices = risk.liquidationPrices(short_, BTC, USDT);

    assertThat(prices.liquidation().price().orElseThrow()).isEqualByComparingTo("58200");
    assertThat(prices.warning().orElseThrow().price().orElseThrow()).isEqualByComparingTo("57000");
  }

  @Test
  void neverWhenTheRestCoversTheDebt() {
    MarginPosition covered =
        aCrossPosition().holding(BTC, "1").holding(USDT, "10000").owing(USDT, "5000").build();

    LiquidationPrices prices = risk.liquidationPrices(covered, BTC, USDT);

    assertThat(prices.liquidation().state()).isEqualTo(ThresholdPrice.State.NEVER);
    assertThat(prices.liquidation().price()).isEmpty();
    assertThat(
            risk.liquidationPrices(aCrossPosition().holding(BTC, "1").build(), BTC, USDT)
                .liquidation()
                .state())
        .isEqualTo(ThresholdPrice.State.NEVER);
  }

  @Test
  void alreadyWhenTheThresholdIsReachedNow() {
    MarginPosition underwater = aCrossPosition().holding(BTC, "1").owing(USDT, "49000").build();

    LiquidationPrices prices = risk.liquidationPrices(underwater, BTC, USDT);

    assertThat(prices.liquidation().state()).isEqualTo(ThresholdPrice.State.ALREADY);
    assertThat(prices.warning().orElseThrow().state()).isEqualTo(ThresholdPrice.State.ALREADY);
    // where the ratio would be back at 0.97: 49,000 / 0.97
    assertThat(prices.liquidation().price().orElseThrow())
        .isEqualByComparingTo("50515.46391752577319587628865979381");
  }

  @Test
  void anIsolatedPositionHasNoWarningPrice() {
    MarginPosition isolated =
        anIsolatedPosition("BTC-USDT").holding(BTC, "1").owing(USDT, "40000").build();

    LiquidationPrices prices = risk.liquidationPrices(isolated, BTC, USDT);

    assertThat(prices.warning()).isEmpty();
    assertThat(prices.liquidation().price().orElseThrow())
        .isEqualByComparingTo("41237.11340206185567010309278350515");
    assertThatThrownBy(() -> risk.liquidationPrices(isolated, USDT, USDT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStressTableMarksTheFirstMoveToCrossEachThreshold() {
    MarginPosition long_ = aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();

    List<StressRow> rows = risk.stress(long_, MarginRisk.DEFAULT_MOVES, null, USDT);

    assertThat(rows)
        .extracting(StressRow::status)
        .containsExactly(
            RiskStatus.LIQUIDATION,
            RiskStatus.LIQUIDATION,
            RiskStatus.SAFE,
            RiskStatus.SAFE,
            RiskStatus.SAFE,
            RiskStatus.SAFE,
            RiskStatus.SAFE,
            RiskStatus.SAFE);
    // -20%: 40,000 / 40,000 = 1; the smallest move at or past each threshold
    assertThat(rows.get(1).debtRatio()).contains(BigDecimal.ONE);
    assertThat(rows.get(1).firstToLiquidate()).isTrue();
    assertThat(rows.get(1).firstToWarn()).isTrue();
    assertThat(rows.get(0).firstToLiquidate()).isFalse();
    assertThat(rows.get(2).debtRatio().orElseThrow())
        .isEqualByComparingTo("0.8888888888888888888888888888888889");
    assertThatThrownBy(() -> risk.stress(long_, List.of(new BigDecimal("-1")), null, USDT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstOfEqualMovesIsMarkedAndTheZeroCasesHold() {
    MarginPosition long_ = aCrossPosition().holding(BTC, "1").owing(USDT, "40000").build();
    List<BigDecimal> twice =
        List.of(new BigDecimal("-0.5"), new BigDecimal("-0.5"), new BigDecimal("0.5"));

    List<StressRow> rows = risk.stress(long_, twice, BTC, USDT);
    List<StressRow> noDebt =
        risk.stress(aCrossPosition().holding(BTC, "1").build(), twice, null, USDT);
    List<StressRow> onlyDebt =
        risk.stress(aCrossPosition().owing(BTC, "1").build(), twice, null, USDT);

    assertThat(rows).extracting(StressRow::firstToLiquidate).containsExactly(true, false, false);
    assertThat(rows).extracting(StressRow::firstToWarn).containsExactly(true, false, false);
    assertThat(noDebt)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(RiskStatus.SAFE);
              assertThat(r.debtRatio()).contains(BigDecimal.ZERO);
            });
    assertThat(onlyDebt)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(RiskStatus.LIQUIDATION);
              assertThat(r.debtRatio()).isEmpty();
            });
    assertThat(
            risk.liquidationPrices(aCrossPosition().owing(USDT, "1").build(), BTC, USDT)
                .liquidation()
                .state())
        .isEqualTo(ThresholdPrice.State.ALREADY);
  }

  @Test
  void stablecoinsHoldStillWhenEverythingElseMoves() {
    MarginPosition mixed =
        aCrossPosition()
            .holding(BTC, "1")
            .holding(ETH, "10")
            .holding(USDT, "10000")
            .owing(USDT, "30000")
            .build();

    List<StressRow> all = risk.stress(mixed, List.of(new BigDecimal("-0.5")), null, USDT);
    List<StressRow> ethOnly = risk.stress(mixed, List.of(new BigDecimal("-0.5")), ETH, USDT);

    // all: 30,000 / (25,000 + 12,500 + 10,000); ETH only: 30,000 / (50,000 + 12,500 + 10,000)
    assertThat(all.get(0).debtRatio().orElseThrow())
        .isEqualByComparingTo("0.6315789473684210526315789473684211");
    assertThat(ethOnly.get(0).debtRatio().orElseThrow())
        .isEqualByComparingTo("0.4137931034482758620689655172413793");
  }

  /**
   * Property, over seeded random long and short positions: the ratio at the returned price equals
   * the threshold to 16 significant digits, and one tick (0.01 USDT) on the safe side is SAFE.
   */
  @Test
  void theRatioAtTheReturnedPriceIsTheThreshold() {
    long seed = Long.getLong("margin.seed", System.nanoTime());
    Random random = new Random(seed);
    MathContext sixteen = new MathContext(16, RoundingMode.HALF_EVEN);
    BigDecimal usdtInBtc = new BigDecimal("0.00002");
    int checked = 0;
    for (int i = 0; i < 300; i++) {
      boolean isLong = random.nextBoolean();
      BigDecimal btc = new BigDecimal(BigInteger.valueOf(1 + random.nextInt(100_000)), 4);
      BigDecimal usdt = new BigDecimal(BigInteger.valueOf(1 + random.nextInt(10_000_000)), 2);
      MarginPosition position =
          isLong
              ? aCrossPosition()
                  .holding(BTC, btc.toPlainString())
                  .owing(USDT, usdt.toPlainString())
                  .build()
              : aCrossPosition()
                  .holding(USDT, usdt.toPlainString())
                  .owing(BTC, btc.toPlainString())
                  .build();
      LiquidationPrices prices = risk.liquidationPrices(position, BTC, USDT);
      for (ThresholdPrice level : List.of(prices.warning().orElseThrow(), prices.liquidation())) {
        if (level.state() != ThresholdPrice.State.AT) {
          continue;
        }
        BigDecimal price = level.price().orElseThrow();
        String where = "seed " + seed + ", case " + i + ": " + position + " at " + level;
        BigDecimal assetsValue = isLong ? btc.multiply(price) : usdt;
        BigDecimal liabilitiesValue = isLong ? usdt : btc.multiply(price);
        assertThat(liabilitiesValue.divide(assetsValue, sixteen))
            .as(where)
            .isEqualByComparingTo(level.threshold().round(sixteen));

        BigDecimal tick = new BigDecimal("0.01");
        BigDecimal safe =
            isLong
                ? price.divide(tick, 0, RoundingMode.CEILING).add(BigDecimal.ONE).multiply(tick)
                : price.divide(tick, 0, RoundingMode.FLOOR).subtract(BigDecimal.ONE).multiply(tick);
        if (safe.signum() <= 0) {
          continue;
        }
        // BTC at the safe price: USDT-BTC = 1 / price
        MarginRisk moved =
            riskAt(BigDecimal.ONE.divide(safe, new MathContext(40)).toPlainString(), "0.05");
        RiskStatus status = moved.assess(position, BTC).status();
        if (level == prices.liquidation()) {
          assertThat(status)
              .as(where + " one tick safer: " + safe)
              .isNotEqualTo(RiskStatus.LIQUIDATION);
        } else {
          assertThat(status).as(where + " one tick safer: " + safe).isEqualTo(RiskStatus.SAFE);
        }
        checked++;
      }
    }
    assertThat(checked).as("seed %d: levels checked", seed).isGreaterThan(100);
  }
}
