package dev.margin.app;

/**
 * What a host lets through the pre-trade check, as trading systems name it (NautilusTrader's {@code
 * TradingState}): everything, only what reduces exposure, or nothing.
 */
public enum TradingState {
  /** Every order the other checks pass. */
  ACTIVE,
  /** Only orders that reduce the position's exposure to the order's base currency. */
  REDUCING,
  /** No order at all. */
  HALTED
}
