package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.Symbol;
import java.util.Optional;

/**
 * The trading rules the pre-trade checks work from: a symbol's cross-margin rules, its
 * isolated-margin terms, and the cross-margin configuration. Thread-safe.
 */
public interface MarketRules {

  /**
   * The cross-margin trading rules of a symbol.
   *
   * @param symbol the pair; never null
   * @return its rules
   * @throws dev.margin.domain.model.NoSuchSymbolException if it is not a cross-margin symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  CrossMarginSymbol crossRules(Symbol symbol);

  /**
   * The isolated-margin terms of a symbol.
   *
   * @param symbol the pair; never null
   * @return its terms, or empty if it is not an isolated-margin symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  Optional<IsolatedMarginSymbol> isolatedRules(Symbol symbol);

  /**
   * The cross-margin configuration: leverage and debt-ratio thresholds.
   *
   * @return the configuration
   * @throws dev.margin.domain.model.MarketDataUnavailableException if it cannot be obtained
   */
  MarginConfig marginConfig();
}
