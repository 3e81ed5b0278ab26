package dev.margin.app;

/** Why an order is refused. The names are stable: hosts and scripts match on them. */
public enum ViolationCode {
  /** No trading rules for the symbol. */
  UNKNOWN_SYMBOL,
  /** The symbol does not trade now. */
  TRADING_DISABLED,
  /** An isolated-margin order on a symbol that is not an isolated-margin symbol, or halted. */
  ISOLATED_NOT_AVAILABLE,
  /** The limit price is missing, zero or negative. */
  PRICE_NOT_POSITIVE,
  /** The limit price is not a multiple of the price increment (the tick). */
  PRICE_INCREMENT,
  /** The size is missing, zero or negative. */
  SIZE_NOT_POSITIVE,
  /** The size is not a multiple of the base increment (the lot). */
  SIZE_INCREMENT,
  /** The size is below the minimum order size. */
  SIZE_BELOW_MIN,
  /** The size is above the maximum order size. */
  SIZE_ABOVE_MAX,
  /** The funds of a market order are zero or negative. */
  FUNDS_NOT_POSITIVE,
  /** The funds are not a multiple of the quote increment. */
  FUNDS_INCREMENT,
  /** The funds are below the minimum. */
  FUNDS_BELOW_MIN,
  /** The funds are above the maximum. */
  FUNDS_ABOVE_MAX,
  /** Price times size is below the symbol's minimum order value. */
  NOTIONAL_BELOW_MIN_FUNDS,
  /** The limit price is beyond the price-protection band around the reference (mark) price. */
  PRICE_OUTSIDE_LIMIT,
  /** No mark price, direct or through BTC, to check the price band against. */
  MARK_PRICE_UNAVAILABLE,
  /** The mark price is older than the configured maximum age. */
  MARK_PRICE_STALE,
  /** No trading rules have been loaded yet. */
  RULES_UNAVAILABLE,
  /** The trading rules are older than the configured maximum age. */
  RULES_STALE
}
