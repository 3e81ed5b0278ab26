package dev.margin.app;

import static dev.margin.app.Refusals.add;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;

/**
 * KuCoin's rules on an iceberg order's visible size: an iceberg needs one, only an iceberg has one,
 * and it is a size like any other (positive, a multiple of the lot), at least 1/20 of the order's
 * size, above the minimum order size and at most the order's size. The sources are in {@code
 * docs/ORDER-RULES.md}.
 */
final class IcebergChecks {
  /** The order's size over its smallest visible size. */
  private static final BigDecimal VISIBLE_PARTS = BigDecimal.valueOf(20);

  private IcebergChecks() {}

  static Refusals check(OrderRequest order, OrderInstructions fields, Refusals refusals) {
    BigDecimal visible = fields.visibleSize;
    if (fields.iceberg && visible == null) {
      refusals =
          add(
              refusals,
              ViolationCode.ICEBERG_WITHOUT_VISIBLE_SIZE,
              "an iceberg order needs a visible size",
              null,
              null);
    }
    if (visible == null) {
      return refusals;
    }
    if (!fields.iceberg) {
      refusals =
          add(
              refusals,
              ViolationCode.VISIBLE_SIZE_WITHOUT_ICEBERG,
              "a visible size " + visible.toPlainString() + " on an order that is not an iceberg",
              visible,
              null);
    }
    if (visible.signum() <= 0) {
      return add(
          refusals,
          ViolationCode.VISIBLE_SIZE_NOT_POSITIVE,
          "visible size " + visible.toPlainString() + " is not positive",
          visible,
          null);
    }
    BigDecimal size = order.rawSize();
    if (size != null && size.signum() > 0 && visible.compareTo(size) > 0) {
      refusals =
          add(
              refusals,
              ViolationCode.VISIBLE_SIZE_ABOVE_SIZE,
              "visible size "
                  + visible.toPlainString()
                  + " is above the order's size "
                  + size.toPlainString(),
              visible,
              size);
    }
    return refusals;
  }

  /**
   * Adds the refusals of the visible size against the symbol's rules: a multiple of the lot, at
   * least 1/20 of the order's size, above the minimum order size.
   */
  static Refusals checkAgainst(CrossMarginSymbol rules, OrderRequest order, Refusals refusals) {
    BigDecimal visible = order.instructions == null ? null : order.instructions.visibleSize;
    if (visible == null || visible.signum() <= 0) {
      return refusals;
    }
    if (!rules.baseIncrement().divides(visible)) {
      refusals =
          add(
              refusals,
              ViolationCode.VISIBLE_SIZE_INCREMENT,
              "visible size "
                  + visible.toPlainString()
                  + " is not a multiple of the lot "
                  + rules.baseIncrement(),
              visible,
              rules.baseIncrement().value());
    }
    BigDecimal size = order.rawSize();
    BigDecimal twentieth =
        size == null || size.signum() <= 0
            ? BigDecimal.ZERO
            : size.divide(VISIBLE_PARTS).stripTrailingZeros();
    if (visible.compareTo(twentieth) < 0) {
      refusals =
          add(
              refusals,
              ViolationCode.VISIBLE_SIZE_TOO_SMALL,
              "visible size "
                  + visible.toPlainString()
                  + " is below 1/20 of the size, "
                  + twentieth.toPlainString(),
              visible,
              twentieth);
    } else if (visible.compareTo(rules.baseMinSize()) <= 0) {
      refusals =
          add(
              refusals,
              ViolationCode.VISIBLE_SIZE_TOO_SMALL,
              "visible size "
                  + visible.toPlainString()
                  + " is not above the minimum order size "
                  + rules.baseMinSize().toPlainString(),
              visible,
              rules.baseMinSize());
    }
    return refusals;
  }
}
