package dev.margin.tests.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Risk properties over seeded random positions and marks (set {@code -Dmargin.seed=N} to replay;
 * the seed is in every failure message): the debt ratio never falls when a liability grows or an
 * asset shrinks, valuation is linear in amounts, and the largest safe borrow is safe while one step
 * more is not.
 */
class RiskPropertiesTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  /** Set lower with {@code -Dmargin.cases=N} where time is short, as under mutation testing. */
  static final int CASES = Integer.getInteger("margin.cases", 10_000);

  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final List<Currency> CURRENCIES = new ArrayList<>();
  static MarginRisk risk;

  final Random random = new Random(SEED);

  @BeforeAll
  static void market() {
    Random marks = new Random(7);
    InMemoryMarginMarketData.Builder market =
        InMemoryMarginMarketData.builder().marginConfig(KucoinExamples.MARGIN_CONFIG);
    CURRENCIES.add(Currency.BTC);
    for (int i = 0; i < 20; i++) {
      Currency currency = Currency.of("C" + i);
      CURRENCIES.add(currency);
      BigDecimal value =
          new BigDecimal(BigInteger.valueOf(1 + marks.nextInt(999_999)), 4 + marks.nextInt(8));
      market.markPrice(new MarkPrice(Symbol.of(currency, Currency.BTC), NOW, value));
    }
    MarginApplication margin =
        MarginApplication.create(
            market.build(), MarginApplicationConfig.defaults(), new MutableClock(NOW));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    risk = margin.risk();
  }

  BigDecimal amount() {
    return new BigDecimal(BigInteger.valueOf(1 + random.nextInt(10_000_000)), random.nextInt(9));
  }

  Map<Currency, BigDecimal> balances(int max) {
    Map<Currency, BigDecimal> balances = new HashMap<>();
    int count = random.nextInt(max + 1);
    for (int i = 0; i < count; i++) {
      balances.put(CURRENCIES.get(random.nextInt(CURRENCIES.size())), amount());
    }
    return balances;
  }

  MarginPosition position() {
    Map<Currency, BigDecimal> assets = balances(6);
    if (assets.isEmpty()) {
      assets.put(CURRENCIES.get(random.nextInt(CURRENCIES.size())), amount());
    }
    return MarginPosition.cross(assets, balances(3));
  }

  Currency anyCurrency() {
    return CURRENCIES.get(random.nextInt(CURRENCIES.size()));
  }

  static int rank(RiskAssessment assessment) {
    return assessment.status().ordinal();
  }

  static BigDecimal ratio(RiskAssessment assessment) {
    return assessment.debtRatio().orElse(null);
  }

  /** null stands for an infinite ratio. */
  static int compareRatios(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  @Test
  void theRatioNeverFallsWhenALiabilityGrowsOrAnAssetShrinks() {
    for (int i = 0; i < CASES; i++) {
      MarginPosition position = position();
      RiskAssessment before = risk.assess(position, Currency.BTC);
      Currency currency = anyCurrency();
      Map<Currency, BigDecimal> moreDebt = new HashMap<>(position.liabilities());
      moreDebt.merge(currency, amount(), BigDecimal::add);
      Map<Currency, BigDecimal> lessHeld = new HashMap<>(position.assets());
      Currency held = lessHeld.keySet().iterator().next();
      lessHeld.put(
          held,
          lessHeld
              .get(held)
              .multiply(BigDecimal.valueOf(random.nextInt(100)), java.math.MathContext.UNLIMITED)
              .movePointLeft(2));
      RiskAssessment indebted =
          risk.assess(MarginPosition.cross(position.assets(), moreDebt), Currency.BTC);
      RiskAssessment poorer =
          risk.assess(MarginPosition.cross(lessHeld, position.liabilities()), Currency.BTC);
      String where = "seed " + SEED + ", case " + i + ": " + position;

      assertThat(compareRatios(ratio(indebted), ratio(before))).as(where).isGreaterThanOrEqualTo(0);
      assertThat(rank(indebted)).as(where).isGreaterThanOrEqualTo(rank(before));
      assertThat(compareRatios(ratio(poorer), ratio(before))).as(where).isGreaterThanOrEqualTo(0);
      assertThat(rank(poorer)).as(where).isGreaterThanOrEqualTo(rank(before));
    }
  }

  @Test
  void valuationIsLinearInAmounts() {
    for (int i = 0; i < CASES; i++) {
      MarginPosition position = position();
      BigDecimal factor =
          new BigDecimal(BigInteger.valueOf(1 + random.nextInt(1000)), random.nextInt(4));
      Map<Currency, BigDecimal> scaledAssets = new HashMap<>();
      position.assets().forEach((c, a) -> scaledAssets.put(c, a.multiply(factor)));
      Map<Currency, BigDecimal> scaledLiabilities = new HashMap<>();
      position.liabilities().forEach((c, a) -> scaledLiabilities.put(c, a.multiply(factor)));
      RiskAssessment one = risk.assess(position, Currency.BTC);
      RiskAssessment scaled =
          risk.assess(MarginPosition.cross(scaledAssets, scaledLiabilities), Currency.BTC);
      String where = "seed " + SEED + ", case " + i + ": " + position + " x " + factor;

      assertThat(scaled.totalAssets())
          .as(where)
          .isEqualByComparingTo(one.totalAssets().multiply(factor));
      assertThat(scaled.totalLiabilities())
          .as(where)
          .isEqualByComparingTo(one.totalLiabilities().multiply(factor));
      assertThat(scaled.status()).as(where).isEqualTo(one.status());
      assertThat(compareRatios(ratio(scaled), ratio(one))).as(where).isZero();
    }
  }

  @Test
  void theLargestSafeBorrowIsSafeAndOneStepMoreIsNot() {
    Increment[] steps = {
      Increment.of("0.00000001"), Increment.of("0.01"), Increment.of("1"), Increment.of("0.5")
    };
    int bounded = 0;
    for (int i = 0; i < CASES; i++) {
      MarginPosition position = position();
      Currency currency = anyCurrency();
      Increment step = steps[random.nextInt(steps.length)];
      BigDecimal largest = risk.largestSafeBorrow(position, currency, step).orElseThrow();
      String where =
          "seed "
              + SEED
              + ", case "
              + i
              + ": "
              + position
              + " borrow "
              + currency
              + " by "
              + step
              + " -> "
              + largest;

      assertThat(step.divides(largest)).as(where).isTrue();
      if (largest.signum() > 0) {
        assertThat(statusAfterBorrow(position, currency, largest))
            .as(where)
            .isEqualTo(RiskStatus.SAFE);
        bounded++;
      }
      if (risk.assess(position, Currency.BTC).status() == RiskStatus.SAFE || largest.signum() > 0) {
        assertThat(statusAfterBorrow(position, currency, largest.add(step.value())))
            .as(where)
            .isNotEqualTo(RiskStatus.SAFE);
      }
    }
    assertThat(bounded)
        .as("seed %d: cases with a positive safe borrow", SEED)
        .isGreaterThanOrEqualTo(CASES / 10);
  }

  RiskStatus statusAfterBorrow(MarginPosition position, Currency currency, BigDecimal amount) {
    return risk.project(
            position, List.of(new PositionChange.Borrow(currency, amount)), Currency.BTC)
        .after()
        .orElseThrow()
        .status();
  }
}
