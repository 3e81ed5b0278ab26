package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The nearest valid values for a refused order: computed on the reject path only. */
final class Suggestions {
  private Suggestions() {}

  static OrderSuggestion suggest(
      OrderRequest order,
      SymbolEntry entry,
      List<Violation> violations,
      MarginApplicationConfig config) {
    Set<ViolationCode> codes = EnumSet.noneOf(ViolationCode.class);
    for (Violation violation : violations) {
      codes.add(violation.code());
    }
    CrossMarginSymbol rules = entry.rules;
    BigDecimal price = null;
    BigDecimal size = null;
    BigDecimal funds = null;
    if (order.type() == OrderType.LIMIT
        && (codes.contains(ViolationCode.PRICE_INCREMENT)
            || codes.contains(ViolationCode.PRICE_OUTSIDE_LIMIT))) {
      price = price(order, entry, config);
    }
    if (codes.contains(ViolationCode.SIZE_INCREMENT)
        || codes.contains(ViolationCode.SIZE_BELOW_MIN)
        || codes.contains(ViolationCode.SIZE_ABOVE_MAX)) {
      size =
          within(order.rawSize(), rules.baseIncrement(), rules.baseMinSize(), rules.baseMaxSize());
    }
    if (codes.contains(ViolationCode.FUNDS_INCREMENT)
        || codes.contains(ViolationCode.FUNDS_BELOW_MIN)
        || codes.contains(ViolationCode.FUNDS_ABOVE_MAX)) {
      funds =
          within(
              order.rawFunds(), rules.quoteIncrement(), rules.quoteMinSize(), rules.quoteMaxSize());
    }
    if (codes.contains(ViolationCode.NOTIONAL_BELOW_MIN_FUNDS)) {
      BigDecimal limitPrice = price != null ? price : order.rawPrice();
      size = sizeForMinFunds(limitPrice, size != null ? size : order.rawSize(), rules);
    }
    return new OrderSuggestion(price, size, funds);
  }

  /** The tick nearest the price on the order's safe side, moved inside the band if need be. */
  private static BigDecimal price(
      OrderRequest order, SymbolEntry entry, MarginApplicationConfig config) {
    Increment tick = entry.rules.priceIncrement();
    boolean buy = order.side() == Side.BUY;
    BigDecimal rounded = OrderValidator.roundToTick(tick, order.rawPrice(), order.side());
    if (config.priceBandCheck() && entry.reference != null) {
      BigDecimal edge = buy ? entry.maxBuyPrice : entry.minSellPrice;
      if (buy ? rounded.compareTo(edge) > 0 : rounded.compareTo(edge) < 0) {
        rounded = edge;
      }
    }
    return rounded.signum() > 0 ? rounded.stripTrailingZeros() : null;
  }

  /** The multiple of {@code step} nearest {@code value} within {@code [min, max]}, or null. */
  static BigDecimal within(BigDecimal value, Increment step, BigDecimal min, BigDecimal max) {
    if (value == null || value.signum() <= 0) {
      return null;
    }
    BigDecimal lowest = step.round(min.signum() > 0 ? min : step.value(), RoundingMode.CEILING);
    BigDecimal highest = step.round(max, RoundingMode.FLOOR);
    if (lowest.compareTo(highest) > 0) {
      return null;
    }
    BigDecimal rounded = step.round(value, RoundingMode.FLOOR);
    if (rounded.compareTo(lowest) < 0) {
      return lowest;
    }
    return rounded.compareTo(highest) > 0 ? highest : rounded;
  }

  /** The smallest valid size at {@code price} whose value reaches the minimum funds, or null. */
  private static BigDecimal sizeForMinFunds(
      BigDecimal price, BigDecimal size, CrossMarginSymbol rules) {
    if (price == null || price.signum() <= 0 || size == null || size.signum() <= 0) {
      return null;
    }
    Increment lot = rules.baseIncrement();
    BigDecimal lots = rules.minFunds().divide(price.multiply(lot.value()), 0, RoundingMode.CEILING);
    BigDecimal needed = lots.multiply(lot.value());
    BigDecimal lowest =
        within(needed.max(lot.value()), lot, rules.baseMinSize(), rules.baseMaxSize());
    if (lowest == null || lowest.compareTo(needed) < 0) {
      return null;
    }
    return lowest.stripTrailingZeros();
  }
}
