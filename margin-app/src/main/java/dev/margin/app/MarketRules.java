package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.util.Map;
import java.util.Optional;

/**
 * The market rules held in memory: trading rules, isolated-margin terms, the margin config and the
 * mark prices, as last loaded from the market-data ports. Reading never makes a network call and
 * never blocks; a refresh replaces everything it loads at once, and a failed refresh keeps what was
 * there. Thread-safe.
 */
public interface MarketRules {

  /**
   * The cross-margin trading rules of a symbol.
   *
   * @param symbol the pair; never null
   * @return its rules
   * @throws dev.margin.domain.model.NoSuchSymbolException if the rules hold no such symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if no rules are loaded yet
   */
  CrossMarginSymbol crossRules(Symbol symbol);

  /**
   * The isolated-margin terms of a symbol.
   *
   * @param symbol the pair; never null
   * @return its terms, or empty if it is not an isolated-margin symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if no rules are loaded yet
   */
  Optional<IsolatedMarginSymbol> isolatedRules(Symbol symbol);

  /**
   * The cross-margin configuration: leverage and debt-ratio thresholds.
   *
   * @return the configuration
   * @throws dev.margin.domain.model.MarketDataUnavailableException if no rules are loaded yet
   */
  MarginConfig marginConfig();

  /**
   * Every mark price held, by symbol.
   *
   * @return an immutable map; empty if none are loaded
   */
  Map<Symbol, MarkPrice> markPrices();

  /** {@return what is held and how fresh it is} */
  MarketRulesStatus status();
}
