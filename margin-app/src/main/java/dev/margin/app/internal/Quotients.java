package dev.margin.app.internal;

import java.math.BigDecimal;

/**
 * Exact quotients of positive decimals held as unscaled longs and scales, rounded to an integer,
 * for the price band: the count of ticks below a price, worked out in longs where every step fits
 * and left to {@code BigDecimal} (by {@link #UNDECIDED}) where one does not.
 */
public final class Quotients {
  /** The answer where a step leaves the range of a long: decide with {@code BigDecimal}. */
  public static final long UNDECIDED = Long.MIN_VALUE;

  private Quotients() {}

  /**
   * The unscaled value of a positive decimal of at most 18 digits.
   *
   * @return its unscaled value; -1 if it is not positive or has more digits
   */
  public static long unscaled(BigDecimal value) {
    return value.signum() > 0 && value.precision() <= 18 ? value.unscaledValue().longValue() : -1;
  }

  /**
   * {@code a × b} of two positive longs.
   *
   * @return the product; -1 if either is not positive or the product leaves a long
   */
  public static long times(long a, long b) {
    if (a <= 0 || b <= 0) {
      return -1;
    }
    long product = a * b;
    return Math.multiplyHigh(a, b) != 0 || product < 0 ? -1 : product;
  }

  /**
   * {@code x / y} rounded down, or up where {@code ceiling}, for {@code x = xUnscaled × 10^-xScale}
   * and {@code y = yUnscaled × 10^-yScale}, both positive.
   *
   * @return the integer quotient; {@link #UNDECIDED} if an unscaled value is not positive or a step
   *     leaves the range of a long
   */
  public static long divide(
      long xUnscaled, long xScale, long yUnscaled, long yScale, boolean ceiling) {
    if (xUnscaled <= 0 || yUnscaled <= 0) {
      return UNDECIDED;
    }
    // x / y = xUnscaled × 10^(yScale - xScale) / yUnscaled
    long exponent = yScale - xScale;
    long dividend = xUnscaled;
    long divisor = yUnscaled;
    if (exponent >= PowersOfTen.COUNT || -exponent >= PowersOfTen.COUNT) {
      return UNDECIDED;
    }
    if (exponent >= 0) {
      dividend = times(xUnscaled, PowersOfTen.of((int) exponent));
    } else {
      divisor = times(yUnscaled, PowersOfTen.of((int) -exponent));
    }
    if (dividend < 0 || divisor < 0) {
      return UNDECIDED;
    }
    long quotient = dividend / divisor;
    return ceiling && quotient * divisor != dividend ? quotient + 1 : quotient;
  }
}
