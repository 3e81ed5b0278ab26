package dev.margin.domain.model;

/**
 * Why an order is refused, by margin's checks before it is sent or by KuCoin when it answers: one
 * closed set of names for both, so a host treats KuCoin's refusal as it treats a local one. The
 * names are stable: hosts and scripts match on them. {@code OrderValidation} gives the codes up to
 * {@link #STP_DC_ON_MARKET}; the account's and the host's ({@link #INSUFFICIENT_BALANCE}, {@link
 * #BORROW_NOT_ALLOWED}, {@link #CLIENT_OID_MISSING}, {@link #DUPLICATE_CLIENT_OID} and those from
 * {@link #TRADING_HALTED} on) come from {@code PreTradeCheck}; KuCoin's answers can carry any of
 * them, and those only KuCoin gives ({@code KucoinRejections} in the HTTP adapter translates them).
 */
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
  RULES_STALE,
  /** A market order names both a size and funds; KuCoin takes one of the two. */
  SIZE_AND_FUNDS,
  /** The {@code clientOid} is longer than KuCoin's 40 characters. */
  CLIENT_OID_TOO_LONG,
  /**
   * The {@code clientOid} is empty or holds a character other than the letters, digits, {@code _}
   * and {@code -} KuCoin allows.
   */
  CLIENT_OID_ALPHABET,
  /** A market order names a time in force; KuCoin applies one to limit orders only. */
  TIME_IN_FORCE_ON_MARKET,
  /** The order names {@code cancelAfter} without the GTT time in force it requires. */
  CANCEL_AFTER_WITHOUT_GTT,
  /** {@code cancelAfter} is not between 1 second and 30 days (2,592,000 seconds, excluded). */
  CANCEL_AFTER_OUT_OF_RANGE,
  /** A post-only order with the IOC or FOK time in force, under which KuCoin disables post-only. */
  POST_ONLY_WITH_IOC_OR_FOK,
  /** A market order marked post-only; post-only is a limit order's flag. */
  POST_ONLY_ON_MARKET,
  /** A market order marked hidden; KuCoin hides limit orders only. */
  HIDDEN_ON_MARKET,
  /** A market order marked iceberg; KuCoin's iceberg orders are limit orders. */
  ICEBERG_ON_MARKET,
  /** An iceberg order without the visible size KuCoin needs. */
  ICEBERG_WITHOUT_VISIBLE_SIZE,
  /** A visible size on an order that is not an iceberg order. */
  VISIBLE_SIZE_WITHOUT_ICEBERG,
  /** The visible size is zero or negative. */
  VISIBLE_SIZE_NOT_POSITIVE,
  /** The visible size is not a multiple of the base increment (the lot). */
  VISIBLE_SIZE_INCREMENT,
  /**
   * The visible size is below 1/20 of the order's size, or not above the symbol's minimum order
   * size.
   */
  VISIBLE_SIZE_TOO_SMALL,
  /** The visible size is above the order's size. */
  VISIBLE_SIZE_ABOVE_SIZE,
  /** A market order with the DC self-trade prevention, which KuCoin does not support for them. */
  STP_DC_ON_MARKET,
  /** The order has no {@code clientOid}, which KuCoin's margin order requires. */
  CLIENT_OID_MISSING,
  /** The {@code clientOid} was used before. */
  DUPLICATE_CLIENT_OID,
  /** KuCoin's "Order size invalid": the size is refused, KuCoin does not say by which rule. */
  SIZE_INVALID,
  /** KuCoin's "Order funds invalid": the funds are refused, KuCoin does not say by which rule. */
  FUNDS_INVALID,
  /** KuCoin's "Order price invalid": the price is missing or refused. */
  PRICE_INVALID,
  /** The account lacks the balance the order holds. */
  INSUFFICIENT_BALANCE,
  /** Borrowing is not open to the account or the currency. */
  BORROW_NOT_ALLOWED,
  /** The borrow the order needs is above what may be borrowed. */
  BORROW_LIMIT_EXCEEDED,
  /** A position limit of the account or of the platform is reached. */
  POSITION_LIMIT,
  /** The account has as many open orders as KuCoin allows. */
  TOO_MANY_OPEN_ORDERS,
  /** The account is frozen, restricted or not allowed to trade the symbol from its region. */
  ACCOUNT_RESTRICTED,
  /** The request's credentials, signature, IP or permissions were refused. */
  AUTH_FAILED,
  /** Too many requests: the rate limit is spent. */
  RATE_LIMITED,
  /** The exchange failed or is unavailable; the order may be sent again later. */
  EXCHANGE_UNAVAILABLE,
  /** A parameter of the request is refused, for a reason KuCoin's answer does not name. */
  INVALID_PARAMETER,
  /** A refusal no other code describes; its KuCoin code and message are kept with it. */
  UNKNOWN_REJECTION,
  /** The host halted trading: no order may be sent. */
  TRADING_HALTED,
  /** The host lets only orders that reduce exposure through, and this one does not. */
  REDUCING_ONLY,
  /** The order's size is above the host's limit for the symbol. */
  SIZE_ABOVE_LIMIT,
  /** The order's value is above the host's limit for the symbol. */
  ORDER_VALUE_ABOVE_LIMIT,
  /**
   * The order raises the debt ratio and would leave the position in a status beyond the host's
   * limit.
   */
  STATUS_ABOVE_LIMIT,
  /** The order does not trade in the position it is checked against (mode or isolated symbol). */
  POSITION_MISMATCH
}
