package dev.margin.app.internal;

import java.math.BigDecimal;

/**
 * A decimal as {@code unscaled × 10^-scale} with an unscaled value that fits in a {@code long}, so
 * that the hot path can decide multiples and comparisons with integer arithmetic and no allocation.
 * Decimals too long for that have no {@code Fixed} form and take the exact {@link BigDecimal} path.
 */
public final class Fixed {
  /** {@code ticks} found that the value is not a multiple of the step. */
  public static final long NOT_MULTIPLE = Long.MIN_VALUE;

  /** {@code ticks} could not decide with {@code long} arithmetic. */
  public static final long UNDECIDED = Long.MIN_VALUE + 1;

  /** The digits: the value is {@code unscaled × 10^-scale}. */
  public final long unscaled;

  /** The power of ten the digits are divided by. */
  public final int scale;

  private Fixed(long unscaled, int scale) {
    this.unscaled = unscaled;
    this.scale = scale;
  }

  /**
   * The fixed form of {@code value} without trailing zeros (so that a value with more decimals than
   * an increment is never a multiple of it), or null if the unscaled value does not fit in a long.
   */
  public static Fixed of(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal fitting = value.precision() <= 18 ? value : value.stripTrailingZeros();
    if (fitting.precision() > 18) {
      return null;
    }
    long unscaled = fitting.unscaledValue().longValue();
    if (unscaled == 0) {
      return new Fixed(0, 0);
    }
    // the trailing zeros stripped in long arithmetic, without another BigDecimal
    int scale = fitting.scale();
    while (unscaled % 10 == 0 && scale > Integer.MIN_VALUE) {
      unscaled /= 10;
      scale--;
    }
    return new Fixed(unscaled, scale);
  }

  /**
   * Compares two non-negative values: negative, zero or positive as {@code a} is below, equal to or
   * above {@code b}.
   */
  public static int compare(Fixed a, Fixed b) {
    if (a.scale == b.scale) {
      return Long.compare(a.unscaled, b.unscaled);
    }
    if (a.scale < b.scale) {
      long scaledA = multiplyByPowerOfTen(a.unscaled, b.scale - a.scale);
      return scaledA == UNDECIDED ? 1 : Long.compare(scaledA, b.unscaled);
    }
    long scaledB = multiplyByPowerOfTen(b.unscaled, a.scale - b.scale);
    return scaledB == UNDECIDED ? -1 : Long.compare(a.unscaled, scaledB);
  }

  /**
   * Compares {@code a × b} with {@code c}, all non-negative: negative, zero or positive as the
   * product is below, equal to or above {@code c}; {@link Integer#MIN_VALUE} when 128-bit
   * arithmetic cannot decide. Both sides are compared as exact 128-bit integers at one scale.
   */
  public static int compareProduct(Fixed a, Fixed b, Fixed c) {
    long productHigh = Math.multiplyHigh(a.unscaled, b.unscaled);
    long productLow = a.unscaled * b.unscaled;
    int shift = a.scale + b.scale - c.scale;
    if (shift < 0 || shift >= PowersOfTen.COUNT) {
      return shift < 0 && productHigh == 0 && productLow >= 0
          ? compareScaled(productLow, -shift, c.unscaled)
          : Integer.MIN_VALUE;
    }
    long factor = PowersOfTen.of(shift);
    long boundHigh = Math.multiplyHigh(c.unscaled, factor);
    long boundLow = c.unscaled * factor;
    int high = Long.compare(productHigh, boundHigh);
    return high != 0 ? high : Long.compareUnsigned(productLow, boundLow);
  }

  private static int compareScaled(long value, int power, long other) {
    long scaled = multiplyByPowerOfTen(value, power);
    return scaled == UNDECIDED
        ? (value == 0 ? Long.compare(0, other) : 1)
        : Long.compare(scaled, other);
  }

  /** {@code value × 10^power} for a non-negative value, or {@link #UNDECIDED} on overflow. */
  public static long multiplyByPowerOfTen(long value, int power) {
    // no shortcut for power 0: a branch the data decides costs more than a multiplication by 1
    if (power >= PowersOfTen.COUNT) {
      return value == 0 ? 0 : UNDECIDED;
    }
    long factor = PowersOfTen.of(power);
    long high = Math.multiplyHigh(value, factor);
    long low = value * factor;
    return high != 0 || low < 0 ? UNDECIDED : low;
  }
}
