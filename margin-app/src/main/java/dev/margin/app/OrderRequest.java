package dev.margin.app;

import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.TimeInForce;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A KuCoin margin order about to be placed, whole: symbol, side, type, mode and amounts, and the
 * fields of KuCoin's order request beyond them ({@code clientOid}, {@code stp}, {@code
 * timeInForce}, {@code cancelAfter}, {@code postOnly}, {@code hidden}, {@code iceberg}, {@code
 * visibleSize}, {@code autoBorrow}, {@code autoRepay}). Immutable and thread-safe.
 *
 * <p>The factories give an order its shape (a limit order has a price and a size; a market order
 * has a size or funds, not both); {@link #builder(Symbol, Side)} builds any combination of KuCoin's
 * fields, as a host reading orders from elsewhere needs. Values are not checked here: a zero,
 * negative or missing price or size, and every combination KuCoin refuses, is the validator's to
 * report. Decimals of absurd magnitude (more than {@value #MAX_DIGITS} digits or an exponent beyond
 * ±{@value #MAX_DIGITS}, the {@link DecimalBounds} every decimal from a host is held to) are
 * refused here, so that no check ever computes with them.
 *
 * <pre>{@code
 * OrderRequest order = OrderRequest.limit(Symbol.parse("BTC-USDT"), Side.BUY,
 *     new BigDecimal("30000.1"), new BigDecimal("0.001"));
 * OrderRequest isolated = order.inMode(MarginMode.ISOLATED);
 * OrderRequest whole = OrderRequest.builder(Symbol.parse("BTC-USDT"), Side.BUY)
 *     .limit(new BigDecimal("30000.1"), new BigDecimal("0.001"))
 *     .clientOid("5c52e11203aa677f33e493fb")
 *     .timeInForce(TimeInForce.GTT).cancelAfter(60)
 *     .autoBorrow(true)
 *     .build();
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

  /** The fields beyond the amounts; null when the order leaves them all out. */
  final OrderInstructions instructions;

  /** {@code symbol.hashCode()}, computed once. */
  final int symbolHash;

  /** The symbol's packed code for the symbol table, computed once. */
  final long symbolCode;

  final Fixed fixedPrice;
  final Fixed fixedSize;
  final Fixed fixedFunds;

  /**
   * Whether the fields beyond the amounts break no rule and leave nothing to check against the
   * symbol: the accept path may decide the order alone. Decided once, when the order is built.
   */
  final boolean plainFields;

  private OrderRequest(
      Symbol symbol,
      Side side,
      OrderType type,
      MarginMode mode,
      BigDecimal price,
      BigDecimal size,
      BigDecimal funds,
      OrderInstructions instructions) {
    this.symbol = Objects.requireNonNull(symbol, "symbol is null");
    this.side = Objects.requireNonNull(side, "side is null");
    this.type = Objects.requireNonNull(type, "type is null");
    this.mode = Objects.requireNonNull(mode, "mode is null");
    this.price = sane(price, "price");
    this.size = sane(size, "size");
    this.funds = sane(funds, "funds");
    this.instructions = instructions == null || instructions.isEmpty() ? null : instructions;
    // the factories give every order its shape: a limit order a price and a size, a market
    // order a size or funds
    this.symbolHash = symbol.hashCode();
    this.symbolCode = PackedCode.of(symbol);
    this.fixedPrice = Fixed.of(price);
    this.fixedSize = Fixed.of(size);
    this.fixedFunds = Fixed.of(funds);
    this.plainFields = OrderFieldChecks.plain(this);
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
    return new OrderRequest(
        symbol, side, OrderType.LIMIT, MarginMode.CROSS, price, size, null, null);
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
    return new OrderRequest(
        symbol, side, OrderType.MARKET, MarginMode.CROSS, null, size, null, null);
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
    return new OrderRequest(
        symbol, side, OrderType.MARKET, MarginMode.CROSS, null, null, funds, null);
  }

  /**
   * This order in another margin mode.
   *
   * @param mode cross or isolated; never null
   * @return the order in that mode
   */
  public OrderRequest inMode(MarginMode mode) {
    return new OrderRequest(symbol, side, type, mode, price, size, funds, instructions);
  }

  /**
   * A builder of any KuCoin margin order for {@code symbol} and {@code side}: a cross-margin limit
   * order with no price, size or funds and every other field left out, until set.
   *
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @return a new builder
   */
  public static OrderRequestBuilder builder(Symbol symbol, Side side) {
    return new OrderRequestBuilder(
        Objects.requireNonNull(symbol, "symbol is null"),
        Objects.requireNonNull(side, "side is null"));
  }

  /**
   * A builder holding this order, to change some of it.
   *
   * @return a new builder
   */
  public OrderRequestBuilder toBuilder() {
    return new OrderRequestBuilder(this);
  }

  /** The order {@link OrderRequestBuilder#build()} makes; checks what the factories check. */
  static OrderRequest of(
      Symbol symbol,
      Side side,
      OrderType type,
      MarginMode mode,
      BigDecimal price,
      BigDecimal size,
      BigDecimal funds,
      OrderInstructions instructions) {
    return new OrderRequest(symbol, side, type, mode, price, size, funds, instructions);
  }

  /** This order's fields beyond the amounts, or none: for a candidate that keeps them. */
  OrderRequest withInstructionsOf(OrderRequest other) {
    return other.instructions == instructions
        ? this
        : new OrderRequest(symbol, side, type, mode, price, size, funds, other.instructions);
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

  /** {@return KuCoin's {@code clientOid}, if the order names one} */
  public Optional<String> clientOid() {
    return Optional.ofNullable(clientOidOrNull());
  }

  /** The {@code clientOid} or null, for the checks' loops. */
  String clientOidOrNull() {
    return instructions == null ? null : instructions.clientOid;
  }

  /** {@return KuCoin's {@code stp}, the self-trade prevention, if the order names one} */
  public Optional<SelfTradePrevention> stp() {
    return Optional.ofNullable(instructions == null ? null : instructions.stp);
  }

  /** {@return KuCoin's {@code timeInForce}, if the order names one (KuCoin's default is GTC)} */
  public Optional<TimeInForce> timeInForce() {
    return Optional.ofNullable(instructions == null ? null : instructions.timeInForce);
  }

  /** {@return KuCoin's {@code cancelAfter} in seconds, if the order names one} */
  public OptionalLong cancelAfter() {
    return instructions == null || instructions.cancelAfter == null
        ? OptionalLong.empty()
        : OptionalLong.of(instructions.cancelAfter);
  }

  /** {@return whether the order is post-only (maker only)} */
  public boolean postOnly() {
    return instructions != null && instructions.postOnly;
  }

  /** {@return whether the order is hidden from the order book} */
  public boolean hidden() {
    return instructions != null && instructions.hidden;
  }

  /** {@return whether the order is an iceberg, showing only {@link #visibleSize()} at a time} */
  public boolean iceberg() {
    return instructions != null && instructions.iceberg;
  }

  /** {@return the visible size of an iceberg order in the base currency, if any} */
  public Optional<BigDecimal> visibleSize() {
    return Optional.ofNullable(instructions == null ? null : instructions.visibleSize);
  }

  /** {@return whether KuCoin is to borrow what the account lacks to place the order} */
  public boolean autoBorrow() {
    return instructions != null && instructions.autoBorrow;
  }

  /** {@return whether KuCoin is to repay debt from what the order's fill brings in} */
  public boolean autoRepay() {
    return instructions != null && instructions.autoRepay;
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
        && Objects.equals(funds, o.funds)
        && Objects.equals(instructions, o.instructions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(symbol, side, type, mode, price, size, funds, instructions);
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
        + (funds == null ? "" : " funds " + funds.toPlainString())
        + (instructions == null ? "" : instructions.toString());
  }
}
