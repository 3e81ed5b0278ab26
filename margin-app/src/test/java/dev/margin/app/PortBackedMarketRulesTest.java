package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortBackedMarketRulesTest {

  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");

  final MarginMarketData ports = mock(MarginMarketData.class);
  final MarketRules rules = MarginApplication.marketRules(ports);

  @Test
  void isolatedRulesAreFoundBySymbolOrEmpty() {
    IsolatedMarginSymbol btc =
        new IsolatedMarginSymbol(
            BTC_USDT, "BTC-USDT", Currency.BTC, Currency.USDT, 10, new BigDecimal("0.97"), true,
            new BigDecimal("0.96"), true, true, true, true, BigDecimal.ONE, BigDecimal.ONE);
    when(ports.allIsolatedSymbols()).thenReturn(List.of(btc));

    assertThat(rules.isolatedRules(BTC_USDT)).contains(btc);
    assertThat(rules.isolatedRules(ETH_USDT)).isEmpty();
  }

  @Test
  void marginConfigComesFromThePort() {
    MarginConfig config =
        new MarginConfig(List.of(Currency.BTC), 5, new BigDecimal("0.95"), new BigDecimal("0.97"));
    when(ports.marginConfig()).thenReturn(config);

    assertThat(rules.marginConfig()).isSameAs(config);
  }

  @Test
  void portFailuresPassThroughTyped() {
    MarketDataUnavailableException down = new MarketDataUnavailableException("down", null);
    when(ports.crossSymbol(BTC_USDT)).thenThrow(down);

    assertThatThrownBy(() -> rules.crossRules(BTC_USDT)).isSameAs(down);
    assertThatThrownBy(() -> rules.crossRules(null)).hasMessage("symbol is null");
    assertThatThrownBy(() -> MarginApplication.marketRules(null)).hasMessage("marketData is null");
  }
}
