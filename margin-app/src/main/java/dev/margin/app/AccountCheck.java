package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an order does to the account: what it holds (a buy price x size or the funds of the quote, a
 * sell its size of the base), the shortfall and the borrow {@code autoBorrow} makes of it, whether
 * borrowing that currency is allowed, and the debt ratio and status after the borrow, the fill and,
 * with {@code autoRepay}, the repayment. A market order is valued at the reference (mark) price.
 * Orders that raise the debt ratio may not leave the position worse than the host's limit; orders
 * that lower it are never refused for risk.
 */
final class AccountCheck {
  /** The ratio is the same in any currency; BTC needs no conversion of the values. */
  private static final Currency RATIO_CURRENCY = Currency.BTC;

  private AccountCheck() {}

  /** The account's part of a verdict, and the position after the order where it may be sent. */
  record Outcome(
      List<Violation> violations,
      PreTradeVerdict.Borrow borrow,
      PreTradeVerdict.After after,
      MarginPosition position) {}

  /** The order's size, value and price, at the reference price for a market order. */
  record Amounts(BigDecimal size, BigDecimal value, BigDecimal price) {}

  /**
   * The size, value and price of an order whose amounts are positive, or null where the rules
   * refuse them or no reference prices a market order.
   */
  static Amounts amounts(OrderRequest order, RiskMarket market) {
    BigDecimal price = order.rawPrice();
    BigDecimal size = order.rawSize();
    BigDecimal funds = order.rawFunds();
    if (order.type() == OrderType.LIMIT) {
      return positive(price) && positive(size)
          ? new Amounts(size, price.multiply(size), price)
          : null;
    }
    ReferencePrice reference;
    try {
      reference = market.valuer().reference(order.symbol());
    } catch (ValuationException stale) {
      return null;
    }
    if (reference == null) {
      return null;
    }
    BigDecimal mark =
        reference
            .numerator()
            .divide(reference.denominator(), Valuer.PRECISION)
            .stripTrailingZeros();
    if (funds != null) {
      return positive(funds) && mark.signum() > 0
          ? new Amounts(funds.divide(mark, Valuer.PRECISION), funds, mark)
          : null;
    }
    return positive(size) ? new Amounts(size, size.multiply(mark), mark) : null;
  }

  static Outcome check(
      MarginPosition position,
      OrderRequest order,
      Amounts amounts,
      RiskStatus highestStatus,
      RiskMarket market) {
    List<Violation> violations = new ArrayList<>();
    Symbol symbol = order.symbol();
    boolean buy = order.side() == Side.BUY;
    Currency held = buy ? symbol.quote() : symbol.base();
    BigDecimal holds = buy ? amounts.value() : amounts.size();
    BigDecimal has = position.asset(held);
    BigDecimal shortfall = holds.subtract(has);
    PreTradeVerdict.Borrow borrow = null;
    if (shortfall.signum() > 0) {
      if (!order.autoBorrow()) {
        violations.add(
            new Violation(
                ViolationCode.INSUFFICIENT_BALANCE,
                "the order holds "
                    + plain(holds)
                    + " "
                    + held
                    + " but the position has "
                    + plain(has)
                    + " (autoBorrow would borrow "
                    + plain(shortfall)
                    + ")",
                holds,
                has));
        return new Outcome(violations, null, null, null);
      }
      borrow = new PreTradeVerdict.Borrow(held, shortfall);
      Permissions.checkBorrow(position, held, market)
          .ifPresent(
              refusal ->
                  violations.add(
                      new Violation(
                          ViolationCode.BORROW_NOT_ALLOWED,
                          "autoBorrow would borrow "
                              + plain(shortfall)
                              + " "
                              + held
                              + ", but "
                              + refusal.message(),
                          shortfall,
                          null)));
    }
    RiskProjection projection;
    try {
      projection =
          WhatIf.project(
              position, changes(position, order, amounts, borrow), RATIO_CURRENCY, market);
    } catch (ValuationException unvalued) {
      violations.add(
          new Violation(ViolationCode.MARK_PRICE_UNAVAILABLE, unvalued.getMessage(), null, null));
      return new Outcome(violations, borrow, null, null);
    }
    if (!projection.refusals().isEmpty() || projection.after().isEmpty()) {
      for (RiskRefusal refusal : projection.refusals()) {
        violations.add(
            new Violation(ViolationCode.INSUFFICIENT_BALANCE, refusal.message(), null, null));
      }
      return new Outcome(violations, borrow, null, null);
    }
    RiskAssessment before = projection.before();
    RiskAssessment after = projection.after().orElseThrow();
    boolean raises = compareRatios(after.debtRatio(), before.debtRatio()) > 0;
    if (raises && after.status().compareTo(highestStatus) > 0) {
      violations.add(
          new Violation(
              ViolationCode.STATUS_ABOVE_LIMIT,
              "the position would be "
                  + after.status()
                  + " at a debt ratio of "
                  + after.debtRatio().map(AccountCheck::plain).orElse("infinity")
                  + " (from "
                  + before.debtRatio().map(AccountCheck::plain).orElse("infinity")
                  + "), beyond the limit "
                  + highestStatus,
              after.debtRatio().orElse(null),
              null));
    }
    return new Outcome(
        violations,
        borrow,
        new PreTradeVerdict.After(after.debtRatio(), after.status()),
        projection.position().orElseThrow());
  }

  /** The borrow, the fill at the order's (or the reference) price, and the repayment. */
  private static List<PositionChange> changes(
      MarginPosition position, OrderRequest order, Amounts amounts, PreTradeVerdict.Borrow borrow) {
    List<PositionChange> changes = new ArrayList<>(3);
    if (borrow != null) {
      changes.add(new PositionChange.Borrow(borrow.currency(), borrow.amount()));
    }
    Symbol symbol = order.symbol();
    changes.add(new PositionChange.Fill(symbol, order.side(), amounts.price(), amounts.size()));
    if (order.autoRepay()) {
      boolean buy = order.side() == Side.BUY;
      Currency received = buy ? symbol.base() : symbol.quote();
      BigDecimal brought = buy ? amounts.size() : amounts.value();
      BigDecimal repay = position.liability(received).min(brought);
      if (repay.signum() > 0) {
        changes.add(new PositionChange.Repay(received, repay));
      }
    }
    return changes;
  }

  /**
   * Whether the order reduces the position's exposure to its base currency: a sell of at most the
   * base held net of its debt, or a buy of at most the base owed net of what is held.
   */
  static boolean reducesExposure(MarginPosition position, OrderRequest order, Amounts amounts) {
    if (amounts == null
        || (position.mode() == MarginMode.ISOLATED && !order.symbol().equals(position.symbol()))) {
      return false;
    }
    Currency base = order.symbol().base();
    BigDecimal net = position.asset(base).subtract(position.liability(base));
    BigDecimal size = amounts.size();
    return order.side() == Side.SELL
        ? net.signum() > 0 && size.compareTo(net) <= 0
        : net.signum() < 0 && size.compareTo(net.negate()) <= 0;
  }

  /** Compares two debt ratios, none (no assets) being the highest. */
  private static int compareRatios(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    return a.get().compareTo(b.get());
  }

  private static boolean positive(BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
