package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The bound on every decimal a host hands to margin: at most {@value #MAX_DIGITS} digits and a
 * scale (the exponent of its last digit) within ±{@value #MAX_DIGITS}. KuCoin's own values are far
 * inside it (the adapter refuses more than 40 significant digits or a magnitude beyond 1E40); a
 * decimal outside it, such as {@code 1e1000000000}, would make an exact computation or its printed
 * form take a billion digits, so it is refused where it enters, never computed with.
 *
 * <pre>{@code
 * BigDecimal amount = DecimalBounds.parse(text, "amount"); // refuses "NaN", " 1", "1e400000"
 * DecimalBounds.check(new BigDecimal("1E-65"), "amount");   // IllegalArgumentException
 * }</pre>
 */
public final class DecimalBounds {

  /** The most digits, and the largest scale either way, a decimal may have. */
  public static final int MAX_DIGITS = 64;

  /** The longest text {@link #parse} reads; no decimal within the bound needs more. */
  private static final int MAX_TEXT_LENGTH = 256;

  private DecimalBounds() {}

  /**
   * Checks that a decimal is within the bound.
   *
   * @param value the decimal; never null
   * @param name the field it is, for the messages, e.g. {@code "amount"}
   * @return {@code value}, unchanged
   * @throws NullPointerException if {@code value} is null ({@code "<name> is null"})
   * @throws IllegalArgumentException if it has more than {@value #MAX_DIGITS} digits or a scale
   *     beyond ±{@value #MAX_DIGITS} ({@code "<name> is out of range: ..."}); a zero is no
   *     exception: {@code 0E-1000} is refused as any other scale of 1000 is
   */
  public static BigDecimal check(BigDecimal value, String name) {
    Decimals.notNull(value, name);
    if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS) {
      throw outOfRange(name);
    }
    return value;
  }

  /**
   * Reads a decimal written in ASCII as Java writes one ({@code 30000.1}, {@code -0.5}, {@code
   * 1.5045E-5}) and checks it is within the bound. Stricter than {@link
   * BigDecimal#BigDecimal(String)}: only the digits {@code 0} to {@code 9} (no other script's
   * digits), no spaces, no more than 256 characters. A zero however written ({@code -0}, {@code
   * 0.000}) reads as a zero.
   *
   * @param text the text; never null
   * @param name the field it is, for the messages, e.g. {@code "--price"}
   * @return the decimal, as written (scale and sign of zero kept)
   * @throws NullPointerException if {@code text} is null
   * @throws NumberFormatException if it is not such a decimal ({@code "<name> is not a decimal
   *     number: '...'"}) or longer than 256 characters
   * @throws IllegalArgumentException if the decimal is outside the bound, as {@link #check}
   */
  public static BigDecimal parse(String text, String name) {
    Decimals.notNull(text, name);
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new NumberFormatException(
          name
              + " is not a decimal number of at most "
              + MAX_TEXT_LENGTH
              + " characters: "
              + text.length()
              + " characters");
    }
    if (!wellFormed(text)) {
      throw new NumberFormatException(name + " is not a decimal number: '" + shown(text) + "'");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // well formed, but an exponent beyond what a BigDecimal holds
      throw outOfRange(name);
    }
    return check(value, name);
  }

  private static IllegalArgumentException outOfRange(String name) {
    return new IllegalArgumentException(
        name
            + " is out of range: more than "
            + MAX_DIGITS
            + " digits or an exponent beyond +-"
            + MAX_DIGITS);
  }

  /** {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, ASCII digits only. */
  private static boolean wellFormed(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The text for a message: at most 40 characters, anything but printable ASCII escaped. */
  private static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    int limit = Math.min(text.length(), 40);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c <= '~' && c != '\\') {
        shown.append(c);
      } else {
        shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return text.length() > limit
        ? shown + "... (" + text.length() + " characters)"
        : shown.toString();
  }
}
