package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
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
  private AccountCheck() {}

  /** The account's part of a verdict, and the change the order makes, where it was projected. */
  record Outcome(
      List<Violation> violations,
      PreTradeVerdict.Borrow borrow,
      PreTradeVerdict.After after,
      AccountState.Change change) {}

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
      reference = market.checkingValuer().reference(order.symbol());
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
      AccountState account,
      OrderRequest order,
      Amounts amounts,
      RiskStatus highestStatus,
      RiskMarket market) {
    List<Violation> violations = new ArrayList<>();
    Symbol symbol = order.symbol();
    boolean buy = order.side() == Side.BUY;
    Currency held = buy ? symbol.quote() : symbol.base();
    BigDecimal holds = buy ? amounts.value() : amounts.size();
    BigDecimal has = account.asset(held);
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
      Permissions.checkBorrow(account.position(), held, market)
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
    AccountState.Change change;
    try {
      change = changes(account, order, amounts, borrow == null ? null : shortfall);
    } catch (ValuationException unvalued) {
      violations.add(
          new Violation(ViolationCode.MARK_PRICE_UNAVAILABLE, unvalued.getMessage(), null, null));
      return new Outcome(violations, borrow, null, null);
    }
    Thresholds thresholds = market.thresholds(account.position());
    BigDecimal assetsBefore = account.assetsInBtc();
    BigDecimal liabilitiesBefore = account.liabilitiesInBtc();
    BigDecimal assetsAfter = change.assetsInBtc();
    BigDecimal liabilitiesAfter = change.liabilitiesInBtc();
    RiskStatus status = thresholds.status(assetsAfter, liabilitiesAfter);
    PreTradeVerdict.After after = new PreTradeVerdict.After(assetsAfter, liabilitiesAfter, status);
    // whether the order raises the ratio matters only beyond the limit: decided there only
    if (status.compareTo(highestStatus) > 0
        && compareRatios(assetsAfter, liabilitiesAfter, assetsBefore, liabilitiesBefore) > 0) {
      Optional<BigDecimal> ratio = after.debtRatio();
      violations.add(
          new Violation(
              ViolationCode.STATUS_ABOVE_LIMIT,
              "the position would be "
                  + status
                  + " at a debt ratio of "
                  + ratio.map(AccountCheck::plain).orElse("infinity")
                  + " (from "
                  + Thresholds.ratio(assetsBefore, liabilitiesBefore)
                      .map(AccountCheck::plain)
                      .orElse("infinity")
                  + "), beyond the limit "
                  + highestStatus,
              ratio.orElse(null),
              null));
    }
    return new Outcome(violations, borrow, after, change);
  }

  /** The borrow, the fill at the order's (or the reference) price, and the repayment. */
  private static AccountState.Change changes(
      AccountState account, OrderRequest order, Amounts amounts, BigDecimal borrowed) {
    Symbol symbol = order.symbol();
    boolean buy = order.side() == Side.BUY;
    Currency base = symbol.base();
    Currency quote = symbol.quote();
    AccountState.Change change = account.change();
    if (borrowed != null) {
      Currency held = buy ? quote : base;
      change.asset(held, borrowed).liability(held, borrowed);
    }
    if (buy) {
      change.asset(quote, amounts.value().negate()).asset(base, amounts.size());
    } else {
      change.asset(base, amounts.size().negate()).asset(quote, amounts.value());
    }
    if (order.autoRepay()) {
      Currency received = buy ? base : quote;
      BigDecimal brought = buy ? amounts.size() : amounts.value();
      BigDecimal repay = account.liability(received).min(brought);
      if (repay.signum() > 0) {
        change.asset(received, repay.negate()).liability(received, repay.negate());
      }
    }
    return change;
  }

  /**
   * Whether the order reduces the position's exposure to its base currency: a sell of at most the
   * base held net of its debt, or a buy of at most the base owed net of what is held.
   */
  static boolean reducesExposure(AccountState account, OrderRequest order, Amounts amounts) {
    if (amounts == null
        || (account.mode() == MarginMode.ISOLATED && !order.symbol().equals(account.symbol()))) {
      return false;
    }
    Currency base = order.symbol().base();
    BigDecimal net = account.asset(base).subtract(account.liability(base));
    BigDecimal size = amounts.size();
    return order.side() == Side.SELL
        ? net.signum() > 0 && size.compareTo(net) <= 0
        : net.signum() < 0 && size.compareTo(net.negate()) <= 0;
  }

  /**
   * Compares the debt ratios of two pairs of totals exactly, by cross-multiplying: no debt is a
   * ratio of 0, debt without assets the highest of all.
   */
  static int compareRatios(
      BigDecimal assets,
      BigDecimal liabilities,
      BigDecimal otherAssets,
      BigDecimal otherLiabilities) {
    boolean infinite = liabilities.signum() > 0 && assets.signum() <= 0;
    boolean otherInfinite = otherLiabilities.signum() > 0 && otherAssets.signum() <= 0;
    if (infinite || otherInfinite) {
      return Boolean.compare(infinite, otherInfinite);
    }
    if (liabilities.signum() == 0 || otherLiabilities.signum() == 0) {
      return Integer.compare(liabilities.signum(), otherLiabilities.signum());
    }
    return liabilities.multiply(otherAssets).compareTo(otherLiabilities.multiply(assets));
  }

  private static boolean positive(BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
