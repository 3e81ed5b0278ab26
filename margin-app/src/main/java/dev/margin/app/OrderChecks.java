package dev.margin.app;

import static dev.margin.app.Refusals.add;

import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.Step;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;

/**
 * The reject path of the order check: every violation of an order against one symbol's rules at one
 * instant, each with its code, message, value and limit. Exact at any scale: the {@link Fixed}
 * integers where both sides have them, {@link BigDecimal} otherwise. {@link OrderValidator} comes
 * here only when its accept path could not accept the order; {@link Suggestions} comes here to
 * prove a candidate passes.
 */
final class OrderChecks {
  private final boolean priceBandCheck;
  private final PriceBandCheck bandCheck;

  OrderChecks(MarginApplicationConfig config) {
    this.priceBandCheck = config.priceBandCheck();
    this.bandCheck = new PriceBandCheck(config.maxMarkPriceAge().toMillis());
  }

  /**
   * Every violation of {@code order} against {@code entry} and its {@code band} at {@code now}, or
   * null if none.
   */
  Refusals check(OrderRequest order, SymbolEntry entry, Band band, long now) {
    Refusals refusals = null;
    if (!entry.tradingEnabled) {
      refusals =
          add(
              refusals,
              ViolationCode.TRADING_DISABLED,
              order.symbol() + " is not trading",
              null,
              null);
    }
    if (order.mode() == MarginMode.ISOLATED && !entry.isolatedTrading) {
      refusals =
          add(
              refusals,
              ViolationCode.ISOLATED_NOT_AVAILABLE,
              order.symbol()
                  + (entry.isolated == null
                      ? " is not an isolated-margin symbol"
                      : " is not trading in isolated margin"),
              null,
              null);
    }
    if (order.type() == OrderType.LIMIT) {
      refusals = checkLimit(order, entry, band, now, refusals);
    } else if (order.rawFunds() != null) {
      refusals = checkFunds(order.rawFunds(), order.fixedFunds, entry, refusals);
    } else {
      refusals = checkSize(order.rawSize(), order.fixedSize, entry, refusals);
    }
    refusals = OrderFieldChecks.check(order, refusals);
    return IcebergChecks.checkAgainst(entry.rules, order, refusals);
  }

  private Refusals checkLimit(
      OrderRequest order, SymbolEntry entry, Band band, long now, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    BigDecimal price = order.rawPrice();
    long ticks = Fixed.UNDECIDED;
    boolean pricePositive = price != null && price.signum() > 0;
    if (!pricePositive) {
      refusals =
          add(
              refusals,
              ViolationCode.PRICE_NOT_POSITIVE,
              price == null
                  ? "a limit order needs a price"
                  : "price " + price.toPlainString() + " is not positive",
              price,
              null);
    } else {
      ticks = multiples(price, order.fixedPrice, rules.priceIncrement(), entry.priceStep);
      if (ticks == Fixed.NOT_MULTIPLE) {
        refusals =
            add(
                refusals,
                ViolationCode.PRICE_INCREMENT,
                "price "
                    + price.toPlainString()
                    + " is not a multiple of the tick "
                    + rules.priceIncrement(),
                price,
                rules.priceIncrement().value());
      }
    }
    refusals = checkSize(order.rawSize(), order.fixedSize, entry, refusals);
    BigDecimal size = order.rawSize();
    if (pricePositive && size != null && size.signum() > 0) {
      int notional = compareNotional(order, entry);
      if (notional < 0) {
        BigDecimal value = price.multiply(size);
        refusals =
            add(
                refusals,
                ViolationCode.NOTIONAL_BELOW_MIN_FUNDS,
                "order value "
                    + value.toPlainString()
                    + " is below the minimum "
                    + rules.minFunds().toPlainString(),
                value,
                rules.minFunds());
      }
    }
    if (pricePositive && priceBandCheck) {
      refusals = bandCheck.check(order, entry, band, ticks, now, refusals);
    }
    return refusals;
  }

