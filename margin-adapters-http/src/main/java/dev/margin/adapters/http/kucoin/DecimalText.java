package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;

/**
 * Reads a decimal from the characters the parser holds, exactly and without a {@code String} or a
 * {@code double}, straight into the canonical form {@link WireItem#decimal} gives: trailing zeros
 * stripped, zero as {@link BigDecimal#ZERO}, within {@link WireItem#MAX_PRECISION} digits and a
 * scale of {@link WireItem#MAX_ABS_SCALE} either way.
 *
 * <p>Only the plain form is read: {@code -?digits(.digits)?([eE][+-]?digits)?}, ASCII digits, an
 * exponent of at most four digits, at most {@value #MAX_LENGTH} characters. Anything else, or a
 * value {@link WireItem#decimal} would refuse, reads as null, and the caller leaves the body to the
 * path that reads it through {@link BigDecimal#BigDecimal(String)} and says what is wrong.
 */
final class DecimalText {

  /** The longest text read; KuCoin's decimals are a few digits. */
  static final int MAX_LENGTH = 64;

  /** Significant digits that always fit a {@code long}. */
  private static final int LONG_DIGITS = 18;

  private static final int MAX_EXPONENT_DIGITS = 4;

  private DecimalText() {}

  /**
   * The canonical decimal written in {@code text[offset, offset + length)}, or null where it is not
   * in the plain form or outside the bounds.
   */
  static BigDecimal canonical(char[] text, int offset, int length) {
    if (length <= 0 || length > MAX_LENGTH) {
      return null;
    }
    int i = offset;
    int end = offset + length;
    boolean negative = text[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int significant = 0;
    int digits = 0;
    int fraction = 0;
    boolean inFraction = false;
    for (; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (inFraction) {
          fraction++;
        }
        if (significant > 0 || c != '0') {
          significant++;
          if (significant <= LONG_DIGITS) {
            unscaled = unscaled * 10 + (c - '0');
          }
        }
      } else if (c == '.' && !inFraction && digits > 0) {
        inFraction = true;
        if (i + 1 == end || !isDigit(text[i + 1])) {
          return null;
        }
      } else {
        break;
      }
    }
    if (digits == 0) {
      return null;
    }
    int exponent = 0;
    if (i < end) {
      exponent = exponent(text, i, end);
      if (exponent == Integer.MIN_VALUE) {
        return null;
      }
    }
    if (significant == 0) {
      return BigDecimal.ZERO;
    }
    if (significant > LONG_DIGITS) {
      return wide(text, offset, length);
    }
    long scale = (long) fraction - exponent;
    while (unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    if (Math.abs(scale) > WireItem.MAX_ABS_SCALE) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, (int) scale);
  }

  /**
   * The exponent {@code [eE][+-]?digits} filling {@code text[from, end)}, or {@link
   * Integer#MIN_VALUE} where there is none such.
   */
  private static int exponent(char[] text, int from, int end) {
    int i = from;
    if (text[i] != 'e' && text[i] != 'E') {
      return Integer.MIN_VALUE;
    }
    i++;
    boolean negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-')) {
      negative = text[i] == '-';
      i++;
    }
    int count = end - i;
    if (count < 1 || count > MAX_EXPONENT_DIGITS) {
      return Integer.MIN_VALUE;
    }
    int exponent = 0;
    for (; i < end; i++) {
      if (!isDigit(text[i])) {
        return Integer.MIN_VALUE;
      }
      exponent = exponent * 10 + (text[i] - '0');
    }
    return negative ? -exponent : exponent;
  }

  /** More significant digits than a {@code long} holds: read by {@link BigDecimal} itself. */
  private static BigDecimal wide(char[] text, int offset, int length) {
    BigDecimal stripped = new BigDecimal(text, offset, length).stripTrailingZeros();
    if (stripped.precision() > WireItem.MAX_PRECISION
        || Math.abs(stripped.scale()) > WireItem.MAX_ABS_SCALE) {
      return null;
    }
    return stripped;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
