package dev.margin.domain.model;

import java.util.Objects;

/** The venue does not know the symbol (or leveraged-token currency) that was asked for. */
public final class NoSuchSymbolException extends MarketDataException {
  private static final long serialVersionUID = 1L;

  /** The symbol or currency asked for. */
  private final String symbol;

  /**
   * An exception for an unknown symbol.
   *
   * @param symbol the symbol or currency code asked for; never null
   * @param detail what the venue said, or null
   */
  public NoSuchSymbolException(String symbol, String detail) {
    super(
        "no such symbol: "
            + Objects.requireNonNull(symbol, "symbol is null")
            + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
        null);
    this.symbol = symbol;
  }

  /** {@return the symbol or currency code that was asked for, e.g. {@code BTC-USDT}} */
  public String symbol() {
    return symbol;
  }
}
