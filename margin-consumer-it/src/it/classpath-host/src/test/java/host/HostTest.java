package host;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationModule;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.micrometer.MarginMetrics;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarginModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A host on the classpath: the test kit in place of KuCoin, wired with Guice. */
class HostTest {
  @Test
  void aHostValidatesAnOrderAgainstTheTestKit() {
    Injector injector =
        Guice.createInjector(
            new InMemoryMarginModule(InMemoryMarginMarketData.ofKucoinExamples()),
            // KuCoin's example mark prices are from 2024: no band check against them
            new MarginApplicationModule(MarginApplicationConfig.defaults().withPriceBandCheck(false)));
    MarketRulesCache rules = injector.getInstance(MarketRulesCache.class);
    rules.refreshRules();
    rules.refreshMarkPrices();

    var verdict =
        injector
            .getInstance(OrderValidation.class)
            .validate(
                OrderRequest.limit(
                    Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("60000.1"), new BigDecimal("0.001")));

    Assertions.assertTrue(verdict.isValid(), verdict.toString());
  }

  @Test
  void aHostCountsTheVerdictsOnItsRegistry() {
    Injector injector =
        Guice.createInjector(
            new InMemoryMarginModule(InMemoryMarginMarketData.ofKucoinExamples()),
            new MarginApplicationModule(MarginApplicationConfig.defaults().withPriceBandCheck(false)));
    MeterRegistry registry = new SimpleMeterRegistry();
    MarketRulesCache rules = injector.getInstance(MarketRulesCache.class);
    MarginMetrics.bind(rules, registry, Clock.systemUTC());
    rules.refreshRules();
    OrderValidation validation =
        MarginMetrics.counting(injector.getInstance(OrderValidation.class), registry);

    validation.validate(
        OrderRequest.limit(
            Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("60000.15"), new BigDecimal("0.001")));

    Assertions.assertEquals(
        1.0, registry.get("margin.orders.violations").tag("code", "PRICE_INCREMENT").counter().count());
    Assertions.assertTrue(registry.get("margin.rules.symbols").gauge().value() >= 1);
  }

  @Test
  void theKucoinAdapterIsCreatedWithoutGuiceOrNetwork() {
    Assertions.assertNotNull(KucoinHttp.create(KucoinHttpConfig.defaults()));
  }
}
