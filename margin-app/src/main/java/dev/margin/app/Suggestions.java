package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The nearest valid order to a refused one: computed on the reject path only.
 *
 * <p>The whole order is solved for at once, not one failed rule at a time: the price is rounded to
 * the tick on the order's safe side and moved inside the band; the size is rounded down to the lot
 * and clamped between the smallest size that meets both the minimum size and the minimum order
 * value at that price, and the largest size; where no size at that price reaches the minimum order
 * value, the price rises to the lowest tick at which the largest size does, if the band allows it.
 * The candidate is then validated again, whole: a suggestion is only ever an order that passes, and
 * where there is none the reason says why.
 */
final class Suggestions {
  private Suggestions() {}

  /** A suggestion, or the reason there is none. */
  record Outcome(OrderSuggestion suggestion, String reason) {
    static Outcome none(String reason) {
      return new Outcome(null, reason);
    }
  }

  /** Codes that no change of price, size or funds can clear: the market's and the fields'. */
  private static final Set<ViolationCode> NOT_BY_NUMBERS =
      EnumSet.of(
          ViolationCode.UNKNOWN_SYMBOL,
          ViolationCode.TRADING_DISABLED,
          ViolationCode.ISOLATED_NOT_AVAILABLE,
          ViolationCode.MARK_PRICE_UNAVAILABLE,
          ViolationCode.MARK_PRICE_STALE,
          ViolationCode.RULES_UNAVAILABLE,
          ViolationCode.RULES_STALE,
          ViolationCode.SIZE_AND_FUNDS,
          ViolationCode.CLIENT_OID_TOO_LONG,
          ViolationCode.CLIENT_OID_ALPHABET,
          ViolationCode.TIME_IN_FORCE_ON_MARKET,
          ViolationCode.CANCEL_AFTER_WITHOUT_GTT,
          ViolationCode.CANCEL_AFTER_OUT_OF_RANGE,
          ViolationCode.POST_ONLY_WITH_IOC_OR_FOK,
          ViolationCode.POST_ONLY_ON_MARKET,
          ViolationCode.HIDDEN_ON_MARKET,
          ViolationCode.ICEBERG_ON_MARKET,
          ViolationCode.ICEBERG_WITHOUT_VISIBLE_SIZE,
          ViolationCode.VISIBLE_SIZE_WITHOUT_ICEBERG,
          ViolationCode.VISIBLE_SIZE_NOT_POSITIVE,
          ViolationCode.VISIBLE_SIZE_INCREMENT,
          ViolationCode.VISIBLE_SIZE_TOO_SMALL,
          ViolationCode.VISIBLE_SIZE_ABOVE_SIZE,
          ViolationCode.STP_DC_ON_MARKET);

  /** The reason a violation that no number clears leaves no suggestion. */
  static String notByNumbers(Violation violation) {
    return "no price, size or funds clears " + violation.code() + " (" + violation.message() + ")";
  }

  /**
   * The nearest order that {@code valid} accepts, or the reason there is none.
   *
   * @param priceBand the symbol's band in the snapshot the order is checked on
   * @param band whether the price band is checked
   * @param valid the whole check, on the same snapshot and at the same time as the order's
   */
  static Outcome suggest(
      OrderRequest order,
      SymbolEntry entry,
      Band priceBand,
      List<Violation> violations,
      boolean band,
      Predicate<OrderRequest> valid) {
    for (Violation violation : violations) {
      if (NOT_BY_NUMBERS.contains(violation.code())) {
        return Outcome.none(notByNumbers(violation));
      }
    }
    Candidate found;
    try {
      found =
          order.type() == OrderType.LIMIT
              ? limit(order, entry, priceBand, band)
              : market(order, entry);
    } catch (IllegalArgumentException beyondBounds) {
      return Outcome.none("the nearest valid values are beyond what an order may hold");
    }
    if (found.reason() != null) {
      return Outcome.none(found.reason());
    }
    OrderRequest candidate = found.order();
    candidate = candidate.inMode(order.mode()).withInstructionsOf(order);
    if (!valid.test(candidate)) {
      return Outcome.none("no valid order was found near this one");
    }
    return new Outcome(
        new OrderSuggestion(
            changed(order.rawPrice(), candidate.rawPrice()),
            changed(order.rawSize(), candidate.rawSize()),
            changed(order.rawFunds(), candidate.rawFunds())),
        null);
  }

  /** An order to validate again, or the reason there is none. */
  private record Candidate(OrderRequest order, String reason) {
    static Candidate none(String reason) {
      return new Candidate(null, reason);
    }
  }

