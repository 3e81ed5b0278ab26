package dev.margin.spring.boot;

import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.adapters.http.kucoin.KucoinStreamConfig;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.RiskMonitor;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarkPriceStream;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * margin's use cases as beans: the market-data ports (KuCoin's, or the test kit's with {@code
 * margin.source=in-memory}), {@link MarginApplication} and its parts ({@link MarketRulesCache},
 * {@link OrderValidation}, {@link PreTradeCheck}, {@link MarginRisk}, {@link RiskMonitor}), their
 * configurations from {@link MarginProperties}, and a UTC {@link Clock}. Every bean steps aside for
 * a host's bean of its type. The market rules start with the context ({@code margin.rules.start})
 * and close with it, with the live stream and the risk monitor.
 */
@AutoConfiguration
@EnableConfigurationProperties(MarginProperties.class)
public final class MarginAutoConfiguration {

  MarginAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  Clock marginClock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean
  KucoinHttpConfig kucoinHttpConfig(MarginProperties properties) {
    return properties.kucoin().httpConfig();
  }

  @Bean
  @ConditionalOnMissingBean
  MarginApplicationConfig marginApplicationConfig(MarginProperties properties) {
    return properties.applicationConfig();
  }

  @Bean
  @ConditionalOnMissingBean
  MarginApplication marginApplication(
      MarginMarketData marketData,
      ObjectProvider<MarkPriceStream> stream,
      MarginApplicationConfig config,
      Clock clock) {
    return MarginApplication.create(marketData, stream.getIfAvailable(), config, clock);
  }

  @Bean
  @ConditionalOnMissingBean
  MarketRulesCache marketRulesCache(MarginApplication margin) {
    return margin.marketRules();
  }

  @Bean
  @ConditionalOnMissingBean
  OrderValidation orderValidation(MarginApplication margin) {
    return margin.orderValidation();
  }

  @Bean
  @ConditionalOnMissingBean
  PreTradeCheck preTradeCheck(MarginApplication margin) {
    return margin.preTradeCheck();
  }

  @Bean
  @ConditionalOnMissingBean
  MarginRisk marginRisk(MarginApplication margin) {
    return margin.risk();
  }

  @Bean
  @ConditionalOnMissingBean
  RiskMonitor riskMonitor(MarginApplication margin) {
    return margin.riskMonitor();
  }

  @Bean
  MarketRulesLifecycle marginMarketRulesLifecycle(
      MarketRulesCache rules, MarginProperties properties) {
    return new MarketRulesLifecycle(rules, properties.rules().start());
  }

  /** KuCoin's REST API and mark-price stream, the calls heard by the host's listener if any. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(OnMarketDataSource.Kucoin.class)
  static class KucoinSource {

    @Bean
    @ConditionalOnMissingBean
    MarginMarketData marginMarketData(
        KucoinHttpConfig config, ObjectProvider<KucoinCallListener> listener) {
      return KucoinHttp.create(config, listener.getIfAvailable(() -> KucoinCallListener.NONE));
    }

    @Bean
    @ConditionalOnMissingBean
    MarkPriceStream markPriceStream(
        KucoinHttpConfig config,
        ObjectProvider<KucoinCallListener> listener,
        MarginMarketData market,
        Clock clock) {
      if (KucoinHttp.isKucoinAdapter(market)) {
        // one client, rate budget and listener for the REST calls and the token calls
        return KucoinHttp.markPriceStream(market, KucoinStreamConfig.defaults(), clock);
      }
      return KucoinHttp.markPriceStream(
          config,
          listener.getIfAvailable(() -> KucoinCallListener.NONE),
          KucoinStreamConfig.defaults(),
          clock);
    }
  }

  /** The test kit's in-memory market: KuCoin's example market unless the host gives its own. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(OnMarketDataSource.InMemory.class)
  @ConditionalOnClass(name = "dev.margin.testkit.InMemoryMarginMarketData")
  static class InMemorySource {

    @Bean
    @ConditionalOnMissingBean(MarginMarketData.class)
    InMemoryMarginMarketData marginMarketData() {
      return InMemoryMarginMarketData.ofKucoinExamples();
    }

    @Bean
    @ConditionalOnMissingBean(MarkPriceStream.class)
    InMemoryMarkPriceStream markPriceStream() {
      return new InMemoryMarkPriceStream();
    }
  }

  /** The in-memory market asked for without the test kit: the context fails and says why. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(OnMarketDataSource.InMemory.class)
  @ConditionalOnMissingClass("dev.margin.testkit.InMemoryMarginMarketData")
  static class InMemorySourceWithoutTestKit {

    @Bean
    @ConditionalOnMissingBean
    MarginMarketData marginMarketData() {
      throw new IllegalStateException(
          "margin.source=in-memory needs the test kit, dev.margin:margin-tests, on the classpath");
    }
  }
}
