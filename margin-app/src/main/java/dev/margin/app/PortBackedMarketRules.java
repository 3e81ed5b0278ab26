package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.MarginSettings;
import java.util.Objects;
import java.util.Optional;

/** {@link MarketRules} read through to the ports on every call. */
final class PortBackedMarketRules implements MarketRules {
  private final CrossMarginSymbols crossSymbols;
  private final IsolatedMarginSymbols isolatedSymbols;
  private final MarginSettings settings;

  PortBackedMarketRules(
      CrossMarginSymbols crossSymbols,
      IsolatedMarginSymbols isolatedSymbols,
      MarginSettings settings) {
    this.crossSymbols = Objects.requireNonNull(crossSymbols, "crossSymbols is null");
    this.isolatedSymbols = Objects.requireNonNull(isolatedSymbols, "isolatedSymbols is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
  }

  @Override
  public CrossMarginSymbol crossRules(Symbol symbol) {
    return crossSymbols.crossSymbol(Objects.requireNonNull(symbol, "symbol is null"));
  }

  @Override
  public Optional<IsolatedMarginSymbol> isolatedRules(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    return isolatedSymbols.allIsolatedSymbols().stream()
        .filter(s -> s.symbol().equals(symbol))
        .findFirst();
  }

  @Override
  public MarginConfig marginConfig() {
    return settings.marginConfig();
  }
}
