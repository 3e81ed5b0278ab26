package dev.margin.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.RiskMonitor;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import dev.margin.testkit.MarginFixtures;
import dev.margin.testkit.MarketDataCall;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

class MarginAutoConfigurationTest {
  private static final OrderRequest BUY_BTC =
      OrderRequest.limit(
          Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("30000.1"), new BigDecimal("0.001"));

  /** A second after KuCoin's example mark prices were marked: they are fresh. */
  static final Clock AT_THE_EXAMPLES =
      Clock.fixed(Instant.ofEpochMilli(1729676523000L), ZoneOffset.UTC);

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(MarginAutoConfiguration.class));

  @Test
  void theDefaultsMakeEveryBeanOverKucoinWithoutCallingIt() {
    runner
        .withPropertyValues("margin.rules.start=false")
        .run(
            context -> {
              assertThat(context)
                  .hasNotFailed()
                  .hasSingleBean(Clock.class)
                  .hasSingleBean(KucoinHttpConfig.class)
                  .hasSingleBean(MarginApplicationConfig.class)
                  .hasSingleBean(MarginMarketData.class)
                  .hasSingleBean(MarkPriceStream.class)
                  .hasSingleBean(MarginApplication.class)
                  .hasSingleBean(MarketRulesCache.class)
                  .hasSingleBean(OrderValidation.class)
                  .hasSingleBean(PreTradeCheck.class)
                  .hasSingleBean(MarginRisk.class)
                  .hasSingleBean(RiskMonitor.class)
                  .doesNotHaveBean(InMemoryMarginMarketData.class);
              assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC());
              MarginApplication margin = context.getBean(MarginApplication.class);
              assertThat(context.getBean(MarketRulesCache.class)).isSameAs(margin.marketRules());
              assertThat(context.getBean(OrderValidation.class)).isSameAs(margin.orderValidation());
              assertThat(context.getBean(PreTradeCheck.class)).isSameAs(margin.preTradeCheck());
              assertThat(context.getBean(MarginRisk.class)).isSameAs(margin.risk());
              assertThat(context.getBean(RiskMonitor.class)).isSameAs(margin.riskMonitor());
              assertThat(margin.marketRules().status().rulesLoadedAt()).isEmpty();
            });
  }

  @Test
  void theTestKitSwitchServesKucoinsExampleMarketOffline() {
    runner
        .withPropertyValues("margin.source=in-memory", "margin.rules.start=false")
        .withBean(Clock.class, () -> AT_THE_EXAMPLES)
        .run(
            context -> {
              assertThat(context.getBean(MarginMarketData.class))
                  .isInstanceOf(InMemoryMarginMarketData.class);
              assertThat(context.getBean(MarkPriceStream.class))
                  .isInstanceOf(InMemoryMarkPriceStream.class);
              MarketRulesCache rules = context.getBean(MarketRulesCache.class);
              rules.refreshRules();
              rules.refreshMarkPrices();
              assertThat(context.getBean(OrderValidation.class).validate(BUY_BTC).isValid())
                  .isTrue();
            });
  }

  @Test
  void theTestKitSwitchReadsTheValueAsTheBinderDoes() {
    runner
        .withPropertyValues("margin.source=IN_MEMORY", "margin.rules.start=false")
        .run(context -> assertThat(context).hasSingleBean(InMemoryMarginMarketData.class));
  }

  @Test
  void theTestKitSwitchTakesTheHostsInMemoryMarket() {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(MarginFixtures.aCrossSymbol("ETH-USDT").build())
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    runner
        .withPropertyValues("margin.source=in-memory", "margin.rules.start=false")
        .withBean(InMemoryMarginMarketData.class, () -> market)
        .run(
            context -> {
              assertThat(context.getBean(MarginMarketData.class)).isSameAs(market);
              context.getBean(MarketRulesCache.class).refreshRules();
              assertThat(market.calls(MarketDataCall.ALL_CROSS_SYMBOLS)).isOne();
            });
  }

  @Test
  void theTestKitSwitchWithoutTheTestKitFailsSayingWhatIsMissing() {
    runner
        .withPropertyValues("margin.source=in-memory")
        .withClassLoader(new FilteredClassLoader("dev.margin.testkit"))
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining(
                        "margin.source=in-memory needs the test kit, dev.margin:margin-tests"));
  }

  @Test
  void theHostsBeansWin() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    OrderValidation validation = order -> null;
    MarginApplicationConfig config =
        MarginApplicationConfig.defaults().withMaxAges(Duration.ofHours(1), Duration.ofMinutes(5));
    runner
        .withPropertyValues("margin.rules.start=false")
        .withBean(MarginMarketData.class, () -> market)
        .withBean(Clock.class, () -> clock)
        .withBean(OrderValidation.class, () -> validation)
        .withBean(MarginApplicationConfig.class, () -> config)
        .run(
            context -> {
              assertThat(context.getBean(MarginMarketData.class)).isSameAs(market);
              assertThat(context.getBean(Clock.class)).isSameAs(clock);
              assertThat(context.getBean(OrderValidation.class)).isSameAs(validation);
              assertThat(context.getBean(MarginApplicationConfig.class)).isSameAs(config);
              MarketRulesCache rules = context.getBean(MarketRulesCache.class);
              rules.refreshRules();
              assertThat(rules.status().rulesLoadedAt()).contains(clock.instant());
            });
  }

  @Test
  void theMarketRulesStartWithTheContextAndCloseWithIt() {
    InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
    ConfigurableApplicationContext[] held = new ConfigurableApplicationContext[1];
    runner
        .withPropertyValues(
            "margin.source=in-memory",
            "margin.mark-prices.live.enabled=true",
            "margin.mark-prices.live.symbols=USDT-BTC")
        .withBean(InMemoryMarkPriceStream.class, () -> stream)
        .run(
            context -> {
              held[0] = context.getSourceApplicationContext();
              // started on refresh: the configured symbols are followed at once
              assertThat(stream.openSubscriptions()).isOne();
            });
    assertThat(held[0].isActive()).isFalse();
    assertThat(stream.openSubscriptions()).isZero();
  }

  @Test
  void closingTheContextClosesTheRiskMonitor() {
    RiskMonitor[] monitor = new RiskMonitor[1];
    runner
        .withPropertyValues("margin.source=in-memory", "margin.rules.start=false")
        .run(context -> monitor[0] = context.getBean(RiskMonitor.class));
    assertThatThrownBy(
            () ->
                monitor[0].watch(
                    "desk-1", MarginFixtures.aCrossPosition().holding("BTC", "1").build()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theMarketRulesStayStoppedWhenAsked() {
    InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
    runner
        .withPropertyValues(
            "margin.source=in-memory",
            "margin.rules.start=false",
            "margin.mark-prices.live.enabled=true",
            "margin.mark-prices.live.symbols=USDT-BTC")
        .withBean(InMemoryMarkPriceStream.class, () -> stream)
        .run(
            context -> {
              assertThat(stream.openSubscriptions()).isZero();
              context.getBean(MarketRulesCache.class).start();
              assertThat(stream.openSubscriptions()).isOne();
            });
    assertThat(stream.openSubscriptions()).isZero();
  }
}
