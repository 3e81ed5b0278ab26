package dev.margin.app;

import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.TimeInForce;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Builds an {@link OrderRequest} field by field, with the names of KuCoin's margin order request
 * ({@code POST /api/v3/hf/margin/order}), from {@link OrderRequest#builder(Symbol, Side)} or {@link
 * OrderRequest#toBuilder()}:
 *
 * <pre>{@code
 * OrderRequest order = OrderRequest.builder(Symbol.parse("ETH-USDT"), Side.SELL)
 *     .limit(new BigDecimal("3100.5"), new BigDecimal("2"))
 *     .clientOid("grid-17")
 *     .iceberg(true).visibleSize(new BigDecimal("0.2"))
 *     .autoRepay(true)
 *     .build();
 * }</pre>
 *
 * <p>Any combination builds: the validator, not the builder, reports what KuCoin refuses (a market
 * order with both size and funds, {@code cancelAfter} without GTT, …), each with its code, so that
 * an order read from a file or a queue is answered, never thrown at. {@link #build()} refuses only
 * a null symbol, side, type or mode and decimals of absurd magnitude, as the factories do. Not
 * thread-safe; reusable: each {@link #build()} makes a new order.
 */
public final class OrderRequestBuilder {
  private final Symbol symbol;
  private final Side side;
  private OrderType type = OrderType.LIMIT;
  private MarginMode mode = MarginMode.CROSS;
  private BigDecimal price;
  private BigDecimal size;
  private BigDecimal funds;
  private String clientOid;
  private SelfTradePrevention stp;
  private TimeInForce timeInForce;
  private Long cancelAfter;
  private boolean postOnly;
  private boolean hidden;
  private boolean iceberg;
  private BigDecimal visibleSize;
  private boolean autoBorrow;
  private boolean autoRepay;

  OrderRequestBuilder(Symbol symbol, Side side) {
    this.symbol = symbol;
    this.side = side;
  }

  OrderRequestBuilder(OrderRequest from) {
    this(from.symbol(), from.side());
    type = from.type();
    mode = from.mode();
    price = from.rawPrice();
    size = from.rawSize();
    funds = from.rawFunds();
    OrderInstructions instructions = from.instructions;
    if (instructions != null) {
      clientOid = instructions.clientOid;
      stp = instructions.stp;
      timeInForce = instructions.timeInForce;
      cancelAfter = instructions.cancelAfter;
      postOnly = instructions.postOnly;
      hidden = instructions.hidden;
      iceberg = instructions.iceberg;
      visibleSize = instructions.visibleSize;
      autoBorrow = instructions.autoBorrow;
      autoRepay = instructions.autoRepay;
    }
  }

  /**
   * Makes it a limit order at {@code price} for {@code size}, without funds.
   *
   * @param price the limit price in the quote currency
   * @param size the size in the base currency
   * @return this builder
   */
  public OrderRequestBuilder limit(BigDecimal price, BigDecimal size) {
    return type(OrderType.LIMIT).price(price).size(size).funds(null);
  }

  /**
   * Makes it a market order for {@code size} in the base currency, without price or funds.
   *
   * @param size the size
   * @return this builder
   */
  public OrderRequestBuilder marketBySize(BigDecimal size) {
    return type(OrderType.MARKET).price(null).size(size).funds(null);
  }

  /**
   * Makes it a market order for {@code funds} in the quote currency, without price or size.
   *
   * @param funds the funds
   * @return this builder
   */
  public OrderRequestBuilder marketByFunds(BigDecimal funds) {
    return type(OrderType.MARKET).price(null).size(null).funds(funds);
  }

  /**
   * Sets KuCoin's {@code type}; {@link OrderType#LIMIT} until set.
   *
   * @param type limit or market
   * @return this builder
   */
  public OrderRequestBuilder type(OrderType type) {
    this.type = type;
    return this;
  }

  /**
   * Sets KuCoin's {@code isIsolated}: isolated margin when true, cross margin (until set) when
   * false.
   *
   * @param isolated whether the order is in isolated margin
   * @return this builder
   */
  public OrderRequestBuilder isolated(boolean isolated) {
    return mode(isolated ? MarginMode.ISOLATED : MarginMode.CROSS);
  }

  /**
   * Sets the margin mode; cross until set.
   *
   * @param mode cross or isolated
   * @return this builder
   */
  public OrderRequestBuilder mode(MarginMode mode) {
    this.mode = mode;
    return this;
  }

  /**
   * Sets KuCoin's {@code price}, the limit price in the quote currency; null for none.
   *
   * @param price the price
   * @return this builder
   */
  public OrderRequestBuilder price(BigDecimal price) {
    this.price = price;
    return this;
  }

  /**
   * Sets KuCoin's {@code size}, in the base currency; null for none.
   *
   * @param size the size
   * @return this builder
   */
  public OrderRequestBuilder size(BigDecimal size) {
    this.size = size;
    return this;
  }

  /**
   * Sets KuCoin's {@code funds}, in the quote currency; null for none.
   *
   * @param funds the funds
   * @return this builder
   */
  public OrderRequestBuilder funds(BigDecimal funds) {
    this.funds = funds;
    return this;
  }

  /**
   * Sets KuCoin's {@code clientOid}, the host's own id of the order; null for none.
   *
   * @param clientOid up to 40 characters of {@code A-Z a-z 0-9 _ -}, or the order is refused
   * @return this builder
   */
  public OrderRequestBuilder clientOid(String clientOid) {
    this.clientOid = clientOid;
    return this;
  }

  /**
   * Sets KuCoin's {@code stp}, the self-trade prevention; null for none.
   *
   * @param stp DC, CO, CN or CB
   * @return this builder
   */
  public OrderRequestBuilder stp(SelfTradePrevention stp) {
    this.stp = stp;
    return this;
  }

  /**
   * Sets KuCoin's {@code timeInForce}; null to leave it out (KuCoin's default is GTC).
   *
   * @param timeInForce GTC, GTT, IOC or FOK; limit orders only
   * @return this builder
   */
  public OrderRequestBuilder timeInForce(TimeInForce timeInForce) {
    this.timeInForce = timeInForce;
    return this;
  }

  /**
   * Sets KuCoin's {@code cancelAfter}: the order is cancelled after so many seconds.
   *
   * @param seconds 1 to 2,591,999; GTT orders only
   * @return this builder
   */
  public OrderRequestBuilder cancelAfter(long seconds) {
    this.cancelAfter = seconds;
    return this;
  }

  /**
   * Leaves KuCoin's {@code cancelAfter} out.
   *
   * @return this builder
   */
  public OrderRequestBuilder noCancelAfter() {
    this.cancelAfter = null;
    return this;
  }

  /**
   * Sets KuCoin's {@code postOnly}: the order only ever makes liquidity.
   *
   * @param postOnly whether it is post-only; not with IOC or FOK, limit orders only
   * @return this builder
   */
  public OrderRequestBuilder postOnly(boolean postOnly) {
    this.postOnly = postOnly;
    return this;
  }

  /**
   * Sets KuCoin's {@code hidden}: the order is not shown in the order book.
   *
   * @param hidden whether it is hidden; limit orders only
   * @return this builder
   */
  public OrderRequestBuilder hidden(boolean hidden) {
    this.hidden = hidden;
    return this;
  }

  /**
   * Sets KuCoin's {@code iceberg}: only {@link #visibleSize(BigDecimal)} of the order is shown at a
   * time.
   *
   * @param iceberg whether it is an iceberg; limit orders only, with a visible size
   * @return this builder
   */
  public OrderRequestBuilder iceberg(boolean iceberg) {
    this.iceberg = iceberg;
    return this;
  }

  /**
   * Sets KuCoin's {@code visibleSize}, the part of an iceberg order shown at a time, in the base
   * currency; null for none.
   *
   * @param visibleSize a size like any other (a multiple of the lot), at least 1/20 of the order's
   *     size and above the minimum order size, at most the order's size; iceberg orders only
   * @return this builder
   */
  public OrderRequestBuilder visibleSize(BigDecimal visibleSize) {
    this.visibleSize = visibleSize;
    return this;
  }

  /**
   * Sets KuCoin's {@code autoBorrow}: KuCoin borrows what the account lacks to place the order.
   *
   * @param autoBorrow whether to borrow
   * @return this builder
   */
  public OrderRequestBuilder autoBorrow(boolean autoBorrow) {
    this.autoBorrow = autoBorrow;
    return this;
  }

  /**
   * Sets KuCoin's {@code autoRepay}: what the fill brings in repays the account's debt.
   *
   * @param autoRepay whether to repay
   * @return this builder
   */
  public OrderRequestBuilder autoRepay(boolean autoRepay) {
    this.autoRepay = autoRepay;
    return this;
  }

  /**
   * The order.
   *
   * @return a new order
   * @throws NullPointerException if the type or mode is null
   * @throws IllegalArgumentException if a decimal has more than {@value OrderRequest#MAX_DIGITS}
   *     digits or an exponent beyond ±{@value OrderRequest#MAX_DIGITS}
   */
  public OrderRequest build() {
    return OrderRequest.of(
        symbol,
        side,
        Objects.requireNonNull(type, "type is null"),
        Objects.requireNonNull(mode, "mode is null"),
        price,
        size,
        funds,
        new OrderInstructions(
            clientOid,
            stp,
            timeInForce,
            cancelAfter,
            postOnly,
            hidden,
            iceberg,
            visibleSize,
            autoBorrow,
            autoRepay));
  }
}