  private Refusals checkSize(
      BigDecimal size, Fixed fixedSize, SymbolEntry entry, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    if (size == null || size.signum() <= 0) {
      return add(
          refusals,
          ViolationCode.SIZE_NOT_POSITIVE,
          size == null
              ? "the order needs a size"
              : "size " + size.toPlainString() + " is not positive",
          size,
          null);
    }
    if (multiples(size, fixedSize, rules.baseIncrement(), entry.baseStep) == Fixed.NOT_MULTIPLE) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_INCREMENT,
              "size "
                  + size.toPlainString()
                  + " is not a multiple of the lot "
                  + rules.baseIncrement(),
              size,
              rules.baseIncrement().value());
    }
    if (compareBound(size, fixedSize, rules.baseMinSize(), entry.baseMin) < 0) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_BELOW_MIN,
              "size "
                  + size.toPlainString()
                  + " is below the minimum "
                  + rules.baseMinSize().toPlainString(),
              size,
              rules.baseMinSize());
    } else if (compareBound(size, fixedSize, rules.baseMaxSize(), entry.baseMax) > 0) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_ABOVE_MAX,
              "size "
                  + size.toPlainString()
                  + " is above the maximum "
                  + rules.baseMaxSize().toPlainString(),
              size,
              rules.baseMaxSize());
    }
    return refusals;
  }

  private Refusals checkFunds(
      BigDecimal funds, Fixed fixedFunds, SymbolEntry entry, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    if (funds.signum() <= 0) {
      return add(
          refusals,
          ViolationCode.FUNDS_NOT_POSITIVE,
          "funds " + funds.toPlainString() + " are not positive",
          funds,
          null);
    }
    if (multiples(funds, fixedFunds, rules.quoteIncrement(), entry.quoteStep)
        == Fixed.NOT_MULTIPLE) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_INCREMENT,
              "funds " + funds.toPlainString() + " are not a multiple of " + rules.quoteIncrement(),
              funds,
              rules.quoteIncrement().value());
    }
    if (compareBound(funds, fixedFunds, rules.quoteMinSize(), entry.quoteMin) < 0) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_BELOW_MIN,
              "funds "
                  + funds.toPlainString()
                  + " are below the minimum "
                  + rules.quoteMinSize().toPlainString(),
              funds,
              rules.quoteMinSize());
    } else if (compareBound(funds, fixedFunds, rules.quoteMaxSize(), entry.quoteMax) > 0) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_ABOVE_MAX,
              "funds "
                  + funds.toPlainString()
                  + " are above the maximum "
                  + rules.quoteMaxSize().toPlainString(),
              funds,
              rules.quoteMaxSize());
    }
    return refusals;
  }

  /**
   * How many increments make {@code value} (positive): a count, or {@link Fixed#NOT_MULTIPLE}. The
   * count is {@link Fixed#UNDECIDED} where only the exact path could decide and it found a multiple
   * (the count itself is then not needed by the caller).
   */
  private static long multiples(
      BigDecimal value, Fixed fixedValue, Increment increment, Step step) {
    if (fixedValue != null && step != null) {
      long ticks = step.ticks(fixedValue);
      if (ticks != Fixed.UNDECIDED) {
        return ticks;
      }
    }
    return increment.divides(value) ? Fixed.UNDECIDED : Fixed.NOT_MULTIPLE;
  }

  /** Compares a positive order value with a bound, on the fast path where both have one. */
  private static int compareBound(
      BigDecimal value, Fixed fixedValue, BigDecimal bound, Fixed fixedBound) {
    if (fixedValue != null && fixedBound != null) {
      return Fixed.compare(fixedValue, fixedBound);
    }
    return value.compareTo(bound);
  }

  private static int compareNotional(OrderRequest order, SymbolEntry entry) {
    if (order.fixedPrice != null && order.fixedSize != null && entry.minFunds != null) {
      int comparison = Fixed.compareProduct(order.fixedPrice, order.fixedSize, entry.minFunds);
      if (comparison != Integer.MIN_VALUE) {
        return comparison;
      }
    }
    return order.rawPrice().multiply(order.rawSize()).compareTo(entry.rules.minFunds());
  }
}
