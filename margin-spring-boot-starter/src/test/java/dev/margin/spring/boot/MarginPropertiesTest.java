package dev.margin.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import dev.margin.spring.boot.MarginProperties.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MarginPropertiesTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(MarginAutoConfiguration.class))
          .withPropertyValues("margin.rules.start=false");

  @Test
  void theDefaultsAreTheLibrarysDefaults() {
    runner.run(
        context -> {
          MarginProperties properties = context.getBean(MarginProperties.class);
          assertThat(properties.source()).isEqualTo(Source.KUCOIN);
          assertThat(properties.metrics().verdicts()).isFalse();
          assertThat(context.getBean(KucoinHttpConfig.class))
              .isEqualTo(KucoinHttpConfig.defaults());
          assertThat(context.getBean(MarginApplicationConfig.class))
              .isEqualTo(MarginApplicationConfig.defaults());
          assertThat(properties.markPrices().live().liveMarkPrices())
              .isEqualTo(LiveMarkPrices.off());
        });
  }

  @Test
  void theRulesStartWithTheContextByDefault() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MarginAutoConfiguration.class))
        .withPropertyValues("margin.source=in-memory")
        .run(
            context -> {
              assertThat(context.getBean(MarginProperties.class).rules().start()).isTrue();
              assertThat(context.getBean(MarketRulesLifecycle.class).isRunning()).isTrue();
            });
  }

  @Test
  void everyPropertyIsBound() {
    runner
        .withPropertyValues(
            "margin.source=in-memory",
            "margin.kucoin.base-url=http://127.0.0.1:8089",
            "margin.kucoin.connect-timeout=1s",
            "margin.kucoin.read-timeout=3s",
            "margin.kucoin.deadline=7s",
            "margin.kucoin.max-attempts=2",
            "margin.kucoin.initial-backoff=50ms",
            "margin.kucoin.max-backoff=1s",
            "margin.kucoin.public-quota=100",
            "margin.kucoin.spot-quota=200",
            "margin.kucoin.rate-window=10s",
            "margin.kucoin.wait-when-rate-limited=false",
            "margin.rules.refresh-interval=1m",
            "margin.rules.max-age=10m",
            "margin.mark-prices.refresh-interval=2s",
            "margin.mark-prices.max-age=20s",
            "margin.mark-prices.live.enabled=true",
            "margin.mark-prices.live.pace=250ms",
            "margin.mark-prices.live.polling-after=30s",
            "margin.mark-prices.live.symbols=USDT-BTC,USDC-BTC",
            "margin.orders.price-band-check=false",
            "margin.risk.isolated-warning-debt-ratio=0.9",
            "margin.risk.stablecoins=USDT,USDC",
            "margin.metrics.verdicts=true")
        .run(
            context -> {
              MarginProperties properties = context.getBean(MarginProperties.class);
              assertThat(properties.source()).isEqualTo(Source.IN_MEMORY);
              assertThat(properties.rules().start()).isFalse();
              assertThat(properties.metrics().verdicts()).isTrue();
              assertThat(context.getBean(KucoinHttpConfig.class))
                  .isEqualTo(
                      KucoinHttpConfig.builder()
                          .baseUrl("http://127.0.0.1:8089")
                          .connectTimeout(Duration.ofSeconds(1))
                          .readTimeout(Duration.ofSeconds(3))
                          .deadline(Duration.ofSeconds(7))
                          .maxAttempts(2)
                          .initialBackoff(Duration.ofMillis(50))
                          .maxBackoff(Duration.ofSeconds(1))
                          .publicQuota(100)
                          .spotQuota(200)
                          .rateWindow(Duration.ofSeconds(10))
                          .waitWhenRateLimited(false)
                          .build());
              assertThat(context.getBean(MarginApplicationConfig.class))
                  .isEqualTo(
                      MarginApplicationConfig.builder()
                          .rulesRefreshInterval(Duration.ofMinutes(1))
                          .maxRulesAge(Duration.ofMinutes(10))
                          .markPriceRefreshInterval(Duration.ofSeconds(2))
                          .maxMarkPriceAge(Duration.ofSeconds(20))
                          .liveMarkPrices(
                              LiveMarkPrices.on()
                                  .withPace(Duration.ofMillis(250))
                                  .withPollingAfter(Duration.ofSeconds(30))
                                  .withSymbols(
                                      Set.of(Symbol.parse("USDT-BTC"), Symbol.parse("USDC-BTC"))))
                          .priceBandCheck(false)
                          .isolatedWarningDebtRatio(new BigDecimal("0.9"))
                          .stablecoins(Set.of(Currency.USDT, Currency.of("USDC")))
                          .build());
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "margin.kucoin.max-attempts=0 | margin.kucoin | maxAttempts must be between 1 and 10: 0",
        "margin.kucoin.base-url=http://example.com | margin.kucoin | example.com",
        "margin.kucoin.initial-backoff=5s | margin.kucoin | initialBackoff is above maxBackoff",
        "margin.rules.max-age=0s | margin.rules | maxRulesAge must be positive: PT0S",
        "margin.mark-prices.refresh-interval=-1s | margin.mark-prices | markPriceRefreshInterval"
            + " must be positive",
        "margin.mark-prices.live.pace=2m | margin.mark-prices.live | pace must be between 1 ms",
        "margin.mark-prices.live.symbols=BTCUSDT | margin.mark-prices.live | BTCUSDT",
        "margin.risk.isolated-warning-debt-ratio=-1 | margin.risk | isolatedWarningDebtRatio must"
            + " be positive: -1",
        "margin.risk.stablecoins=usdt | margin.risk | usdt",
        "margin.source=binance | margin.source | binance",
        "margin.kucoin.deadline=soon | margin.kucoin.deadline | soon",
      })
  void aBadValueFailsTheContextSayingWhichAndWhy(String property, String where, String why) {
    runner
        .withPropertyValues(property)
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("'" + where)
                    .hasStackTraceContaining(why));
  }
}
