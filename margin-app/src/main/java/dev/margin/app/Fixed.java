package dev.margin.app;

import java.math.BigDecimal;

/**
 * A decimal as {@code unscaled × 10^-scale} with an unscaled value that fits in a {@code long}, so
 * that the hot path can decide multiples and comparisons with integer arithmetic and no allocation.
 * Decimals too long for that have no {@code Fixed} form and take the exact {@link BigDecimal} path.
 */
final class Fixed {
  /** {@code ticks} found that the value is not a multiple of the step. */
  static final long NOT_MULTIPLE = Long.MIN_VALUE;

  /** {@code ticks} could not decide with {@code long} arithmetic. */
  static final long UNDECIDED = Long.MIN_VALUE + 1;

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    long power = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = power;
      power *= 10;
    }
  }

  final long unscaled;
  final int scale;

  private Fixed(long unscaled, int scale) {
    this.unscaled = unscaled;
    this.scale = scale;
  }

  /** The fixed form of {@code value}, or null if its unscaled value does not fit in a long. */
  static Fixed of(BigDecimal value) {
    if (value == null || value.precision() > 18) {
      return null;
    }
    return new Fixed(value.unscaledValue().longValueExact(), value.scale());
  }

  /**
   * How many {@code step}s make {@code value}, for a positive {@code value} and {@code step}: a
   * non-negative count, {@link #NOT_MULTIPLE}, or {@link #UNDECIDED} when long arithmetic would
   * overflow.
   */
  static long ticks(Fixed value, Fixed step) {
    int shift = step.scale - value.scale;
    if (shift >= 0) {
      // value / step = value.unscaled * 10^shift / step.unscaled
      long scaled = multiplyByPowerOfTen(value.unscaled, shift);
      if (scaled == UNDECIDED) {
        return UNDECIDED;
      }
      return scaled % step.unscaled == 0 ? scaled / step.unscaled : NOT_MULTIPLE;
    }
    // value / step = value.unscaled / (step.unscaled * 10^-shift)
    long divisor = multiplyByPowerOfTen(step.unscaled, -shift);
    if (divisor == UNDECIDED) {
      return NOT_MULTIPLE; // the divisor exceeds any long, so only zero would divide
    }
    return value.unscaled % divisor == 0 ? value.unscaled / divisor : NOT_MULTIPLE;
  }

  /**
   * Compares {@code a × b} with {@code c}, all non-negative: negative, zero or positive as the
   * product is below, equal to or above {@code c}; {@link Integer#MIN_VALUE} when long arithmetic
   * cannot decide.
   */
  static int compareProduct(Fixed a, Fixed b, Fixed c) {
    if (Math.multiplyHigh(a.unscaled, b.unscaled) != 0 || a.unscaled * b.unscaled < 0) {
      return Integer.MIN_VALUE;
    }
    long product = a.unscaled * b.unscaled;
    int productScale = a.scale + b.scale;
    int shift = productScale - c.scale;
    if (shift >= 0) {
      long scaledC = multiplyByPowerOfTen(c.unscaled, shift);
      return scaledC == UNDECIDED ? -1 : Long.compare(product, scaledC);
    }
    long scaledProduct = multiplyByPowerOfTen(product, -shift);
    return scaledProduct == UNDECIDED ? 1 : Long.compare(scaledProduct, c.unscaled);
  }

  /** {@code value × 10^power} for a non-negative value, or {@link #UNDECIDED} on overflow. */
  static long multiplyByPowerOfTen(long value, int power) {
    if (power == 0 || value == 0) {
      return value;
    }
    if (power >= POWERS_OF_TEN.length) {
      return UNDECIDED;
    }
    long factor = POWERS_OF_TEN[power];
    long high = Math.multiplyHigh(value, factor);
    long low = value * factor;
    return high != 0 || low < 0 ? UNDECIDED : low;
  }
}
