package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.StressRow;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The currencies a joint stress move holds still are configuration. 1 BTC (50,000 USDT) and 10,000
 * USDC, owing 30,000 USDT, with every other currency down 50%.
 */
class StablecoinsConfigTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Currency USDT = Currency.USDT;
  static final Currency USDC = Currency.of("USDC");
  static final MarginPosition POSITION =
      MarginPosition.cross(
          Map.of(Currency.BTC, BigDecimal.ONE, USDC, new BigDecimal("10000")),
          Map.of(USDT, new BigDecimal("30000")));

  static BigDecimal ratioAtHalf(MarginApplicationConfig config) {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW))
            .markPrice(aMarkPrice("USDC-BTC", "0.00002", NOW))
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    MarginApplication margin = MarginApplication.create(market, config, new MutableClock(NOW));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    List<StressRow> rows =
        margin.risk().stress(POSITION, List.of(new BigDecimal("-0.5")), null, USDT);
    return rows.get(0).debtRatio().orElseThrow();
  }

  @Test
  void theDefaultStablecoinsHoldStill() {
    assertThat(MarginApplicationConfig.defaults().stablecoins())
        .isEqualTo(MarginApplicationConfig.DEFAULT_STABLECOINS)
        .contains(USDT, USDC);
    // 30,000 / (25,000 + 10,000)
    assertThat(ratioAtHalf(MarginApplicationConfig.defaults()))
        .isEqualByComparingTo("0.8571428571428571428571428571428571");
  }

  @Test
  void withoutStablecoinsEveryCurrencyButTheValuationOneMoves() {
    // 30,000 / (25,000 + 5,000)
    assertThat(ratioAtHalf(MarginApplicationConfig.defaults().withStablecoins(Set.of())))
        .isEqualByComparingTo("1");
    assertThat(ratioAtHalf(MarginApplicationConfig.defaults().withStablecoins(Set.of(USDC))))
        .isEqualByComparingTo("0.8571428571428571428571428571428571");
  }

  @Test
  void theStablecoinsAreCopiedAndNeverNull() {
    java.util.HashSet<Currency> mutable = new java.util.HashSet<>(Set.of(USDC));
    MarginApplicationConfig config = MarginApplicationConfig.defaults().withStablecoins(mutable);
    mutable.clear();

    assertThat(config.stablecoins()).containsExactly(USDC);
    assertThatThrownBy(() -> MarginApplicationConfig.defaults().withStablecoins(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stablecoins is null");
  }
}
