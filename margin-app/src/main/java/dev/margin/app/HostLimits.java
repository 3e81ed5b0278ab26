package dev.margin.app;

import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.util.List;

/** The host's maximum order value and size for a symbol ({@link PreTradeLimits}). */
final class HostLimits {
  private HostLimits() {}

  /** Adds the refusals of an order against the limits; its amounts may be null (unknown). */
  static void check(
      OrderRequest order,
      AccountCheck.Amounts amounts,
      PreTradeLimits limits,
      List<Violation> violations) {
    if (amounts == null) {
      return;
    }
    BigDecimal maxSize = limits.maxSize(order.symbol());
    if (maxSize != null && amounts.size().compareTo(maxSize) > 0) {
      violations.add(
          new Violation(
              ViolationCode.SIZE_ABOVE_LIMIT,
              "size "
                  + plain(amounts.size())
                  + " is above the limit "
                  + plain(maxSize)
                  + " "
                  + order.symbol().base(),
              amounts.size(),
              maxSize));
    }
    BigDecimal maxValue = limits.maxOrderValue(order.symbol());
    if (maxValue != null && amounts.value().compareTo(maxValue) > 0) {
      violations.add(
          new Violation(
              ViolationCode.ORDER_VALUE_ABOVE_LIMIT,
              "order value "
                  + plain(amounts.value())
                  + " is above the limit "
                  + plain(maxValue)
                  + " "
                  + order.symbol().quote(),
              amounts.value(),
              maxValue));
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
