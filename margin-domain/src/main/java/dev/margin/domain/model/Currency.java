package dev.margin.domain.model;

import java.util.Objects;

/**
 * A currency code as KuCoin spells it, e.g. {@code BTC}, {@code USDT}, {@code 1INCH}.
 *
 * @param code one to 32 upper-case ASCII letters or digits; never null
 */
public record Currency(String code) implements Comparable<Currency> {

  /** Bitcoin, the pivot currency of KuCoin's mark prices. */
  public static final Currency BTC = new Currency("BTC");

  /** Tether USD. */
  public static final Currency USDT = new Currency("USDT");

  private static final int MAX_LENGTH = 32;

  /**
   * Validates the code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is empty, longer than 32 characters, or holds
   *     anything but {@code A-Z} and {@code 0-9}
   * @param code see {@link #code()}
   */
  public Currency {
    Objects.requireNonNull(code, "code is null");
    if (code.isEmpty() || code.length() > MAX_LENGTH || !isUpperAlphanumeric(code)) {
      throw new IllegalArgumentException(
          "currency code must be 1 to " + MAX_LENGTH + " characters A-Z or 0-9: '" + code + "'");
    }
  }

  /**
   * The currency with this code.
   *
   * @param code e.g. {@code "BTC"}
   * @return the currency
   * @throws IllegalArgumentException if the code is not a valid currency code
   */
  public static Currency of(String code) {
    return new Currency(code);
  }

  static boolean isUpperAlphanumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Equal when the codes are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Currency c && code.equals(c.code));
  }

  /** The code's hash: cheap, as currencies key the hot paths' maps. */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(Currency other) {
    return code.compareTo(other.code);
  }

  /** {@return the code, e.g. {@code BTC}} */
  @Override
  public String toString() {
    return code;
  }
}
