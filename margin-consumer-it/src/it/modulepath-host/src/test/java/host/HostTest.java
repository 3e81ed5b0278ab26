package host;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Runs on the module path: the test is patched into the host module. */
class HostTest {
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  @Test
  void theModulesResolveAndAnOrderIsValidated() {
    Assertions.assertNotNull(Host.kucoin());
    Assertions.assertEquals("dev.margin.domain", Symbol.class.getModule().getName());
    Assertions.assertTrue(Host.validate(new Market()).isValid());
  }

  @Test
  void theMetersResolveOnTheModulePath() {
    var registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
    Assertions.assertNotNull(Host.kucoin(registry));
    Assertions.assertEquals(
        "dev.margin.micrometer", dev.margin.micrometer.MarginMetrics.class.getModule().getName());
    var margin = dev.margin.app.MarginApplication.create(new Market());
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    var validation = Host.counting(margin.orderValidation(), registry);
    Assertions.assertTrue(validation.validate(dev.margin.app.OrderRequest.limit(
        BTC_USDT, dev.margin.domain.model.Side.BUY, new BigDecimal("60000.1"), new BigDecimal("0.001"))).isValid());
    Assertions.assertEquals(1.0,
        registry.get("margin.orders.verdicts").tag("outcome", "valid").counter().count());
  }

  @Test
  void marginAppIsANamedModuleThatExportsOnlyItsApi() {
    Module app = dev.margin.app.MarginApplication.class.getModule();
    Assertions.assertEquals("dev.margin.app", app.getName());
    Assertions.assertEquals(java.util.Set.of("dev.margin.app"), app.getDescriptor().exports().stream()
        .map(java.lang.module.ModuleDescriptor.Exports::source)
        .collect(java.util.stream.Collectors.toSet()));
    Assertions.assertTrue(app.getPackages().contains("dev.margin.app.internal"));
    Assertions.assertFalse(app.isExported("dev.margin.app.internal", HostTest.class.getModule()));
    // the kernel cannot be reached, not even reflectively
    Assertions.assertThrows(IllegalAccessException.class, () ->
        Class.forName(app, "dev.margin.app.internal.Fixed").getMethod("of", java.math.BigDecimal.class)
            .invoke(null, java.math.BigDecimal.ONE));
  }

  /** A market of one symbol, written by the host. */
  static final class Market implements MarginMarketData {
    final CrossMarginSymbol btc =
        new CrossMarginSymbol(BTC_USDT, "BTC-USDT", true, "USDS", Currency.BTC, Currency.USDT,
            Increment.of("0.00000001"), new BigDecimal("0.00001"), Increment.of("0.000001"),
            new BigDecimal("0.1"), new BigDecimal("10000000000"), new BigDecimal("99999999"),
            Increment.of("0.1"), Currency.USDT, new BigDecimal("0.1"), new BigDecimal("0.1"));

    @Override public List<CrossMarginSymbol> allCrossSymbols() { return List.of(btc); }
    @Override public CrossMarginSymbol crossSymbol(Symbol symbol) { return btc; }
    @Override public List<IsolatedMarginSymbol> allIsolatedSymbols() { return List.of(); }
    @Override public List<LeveragedToken> allLeveragedTokens() { return List.of(); }
    @Override public LeveragedToken leveragedToken(Currency currency) { throw new UnsupportedOperationException(); }
    @Override public MarkPrice markPrice(Symbol symbol) { return allMarkPrices().get(0); }
    @Override public List<MarkPrice> allMarkPrices() {
      return List.of(new MarkPrice(Symbol.parse("USDT-BTC"), Instant.now(), new BigDecimal("0.000015")));
    }
    @Override public MarginConfig marginConfig() {
      return new MarginConfig(List.of(Currency.BTC), 5, new BigDecimal("0.95"), new BigDecimal("0.97"));
    }
  }
}