  /** The nearest valid market order, by funds or by size, or the reason there is none. */
  private static Candidate market(OrderRequest order, SymbolEntry entry) {
    CrossMarginSymbol rules = entry.rules;
    if (order.rawFunds() != null) {
      BigDecimal funds =
          nearest(
              order.rawFunds(), rules.quoteIncrement(), rules.quoteMinSize(), rules.quoteMaxSize());
      return funds == null
          ? Candidate.none(noMultiple("funds", order.rawFunds(), rules.quoteIncrement(), rules))
          : new Candidate(OrderRequest.marketByFunds(order.symbol(), order.side(), funds), null);
    }
    BigDecimal size =
        nearest(order.rawSize(), rules.baseIncrement(), rules.baseMinSize(), rules.baseMaxSize());
    return size == null
        ? Candidate.none(noMultiple("size", order.rawSize(), rules.baseIncrement(), rules))
        : new Candidate(OrderRequest.marketBySize(order.symbol(), order.side(), size), null);
  }

  /** The nearest valid limit order, or the reason there is none. */
  private static Candidate limit(
      OrderRequest order, SymbolEntry entry, Band priceBand, boolean band) {
    CrossMarginSymbol rules = entry.rules;
    BigDecimal price = order.rawPrice();
    BigDecimal size = order.rawSize();
    if (price == null || price.signum() <= 0) {
      return Candidate.none("no positive price to start from");
    }
    if (size == null || size.signum() <= 0) {
      return Candidate.none("no positive size to start from");
    }
    Increment tick = rules.priceIncrement();
    Increment lot = rules.baseIncrement();
    boolean buy = order.side() == Side.BUY;
    boolean banded = band && priceBand.reference != null;
    BigDecimal highestPrice = banded && buy ? priceBand.maxBuyPrice() : null;
    BigDecimal p = OrderRounding.price(rules, price, order.side());
    if (p.signum() <= 0) {
      p = tick.value();
    }
    if (banded) {
      p = buy ? p.min(priceBand.maxBuyPrice()) : p.max(priceBand.minSellPrice());
      if (p.signum() <= 0) {
        return Candidate.none("the price band admits no positive buy price");
      }
    }
    BigDecimal lowestSize = lot.round(rules.baseMinSize().max(lot.value()), RoundingMode.CEILING);
    BigDecimal highestSize = lot.round(rules.baseMaxSize(), RoundingMode.FLOOR);
    if (lowestSize.compareTo(highestSize) > 0) {
      return Candidate.none(noMultiple("size", size, lot, rules));
    }
    if (lowestAt(p, lowestSize, lot, rules).compareTo(highestSize) > 0) {
      // no size at this price reaches the minimum order value: the lowest price at which the
      // largest size does
      BigDecimal raised =
          rules
              .minFunds()
              .divide(highestSize.multiply(tick.value()), 0, RoundingMode.CEILING)
              .multiply(tick.value());
      if (highestPrice != null && raised.compareTo(highestPrice) > 0) {
        return Candidate.none(
            "no size up to "
                + plain(highestSize)
                + " reaches the minimum order value "
                + plain(rules.minFunds())
                + " at a price within the band (at most "
                + plain(highestPrice)
                + ")");
      }
      p = raised.max(p);
    }
    BigDecimal s =
        clamp(
            lot.round(size, RoundingMode.FLOOR), lowestAt(p, lowestSize, lot, rules), highestSize);
    return new Candidate(
        OrderRequest.limit(order.symbol(), order.side(), p.stripTrailingZeros(), s), null);
  }

  /** The smallest size at {@code price} that meets the minimum size and the minimum value. */
  private static BigDecimal lowestAt(
      BigDecimal price, BigDecimal lowestSize, Increment lot, CrossMarginSymbol rules) {
    BigDecimal forValue =
        rules
            .minFunds()
            .divide(price.multiply(lot.value()), 0, RoundingMode.CEILING)
            .multiply(lot.value());
    return lowestSize.max(forValue);
  }

  /** The multiple of {@code step} nearest {@code value} within {@code [min, max]}, or null. */
  private static BigDecimal nearest(
      BigDecimal value, Increment step, BigDecimal min, BigDecimal max) {
    if (value == null || value.signum() <= 0) {
      return null;
    }
    BigDecimal lowest = step.round(min.max(step.value()), RoundingMode.CEILING);
    BigDecimal highest = step.round(max, RoundingMode.FLOOR);
    if (lowest.compareTo(highest) > 0) {
      return null;
    }
    return clamp(step.round(value, RoundingMode.FLOOR), lowest, highest);
  }

  private static BigDecimal clamp(BigDecimal value, BigDecimal lowest, BigDecimal highest) {
    return value.max(lowest).min(highest).stripTrailingZeros();
  }

  private static String noMultiple(
      String what, BigDecimal value, Increment step, CrossMarginSymbol rules) {
    if (value == null || value.signum() <= 0) {
      return "no positive " + what + " to start from";
    }
    boolean size = what.equals("size");
    return "no multiple of "
        + step
        + " lies between the minimum "
        + plain(size ? rules.baseMinSize() : rules.quoteMinSize())
        + " and the maximum "
        + plain(size ? rules.baseMaxSize() : rules.quoteMaxSize());
  }

  /** The suggested value where it differs from the order's own, else null. */
  private static BigDecimal changed(BigDecimal own, BigDecimal suggested) {
    if (suggested == null || (own != null && own.compareTo(suggested) == 0)) {
      return null;
    }
    return suggested.stripTrailingZeros();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
