package dev.margin.app;

import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An order about to be placed, as the validator sees it. Immutable and thread-safe.
 *
 * <p>Its shape is checked here (a limit order has a price and a size; a market order has a size or
 * funds, not both); its values are not: a zero, negative or missing price or size is the
 * validator's to report. Decimals of absurd magnitude (more than {@value #MAX_DIGITS} digits or an
 * exponent beyond ±{@value #MAX_DIGITS}, the {@link DecimalBounds} every decimal from a host is
 * held to) are refused here, so that no check ever computes with them.
 *
 * <pre>{@code
 * OrderRequest order = OrderRequest.limit(Symbol.parse("BTC-USDT"), Side.BUY,
 *     new BigDecimal("30000.1"), new BigDecimal("0.001"));
 * OrderRequest isolated = order.inMode(MarginMode.ISOLATED);
 * }</pre>
 */
public final class OrderRequest {

  /**
   * The most digits, and the largest exponent, a decimal of an order may have: {@link
   * DecimalBounds#MAX_DIGITS}, the bound on every decimal a host hands over.
   */
  public static final int MAX_DIGITS = DecimalBounds.MAX_DIGITS;

  private final Symbol symbol;
  private final Side side;
  private final OrderType type;
  private final MarginMode mode;
  private final BigDecimal price;
  private final BigDecimal size;
  private final BigDecimal funds;

  /** {@code symbol.hashCode()}, computed once. */
  final int symbolHash;

  /** The symbol's packed code for the symbol table, computed once. */
  final long symbolCode;

  final Fixed fixedPrice;
  final Fixed fixedSize;
  final Fixed fixedFunds;

  private OrderRequest(
      Symbol symbol,
      Side side,
      OrderType type,
      MarginMode mode,
      BigDecimal price,
      BigDecimal size,
      BigDecimal funds) {
    this.symbol = Objects.requireNonNull(symbol, "symbol is null");
    this.side = Objects.requireNonNull(side, "side is null");
    this.type = Objects.requireNonNull(type, "type is null");
    this.mode = Objects.requireNonNull(mode, "mode is null");
    this.price = sane(price, "price");
    this.size = sane(size, "size");
    this.funds = sane(funds, "funds");
    // the factories give every order its shape: a limit order a price and a size, a market
    // order a size or funds
    this.symbolHash = symbol.hashCode();
    this.symbolCode = PackedCode.of(symbol);
    this.fixedPrice = Fixed.of(price);
    this.fixedSize = Fixed.of(size);
    this.fixedFunds = Fixed.of(funds);
  }

  /**
   * A cross-margin limit order.
   *
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @param price the limit price in the quote currency; null only to have it reported
   * @param size the size in the base currency; null only to have it reported
   * @return the order
   * @throws IllegalArgumentException if a decimal is of absurd magnitude
   */
  public static OrderRequest limit(Symbol symbol, Side side, BigDecimal price, BigDecimal size) {
    return new OrderRequest(symbol, side, OrderType.LIMIT, MarginMode.CROSS, price, size, null);
  }

  /**
   * A cross-margin market order for a size in the base currency.
   *
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @param size the size in the base currency; never null
   * @return the order
   */
  public static OrderRequest marketBySize(Symbol symbol, Side side, BigDecimal size) {
    Objects.requireNonNull(size, "size is null");
    return new OrderRequest(symbol, side, OrderType.MARKET, MarginMode.CROSS, null, size, null);
  }

  /**
   * A cross-margin market order for funds in the quote currency.
   *
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @param funds the funds in the quote currency; never null
   * @return the order
   */
  public static OrderRequest marketByFunds(Symbol symbol, Side side, BigDecimal funds) {
    Objects.requireNonNull(funds, "funds is null");
    return new OrderRequest(symbol, side, OrderType.MARKET, MarginMode.CROSS, null, null, funds);
  }

  /**
   * This order in another margin mode.
   *
   * @param mode cross or isolated; never null
   * @return the order in that mode
   */
  public OrderRequest inMode(MarginMode mode) {
    return new OrderRequest(symbol, side, type, mode, price, size, funds);
  }

  private static BigDecimal sane(BigDecimal value, String name) {
    return value == null ? null : DecimalBounds.check(value, name);
  }

  /** {@return the pair} */
  public Symbol symbol() {
    return symbol;
  }

  /** {@return buy or sell} */
  public Side side() {
    return side;
  }

  /** {@return limit or market} */
  public OrderType type() {
    return type;
  }

  /** {@return cross or isolated} */
  public MarginMode mode() {
    return mode;
  }

  /** {@return the limit price, if any} */
  public Optional<BigDecimal> price() {
    return Optional.ofNullable(price);
  }

  /** {@return the size in the base currency, if any} */
  public Optional<BigDecimal> size() {
    return Optional.ofNullable(size);
  }

  /** {@return the funds in the quote currency, if any (market orders by funds)} */
  public Optional<BigDecimal> funds() {
    return Optional.ofNullable(funds);
  }

  BigDecimal rawPrice() {
    return price;
  }

  BigDecimal rawSize() {
    return size;
  }

  BigDecimal rawFunds() {
    return funds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderRequest o
        && symbol.equals(o.symbol)
        && side == o.side
        && type == o.type
        && mode == o.mode
        && Objects.equals(price, o.price)
        && Objects.equals(size, o.size)
        && Objects.equals(funds, o.funds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(symbol, side, type, mode, price, size, funds);
  }

  @Override
  public String toString() {
    return type
        + " "
        + side
        + " "
        + symbol
        + " ("
        + mode
        + ")"
        + (price == null ? "" : " price " + price.toPlainString())
        + (size == null ? "" : " size " + size.toPlainString())
        + (funds == null ? "" : " funds " + funds.toPlainString());
  }
}
