package dev.margin.domain.port;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Symbol;
import java.util.List;

/** The cross-margin symbols and their trading rules. */
public interface CrossMarginSymbols {

  /**
   * Every cross-margin symbol.
   *
   * @return an immutable list, in the venue's order
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  List<CrossMarginSymbol> allCrossSymbols();

  /**
   * One cross-margin symbol.
   *
   * @param symbol the pair; never null
   * @return its trading rules
   * @throws dev.margin.domain.model.NoSuchSymbolException if it is not a cross-margin symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if it cannot be obtained
   */
  CrossMarginSymbol crossSymbol(Symbol symbol);
}
