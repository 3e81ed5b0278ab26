package dev.margin.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;

/**
 * Binds margin's use cases. Requires the market-data ports to be bound by an adapter module, such
 * as {@code KucoinHttpModule} or the test kit's {@code InMemoryMarginModule}.
 */
public final class MarginApplicationModule extends AbstractModule {

  /** A module binding every use case. */
  public MarginApplicationModule() {}

  @Override
  protected void configure() {
    requireBinding(CrossMarginSymbols.class);
    requireBinding(IsolatedMarginSymbols.class);
    requireBinding(LeveragedTokens.class);
    requireBinding(MarkPrices.class);
    requireBinding(MarginSettings.class);
  }

  @Provides
  @Singleton
  MarketRules marketRules(
      CrossMarginSymbols crossSymbols,
      IsolatedMarginSymbols isolatedSymbols,
      MarginSettings settings) {
    return new PortBackedMarketRules(crossSymbols, isolatedSymbols, settings);
  }
}
