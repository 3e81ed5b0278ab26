package dev.margin.domain.model;

/** The type of an order. */
public enum OrderType {
  /** An order at a stated price, for a stated size. */
  LIMIT,
  /** An order at the market, for a size (base currency) or for funds (quote currency). */
  MARKET
}
