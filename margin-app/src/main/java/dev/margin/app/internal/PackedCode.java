package dev.margin.app.internal;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;

/**
 * Currency and symbol codes as numbers, so that the tables of the hot paths compare two longs
 * instead of two strings: the text read as a number in base 38 (letters 1 to 26, digits 27 to 36,
 * the hyphen 37, never 0, so that no two texts share a number). Texts longer than {@value
 * #MAX_LENGTH} characters have no number (0) and are compared with {@code equals}.
 */
public final class PackedCode {
  /** The longest text that packs into a long: 38^12 < 2^63. */
  public static final int MAX_LENGTH = 12;

  /** No number: the text is too long. */
  public static final long NONE = 0;

  private static final int HYPHEN = 37;

  /** The base-38 digit of each character a currency code may hold ({@code 0-9}, {@code A-Z}). */
  private static final byte[] DIGITS = new byte['Z' + 1];

  private static final long[] POWERS_OF_38 = new long[MAX_LENGTH];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      DIGITS[c] = (byte) (c - 'A' + 1);
    }
    for (char c = '0'; c <= '9'; c++) {
      DIGITS[c] = (byte) (c - '0' + 27);
    }
    long power = 1;
    for (int i = 0; i < MAX_LENGTH; i++) {
      POWERS_OF_38[i] = power;
      power *= 38;
    }
  }

  private PackedCode() {}

  /** The number of {@code BTC}, {@code USDT}, …; {@link #NONE} if longer than twelve. */
  public static long of(Currency currency) {
    String code = currency.code();
    return code.length() > MAX_LENGTH ? NONE : pack(code);
  }

  /** The number of {@code BASE-QUOTE}; {@link #NONE} if longer than twelve. */
  public static long of(Symbol symbol) {
    String base = symbol.base().code();
    String quote = symbol.quote().code();
    if (base.length() + 1 + quote.length() > MAX_LENGTH) {
      return NONE;
    }
    // base and quote packed apart, two short chains of multiplications rather than one long
    return (pack(base) * 38 + HYPHEN) * POWERS_OF_38[quote.length()] + pack(quote);
  }

  /**
   * The number of {@code BASE-QUOTE} from its currencies' numbers, as {@link #of(Symbol)} works it
   * out without packing either again.
   *
   * @param baseCode {@code of(symbol.base())}
   * @param quoteCode {@code of(symbol.quote())}
   */
  public static long of(Symbol symbol, long baseCode, long quoteCode) {
    int quoteLength = symbol.quote().code().length();
    if (symbol.base().code().length() + 1 + quoteLength > MAX_LENGTH) {
      return NONE;
    }
    return (baseCode * 38 + HYPHEN) * POWERS_OF_38[quoteLength] + quoteCode;
  }

  private static long pack(String code) {
    long packed = 0;
    for (int i = 0; i < code.length(); i++) {
      packed = packed * 38 + DIGITS[code.charAt(i)];
    }
    return packed;
  }
}
