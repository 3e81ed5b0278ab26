package dev.margin.app;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The nearest values that would pass the checks that failed: each present only where the order's
 * own value was refused and a valid one exists. Never applied silently: the caller decides.
 */
public final class OrderSuggestion {
  private final BigDecimal price;
  private final BigDecimal size;
  private final BigDecimal funds;

  OrderSuggestion(BigDecimal price, BigDecimal size, BigDecimal funds) {
    this.price = price;
    this.size = size;
    this.funds = funds;
  }

  /** {@return the nearest valid limit price (buys rounded down, sells up), if one is suggested} */
  public Optional<BigDecimal> price() {
    return Optional.ofNullable(price);
  }

  /** {@return the nearest valid size, if one is suggested} */
  public Optional<BigDecimal> size() {
    return Optional.ofNullable(size);
  }

  /** {@return the nearest valid funds, if one is suggested} */
  public Optional<BigDecimal> funds() {
    return Optional.ofNullable(funds);
  }

  boolean isEmpty() {
    return price == null && size == null && funds == null;
  }

  @Override
  public String toString() {
    return "OrderSuggestion[price="
        + plain(price)
        + ", size="
        + plain(size)
        + ", funds="
        + plain(funds)
        + "]";
  }

  private static String plain(BigDecimal value) {
    return value == null ? "-" : value.toPlainString();
  }
}
