package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarketDataUnavailableException;

/**
 * A currency of a position cannot be valued: no mark price leads to it (never taken as zero), or
 * the mark price is older than the configured maximum age. Risk checks fail closed on it.
 */
public final class ValuationException extends MarketDataUnavailableException {
  private static final long serialVersionUID = 1L;

  private final transient Currency currency;

  ValuationException(Currency currency, String reason) {
    super("cannot value " + currency + ": " + reason, null);
    this.currency = currency;
  }

  /** {@return the currency that could not be valued} */
  public Currency currency() {
    return currency;
  }
}
