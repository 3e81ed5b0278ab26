package dev.margin.domain.model;

import java.math.BigDecimal;

/** Checks and canonical forms shared by the value records. */
final class Decimals {
  private Decimals() {}

  /**
   * The canonical form of a measured value: trailing zeros stripped, zero as {@link
   * BigDecimal#ZERO}, so that record equality does not depend on how the wire spelled the number.
   */
  static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return endsInZero(value) ? value.stripTrailingZeros() : value;
  }

  /**
   * Whether the unscaled value ends in a zero, so that stripping would change it; a value already
   * canonical is kept as it is rather than copied. Up to 18 digits without a {@code BigInteger}.
   */
  private static boolean endsInZero(BigDecimal value) {
    if (value.precision() > 18) {
      return true; // stripTrailingZeros copies or keeps it, as it finds
    }
    return value.scaleByPowerOfTen(value.scale()).longValue() % 10 == 0;
  }

  /** {@code value}, or a {@link NullPointerException} saying {@code "<name> is null"}. */
  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " is null");
    }
    return value;
  }

  static BigDecimal nonNegative(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value.toPlainString());
    }
    return canonical(value);
  }

  static BigDecimal positive(BigDecimal value, String name) {
    notNull(value, name);
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
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
