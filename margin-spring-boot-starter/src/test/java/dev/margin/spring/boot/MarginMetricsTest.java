package dev.margin.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinRateBudget;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceStream;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MarginMetricsTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinServer.loopback();

  private static final OrderRequest TOO_SMALL =
      OrderRequest.limit(
          Symbol.parse("BTC-USDT"),
          Side.BUY,
          new BigDecimal("30000.1"),
          new BigDecimal("0.000001"));

  /** Boot's own metrics: a registry, and MeterBinder beans bound to it. */
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  MetricsAutoConfiguration.class,
                  SimpleMetricsExportAutoConfiguration.class,
                  CompositeMeterRegistryAutoConfiguration.class,
                  MarginAutoConfiguration.class,
                  MarginMetricsAutoConfiguration.class))
          .withPropertyValues(
              "margin.rules.start=false",
              "margin.kucoin.max-attempts=1",
              KucoinServer.baseUrl(KUCOIN));

  @Test
  void theRegistryGetsTheCallsAndTheMarketRulesGauges() {
    KucoinServer.serveExampleMarket(KUCOIN);
    runner.run(
        context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          context.getBean(MarketRulesCache.class).refreshRules();
          assertThat(names(registry))
              .contains(
                  "margin.kucoin.calls",
                  "margin.kucoin.call.attempts",
                  "margin.kucoin.call.retries",
                  "margin.kucoin.ratelimit.waits",
                  "margin.kucoin.ratebudget.remaining",
                  "margin.rules.age",
                  "margin.rules.symbols",
                  "margin.rules.refresh.failed",
                  "margin.markprices.age",
                  "margin.markprices.count",
                  "margin.markprices.oldest.age",
                  "margin.markprices.newest.age",
                  "margin.markprices.refresh.failed",
                  "margin.markprices.source",
                  "margin.markprices.stream.up",
                  "margin.markprices.stream.polling")
              .doesNotContain("margin.orders.verdicts", "margin.orders.violations");
          assertThat(registry.get("margin.rules.symbols").gauge().value()).isEqualTo(1.0);
          assertThat(
                  registry
                      .get("margin.kucoin.calls")
                      .tag("endpoint", "GET /api/v3/margin/symbols")
                      .tag("outcome", "success")
                      .timer()
                      .count())
              .isOne();
        });
  }

  @Test
  void theRestAdapterAndTheStreamShareOneRateBudgetReadByTheGauge() {
    KucoinServer.serveExampleMarket(KUCOIN);
    List<KucoinRateBudget> budgets = new CopyOnWriteArrayList<>();
    KucoinCallListener hearing =
        new KucoinCallListener() {
          @Override
          public void onCall(CallEvent event) {}

          @Override
          public void onRateBudget(KucoinRateBudget budget) {
            budgets.add(budget);
          }
        };
    runner
        .withPropertyValues("margin.kucoin.public-quota=500")
        .withBean(KucoinCallListener.class, () -> hearing)
        .run(
            context -> {
              context.getBean(MarkPriceStream.class);
              context
                  .getBean(MarketRulesCache.class)
                  .refreshRules(); // the cross and the isolated symbols, weight 3 each
              assertThat(budgets).hasSize(1);
              assertThat(budgets.get(0).remaining("public")).isEqualTo(500 - 6);
            });
    runner.run(
        context -> {
          context.getBean(MarkPriceStream.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          context.getBean(MarketRulesCache.class).refreshRules();
          assertThat(
                  registry
                      .get("margin.kucoin.ratebudget.remaining")
                      .tag("pool", "public")
                      .gauge()
                      .value())
              .isEqualTo(2000 - 6);
        });
  }

  @Test
  void countingTheVerdictsIsOptIn() {
    runner
        .withPropertyValues("margin.source=in-memory", "margin.metrics.verdicts=true")
        .withBean(Clock.class, () -> MarginAutoConfigurationTest.AT_THE_EXAMPLES)
        .run(
            context -> {
              MarginApplication margin = context.getBean(MarginApplication.class);
              OrderValidation validation = context.getBean(OrderValidation.class);
              assertThat(validation).isNotSameAs(margin.orderValidation());
              assertThat(context.getBean(PreTradeCheck.class)).isNotSameAs(margin.preTradeCheck());
              margin.marketRules().refreshRules();
              margin.marketRules().refreshMarkPrices();
              assertThat(validation.validate(TOO_SMALL).isValid()).isFalse();
              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(
                      registry
                          .get("margin.orders.verdicts")
                          .tag("check", "validation")
                          .tag("outcome", "invalid")
                          .counter()
                          .count())
                  .isEqualTo(1.0);
            });
  }

  @Test
  void theHostsListenerWins() {
    KucoinCallListener own = call -> {};
    runner
        .withBean(KucoinCallListener.class, () -> own)
        .run(context -> assertThat(context.getBean(KucoinCallListener.class)).isSameAs(own));
  }

  @Test
  void nothingWithoutARegistry() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                MarginAutoConfiguration.class, MarginMetricsAutoConfiguration.class))
        .withPropertyValues("margin.rules.start=false")
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(KucoinCallListener.class)
                    .doesNotHaveBean(MeterBinder.class));
  }

  @Test
  void nothingWithoutMicrometer() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                MarginAutoConfiguration.class, MarginMetricsAutoConfiguration.class))
        .withPropertyValues("margin.rules.start=false")
        .withClassLoader(new FilteredClassLoader("io.micrometer"))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(OrderValidation.class)
                    .doesNotHaveBean(KucoinCallListener.class));
  }

  @Test
  void nothingWithoutMarginMicrometer() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                MarginAutoConfiguration.class, MarginMetricsAutoConfiguration.class))
        .withPropertyValues("margin.rules.start=false")
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader("dev.margin.micrometer"))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(OrderValidation.class)
                    .doesNotHaveBean(KucoinCallListener.class)
                    .doesNotHaveBean(MeterBinder.class));
  }

  private static Set<String> names(MeterRegistry registry) {
    return registry.getMeters().stream()
        .map(Meter::getId)
        .map(Meter.Id::getName)
        .collect(Collectors.toSet());
  }
}
