package dev.margin.spring.boot;

import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.micrometer.MarginMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * margin's meters on the host's {@link MeterRegistry}, when Micrometer and {@code
 * margin-micrometer} are on the classpath and a registry bean exists: the calls to KuCoin ({@link
 * MarginMetrics#callListener}, handed to the adapter), and the market rules' gauges ({@link
 * MarginMetrics#marketRules}, a {@link MeterBinder} that Boot binds). With {@code
 * margin.metrics.verdicts=true}, the {@link OrderValidation} and {@link PreTradeCheck} beans also
 * count their verdicts.
 */
@AutoConfiguration(
    before = MarginAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, MarginMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public final class MarginMetricsAutoConfiguration {

  MarginMetricsAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  KucoinCallListener marginCallListener(MeterRegistry registry) {
    return MarginMetrics.callListener(registry);
  }

  @Bean
  @ConditionalOnMissingBean(name = "marginMarketRulesMeters")
  MeterBinder marginMarketRulesMeters(ObjectProvider<MarketRulesCache> rules, Clock clock) {
    return registry -> rules.ifAvailable(r -> MarginMetrics.marketRules(r, clock).bindTo(registry));
  }

  /** The counting decorators, opt-in as they sit on the order path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty("margin.metrics.verdicts")
  static class Verdicts {

    @Bean
    @ConditionalOnMissingBean
    OrderValidation countingOrderValidation(MarginApplication margin, MeterRegistry registry) {
      return MarginMetrics.counting(margin.orderValidation(), registry);
    }

    @Bean
    @ConditionalOnMissingBean
    PreTradeCheck countingPreTradeCheck(MarginApplication margin, MeterRegistry registry) {
      return MarginMetrics.counting(margin.preTradeCheck(), registry);
    }
  }
}
