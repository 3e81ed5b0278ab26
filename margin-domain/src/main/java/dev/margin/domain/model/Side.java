package dev.margin.domain.model;

/** The side of an order. */
public enum Side {
  /** Buys the base currency with the quote currency. */
  BUY,
  /** Sells the base currency for the quote currency. */
  SELL
}
