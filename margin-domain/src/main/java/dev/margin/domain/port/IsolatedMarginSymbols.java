package dev.margin.domain.port;

import dev.margin.domain.model.IsolatedMarginSymbol;
import java.util.List;

/** The isolated-margin symbols. */
public interface IsolatedMarginSymbols {

  /**
   * Every isolated-margin symbol.
   *
   * @return an immutable list, in the venue's order
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  List<IsolatedMarginSymbol> allIsolatedSymbols();
}
