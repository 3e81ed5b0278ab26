package dev.margin.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationConfigBuilder;
import dev.margin.app.OrderRequest;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarginFixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The application's configuration: built from the defaults or from another, every value checked.
 */
class MarginApplicationConfigTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

  /** Each duration's setter, with its name in the messages. */
  static final List<Named> DURATIONS =
      List.of(
          new Named("rulesRefreshInterval", MarginApplicationConfigBuilder::rulesRefreshInterval),
          new Named(
              "markPriceRefreshInterval", MarginApplicationConfigBuilder::markPriceRefreshInterval),
          new Named("maxRulesAge", MarginApplicationConfigBuilder::maxRulesAge),
          new Named("maxMarkPriceAge", MarginApplicationConfigBuilder::maxMarkPriceAge));

  record Named(
      String name,
      BiFunction<MarginApplicationConfigBuilder, Duration, MarginApplicationConfigBuilder> set) {}

  @Test
  void theBuilderStartsFromTheDefaults() {
    MarginApplicationConfig built = MarginApplicationConfig.builder().build();

    assertThat(built).isEqualTo(MarginApplicationConfig.defaults());
    assertThat(built.rulesRefreshInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(built.markPriceRefreshInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(built.maxRulesAge()).isEqualTo(Duration.ofMinutes(30));
    assertThat(built.maxMarkPriceAge()).isEqualTo(Duration.ofSeconds(60));
    assertThat(built.priceBandCheck()).isTrue();
    assertThat(built.isolatedWarningDebtRatio()).isNull();
    assertThat(built.stablecoins()).isEqualTo(MarginApplicationConfig.DEFAULT_STABLECOINS);
  }

  @Test
  void toBuilderKeepsEveryValueAndChangesOnlyWhatIsSet() {
    MarginApplicationConfig custom =
        MarginApplicationConfig.builder()
            .rulesRefreshInterval(Duration.ofMinutes(1))
            .markPriceRefreshInterval(Duration.ofSeconds(2))
            .maxRulesAge(Duration.ofMinutes(3))
            .maxMarkPriceAge(Duration.ofSeconds(4))
            .priceBandCheck(false)
            .isolatedWarningDebtRatio(new BigDecimal("0.9"))
            .stablecoins(Set.of(Currency.of("USDC")))
            .build();

    assertThat(custom.toBuilder().build()).isEqualTo(custom);
    MarginApplicationConfig changed =
        custom.toBuilder().maxMarkPriceAge(Duration.ofSeconds(9)).build();
    assertThat(changed.maxMarkPriceAge()).isEqualTo(Duration.ofSeconds(9));
    assertThat(changed.toBuilder().maxMarkPriceAge(Duration.ofSeconds(4)).build())
        .isEqualTo(custom);
    assertThat(custom.stablecoins()).containsExactly(Currency.of("USDC"));
    assertThat(custom.isolatedWarningDebtRatio()).isEqualByComparingTo("0.9");
  }

  @Test
  void theWithersAgreeWithTheBuilder() {
    MarginApplicationConfig config = MarginApplicationConfig.defaults();
    Duration one = Duration.ofSeconds(1);
    Duration two = Duration.ofSeconds(2);

    assertThat(config.withRefreshIntervals(one, two))
        .isEqualTo(
            config.toBuilder().rulesRefreshInterval(one).markPriceRefreshInterval(two).build());
    assertThat(config.withMaxAges(one, two))
        .isEqualTo(config.toBuilder().maxRulesAge(one).maxMarkPriceAge(two).build());
    assertThat(config.withPriceBandCheck(false))
        .isEqualTo(config.toBuilder().priceBandCheck(false).build());
    assertThat(config.withIsolatedWarningDebtRatio(BigDecimal.ONE))
        .isEqualTo(config.toBuilder().isolatedWarningDebtRatio(BigDecimal.ONE).build());
    assertThat(config.withStablecoins(Set.of()))
        .isEqualTo(config.toBuilder().stablecoins(Set.of()).build());
  }

  @Test
  void aBuilderIsReusableAndItsBuildsIndependent() {
    MarginApplicationConfigBuilder builder =
        MarginApplicationConfig.builder().maxRulesAge(Duration.ofMinutes(7));
    MarginApplicationConfig first = builder.build();
    MarginApplicationConfig second = builder.maxRulesAge(Duration.ofMinutes(8)).build();

    assertThat(first.maxRulesAge()).isEqualTo(Duration.ofMinutes(7));
    assertThat(second.maxRulesAge()).isEqualTo(Duration.ofMinutes(8));
  }

  @Test
  void everyDurationIsPositiveAndAtMostTheLongest() {
    Duration longest = MarginApplicationConfig.MAX_DURATION;
    for (Named duration : DURATIONS) {
      String name = duration.name();
      assertThatThrownBy(
              () -> duration.set().apply(MarginApplicationConfig.builder(), null).build())
          .isInstanceOf(NullPointerException.class)
          .hasMessage(name + " is null");
      for (Duration bad :
          List.of(
              Duration.ZERO,
              Duration.ofNanos(-1),
              longest.plusNanos(1),
              Duration.ofSeconds(Long.MAX_VALUE),
              Duration.ofSeconds(Long.MAX_VALUE / 1000 + 1))) {
        assertThatThrownBy(
                () -> duration.set().apply(MarginApplicationConfig.builder(), bad).build())
            .as("%s %s", name, bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(name + " must be");
      }
      assertThat(duration.set().apply(MarginApplicationConfig.builder(), longest).build())
          .isNotNull();
      assertThat(
              duration.set().apply(MarginApplicationConfig.builder(), Duration.ofNanos(1)).build())
          .isNotNull();
    }
  }

  @Test
  void theLongestAgesStillValidate() {
    Duration longest = MarginApplicationConfig.MAX_DURATION;
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
            .markPrice(MarginFixtures.aMarkPrice("USDT-BTC", "0.00002", NOW))
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    MarginApplicationConfig config =
        MarginApplicationConfig.builder()
            .maxRulesAge(longest)
            .maxMarkPriceAge(longest)
            .rulesRefreshInterval(longest)
            .markPriceRefreshInterval(longest)
            .build();
    MarginApplication margin =
        MarginApplication.create(market, config, Clock.fixed(NOW, ZoneOffset.UTC));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();

    assertThat(
            margin
                .orderValidation()
                .validate(
                    OrderRequest.limit(
                        Symbol.parse("BTC-USDT"),
                        Side.BUY,
                        new BigDecimal("50000"),
                        new BigDecimal("0.001")))
                .isValid())
        .isTrue();
  }
}
