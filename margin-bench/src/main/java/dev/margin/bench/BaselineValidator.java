package dev.margin.bench;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The straightforward correct check a host would write: a {@code HashMap} lookup, {@code
 * BigDecimal.remainder} for each increment, {@code compareTo} for each bound, {@code multiply} for
 * the order value. No price band, no staleness: less than margin's validator checks.
 */
final class BaselineValidator {
  private final Map<Symbol, CrossMarginSymbol> rules = new HashMap<>();

  BaselineValidator(List<CrossMarginSymbol> symbols) {
    for (CrossMarginSymbol symbol : symbols) {
      rules.put(symbol.symbol(), symbol);
    }
  }

  /** True when the limit order passes; every check runs, as a report of all violations would. */
  boolean accepts(Symbol symbol, BigDecimal price, BigDecimal size) {
    CrossMarginSymbol r = rules.get(symbol);
    if (r == null) {
      return false;
    }
    boolean ok = r.enableTrading();
    ok &= price.signum() > 0;
    ok &= price.remainder(r.priceIncrement().value()).signum() == 0;
    ok &= size.signum() > 0;
    ok &= size.remainder(r.baseIncrement().value()).signum() == 0;
    ok &= size.compareTo(r.baseMinSize()) >= 0;
    ok &= size.compareTo(r.baseMaxSize()) <= 0;
    ok &= price.multiply(size).compareTo(r.minFunds()) >= 0;
    return ok;
  }
}
