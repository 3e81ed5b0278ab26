package dev.margin.spring.boot;

import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarketRulesCache;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code margin} health indicator, when {@code spring-boot-health} is on the classpath (as
 * Actuator brings it) and {@code management.health.margin.enabled} is not false: UP while the
 * market rules and the mark prices in use are within their maximum ages ({@code
 * margin.rules.max-age}, {@code margin.mark-prices.max-age}) by the application's clock, DOWN when
 * either is older or never loaded. Its details give each one's age, how many are held, the latest
 * refresh failure and, with the live stream on, the stream's state.
 */
@AutoConfiguration(after = MarginAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public final class MarginHealthAutoConfiguration {

  MarginHealthAutoConfiguration() {}

  @Bean
  @ConditionalOnEnabledHealthIndicator("margin")
  @ConditionalOnBean(MarketRulesCache.class)
  @ConditionalOnMissingBean(name = "marginHealthIndicator")
  HealthIndicator marginHealthIndicator(
      MarketRulesCache rules, MarginApplicationConfig config, Clock clock) {
    return new MarketRulesHealth(rules, config, clock);
  }
}
