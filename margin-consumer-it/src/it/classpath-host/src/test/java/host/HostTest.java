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
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarginModule;
import java.math.BigDecimal;
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
  void theKucoinAdapterIsCreatedWithoutGuiceOrNetwork() {
    Assertions.assertNotNull(KucoinHttp.create(KucoinHttpConfig.defaults()));
  }
}
