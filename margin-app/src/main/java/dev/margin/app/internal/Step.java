package dev.margin.app.internal;

import dev.margin.domain.model.Increment;

/**
 * An increment prepared for the hot path: deciding whether a value is a multiple of it, and how
 * many, with a multiplication by a modular inverse instead of a division.
 *
 * <p>Both the increment and the value are held without trailing zeros. Then a value with more
 * decimals than the increment is never a multiple of it, and otherwise {@code value / step =
 * value.unscaled × 10^(step.scale - value.scale) / step.unscaled}, an exact division by a constant
 * d: with {@code d = 2^k × m}, m odd, the product of a multiple of d with the inverse of m modulo
 * 2^64, rotated right by k, is the quotient, and for any other value it is above {@code (2^64 - 1)
 * / d} (Granlund and Montgomery, 1994; Warren, Hacker's Delight, 10-17).
 */
public final class Step {
  /** The increment this step decides multiples of. */
  public final Increment increment;

  private final int scale;
  private final int twos;
  private final long oddInverse;
  private final long quotientLimit;

  private Step(Increment increment, Fixed fixed) {
    this.increment = increment;
    long unscaled = fixed.unscaled;
    this.scale = fixed.scale;
    this.twos = Long.numberOfTrailingZeros(unscaled);
    this.oddInverse = inverse(unscaled >>> twos);
    this.quotientLimit = Long.divideUnsigned(-1L, unscaled);
  }

  /** The prepared increment, or null if its unscaled value does not fit in a long. */
  public static Step of(Increment increment) {
    Fixed fixed = Fixed.of(increment.value());
    return fixed == null ? null : new Step(increment, fixed);
  }

  /**
   * How many increments make the positive {@code value}: a count, {@link Fixed#NOT_MULTIPLE}, or
   * {@link Fixed#UNDECIDED} when a long would overflow.
   */
  public long ticks(Fixed value) {
    int shift = scale - value.scale;
    if (shift < 0) {
      return Fixed.NOT_MULTIPLE;
    }
    long scaled = Fixed.multiplyByPowerOfTen(value.unscaled, shift);
    if (scaled == Fixed.UNDECIDED) {
      return Fixed.UNDECIDED;
    }
    // a multiple's product with the odd part's inverse is the quotient shifted up by the twos;
    // anything else, rotated back, lands above the largest quotient
    long quotient = Long.rotateRight(scaled * oddInverse, twos);
    return Long.compareUnsigned(quotient, quotientLimit) <= 0 ? quotient : Fixed.NOT_MULTIPLE;
  }

  /** The inverse of an odd number modulo 2^64, by Newton's iteration (each doubles the bits). */
  static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 5; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }
}
