package dev.margin.testkit;

import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;

/**
 * The methods of the market-data ports, one constant each: what {@link InMemoryMarginMarketData}
 * counts and can make fail one by one.
 */
public enum MarketDataCall {
  /** {@link CrossMarginSymbols#allCrossSymbols()}. */
  ALL_CROSS_SYMBOLS(CrossMarginSymbols.class),
  /** {@link CrossMarginSymbols#crossSymbol(dev.margin.domain.model.Symbol)}. */
  CROSS_SYMBOL(CrossMarginSymbols.class),
  /** {@link IsolatedMarginSymbols#allIsolatedSymbols()}. */
  ALL_ISOLATED_SYMBOLS(IsolatedMarginSymbols.class),
  /** {@link LeveragedTokens#allLeveragedTokens()}. */
  ALL_LEVERAGED_TOKENS(LeveragedTokens.class),
  /** {@link LeveragedTokens#leveragedToken(dev.margin.domain.model.Currency)}. */
  LEVERAGED_TOKEN(LeveragedTokens.class),
  /** {@link MarkPrices#markPrice(dev.margin.domain.model.Symbol)}. */
  MARK_PRICE(MarkPrices.class),
  /** {@link MarkPrices#allMarkPrices()}. */
  ALL_MARK_PRICES(MarkPrices.class),
  /** {@link MarginSettings#marginConfig()}. */
  MARGIN_CONFIG(MarginSettings.class);

  private final Class<?> port;

  MarketDataCall(Class<?> port) {
    this.port = port;
  }

  /** {@return the port that declares this method, e.g. {@code MarkPrices.class}} */
  public Class<?> port() {
    return port;
  }
}
