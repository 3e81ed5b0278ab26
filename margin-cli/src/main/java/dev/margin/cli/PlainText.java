package dev.margin.cli;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decimal as plain text without trailing zeros: exactly what {@code
 * value.stripTrailingZeros().toPlainString()} gives, with one division instead of the JDK's general
 * conversion for values of up to 36 digits, such as a 34-digit debt ratio written on every line of
 * {@code check --orders}.
 */
final class PlainText {
  private static final long TEN_18 = 1_000_000_000_000_000_000L;
  private static final BigInteger BIG_TEN_18 = BigInteger.valueOf(TEN_18);

  private PlainText() {}

  /** {@return {@code value} in plain notation without trailing zeros; null for null} */
  static String of(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.signum() == 0) {
      return "0";
    }
    if (unscaled.bitLength() > 119) {
      // more than 36 digits may not split into two longs of 18
      return value.stripTrailingZeros().toPlainString();
    }
    BigInteger magnitude = unscaled.abs();
    long high;
    long low;
    if (magnitude.bitLength() < 63) {
      high = 0;
      low = magnitude.longValue();
    } else {
      BigInteger[] parts = magnitude.divideAndRemainder(BIG_TEN_18);
      high = parts[0].longValue();
      low = parts[1].longValue();
    }
    String digits = high == 0 ? Long.toString(low) : high + pad18(low);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    int scale = value.scale() - (digits.length() - end);
    StringBuilder text = new StringBuilder(end + Math.abs(scale) + 3);
    if (unscaled.signum() < 0) {
      text.append('-');
    }
    if (scale <= 0) {
      text.append(digits, 0, end);
      for (int i = 0; i < -scale; i++) {
        text.append('0');
      }
    } else if (scale >= end) {
      text.append("0.");
      for (int i = 0; i < scale - end; i++) {
        text.append('0');
      }
      text.append(digits, 0, end);
    } else {
      text.append(digits, 0, end - scale).append('.').append(digits, end - scale, end);
    }
    return text.toString();
  }

  private static String pad18(long value) {
    String digits = Long.toString(value);
    return "0".repeat(18 - digits.length()) + digits;
  }
}
