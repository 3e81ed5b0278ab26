package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks and canonical forms shared by the value records. */
final class Decimals {
  private Decimals() {}

  /**
   * The canonical form of a measured value: trailing zeros stripped, zero as {@link
   * BigDecimal#ZERO}, so that record equality does not depend on how the wire spelled the number.
   */
  static BigDecimal canonical(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  static BigDecimal nonNegative(BigDecimal value, String name) {
    Objects.requireNonNull(value, () -> name + " is null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value.toPlainString());
    }
    return canonical(value);
  }

  static BigDecimal positive(BigDecimal value, String name) {
    Objects.requireNonNull(value, () -> name + " is null");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " is not positive: " + value.toPlainString());
    }
    return canonical(value);
  }

  /** {@link #nonNegative}, and within {@link DecimalBounds}: for what a host hands over. */
  static BigDecimal boundedNonNegative(BigDecimal value, String name) {
    return nonNegative(DecimalBounds.check(value, name), name);
  }

  /** {@link #positive}, and within {@link DecimalBounds}: for what a host hands over. */
  static BigDecimal boundedPositive(BigDecimal value, String name) {
    return positive(DecimalBounds.check(value, name), name);
  }

  static void notAbove(BigDecimal low, String lowName, BigDecimal high, String highName) {
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          lowName
              + " ("
              + low.toPlainString()
              + ") is above "
              + highName
              + " ("
              + high.toPlainString()
              + ")");
    }
  }

  static String text(String value, String name) {
    Objects.requireNonNull(value, () -> name + " is null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
