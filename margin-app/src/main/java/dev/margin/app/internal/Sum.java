package dev.margin.app.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact sum of products {@code amount × price}, all non-negative, kept as a 128-bit integer at
 * one scale while the terms fit, and as a {@link BigDecimal} from the first term that does not.
 * Same result as adding {@code amount.multiply(price)} in {@code BigDecimal}, without a {@code
 * BigInteger} per term. Not thread-safe.
 */
public final class Sum {
  private long high;
  private long low;
  private int scale;
  private BigDecimal exact;

  /**
   * Adds {@code amount × price}.
   *
   * @param amount non-negative
   * @param price non-negative, as {@code priceUnscaled × 10^-priceScale} when {@code priceUnscaled
   *     >= 0}, else only as {@code price}
   */
  public void add(BigDecimal amount, BigDecimal price, long priceUnscaled, int priceScale) {
    if (exact == null && priceUnscaled >= 0 && amount.precision() <= 18) {
      long amountUnscaled = amount.unscaledValue().longValue();
      if (addProduct(amountUnscaled, amount.scale(), priceUnscaled, priceScale)) {
        return;
      }
    }
    BigDecimal term = amount.multiply(price);
    exact = exact == null ? value().add(term) : exact.add(term);
  }

  private boolean addProduct(long a, int aScale, long b, int bScale) {
    long termHigh = Math.multiplyHigh(a, b);
    long termLow = a * b;
    int termScale = aScale + bScale;
    if (high == 0 && low == 0) {
      scale = termScale;
    }
    if (termScale > scale) {
      long[] shifted = times(high, low, termScale - scale);
      if (shifted == null) {
        return false;
      }
      high = shifted[0];
      low = shifted[1];
      scale = termScale;
    } else if (termScale < scale) {
      long[] shifted = times(termHigh, termLow, scale - termScale);
      if (shifted == null) {
        return false;
      }
      termHigh = shifted[0];
      termLow = shifted[1];
    }
    long sumLow = low + termLow;
    long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
    long sumHigh = high + termHigh + carry;
    if (sumHigh < 0 || sumHigh < high) {
      return false;
    }
    high = sumHigh;
    low = sumLow;
    return true;
  }

  /** {@code (high, low) × 10^power}, or null if it leaves 127 bits. */
  private static long[] times(long high, long low, int power) {
    if (power >= PowersOfTen.COUNT || power < 0) {
      return null;
    }
    long factor = PowersOfTen.of(power);
    long lowHigh = Math.multiplyHigh(low, factor) + ((low >> 63) & factor);
    long newLow = low * factor;
    if (Math.multiplyHigh(high, factor) != 0) {
      return null;
    }
    long highTimes = high * factor;
    long newHigh = highTimes + lowHigh;
    if (highTimes < 0 || newHigh < 0 || newHigh < highTimes) {
      return null;
    }
    return new long[] {newHigh, newLow};
  }

  /** Whether every term so far fitted the 128-bit sum: for tests of the fast path. */
  public boolean inIntegers() {
    return exact == null;
  }

  /** The sum so far, exactly. */
  public BigDecimal value() {
    if (exact != null) {
      return exact;
    }
    if (high == 0 && low >= 0) {
      return BigDecimal.valueOf(low, scale);
    }
    BigInteger unscaled =
        BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
    return new BigDecimal(unscaled, scale);
  }
}
