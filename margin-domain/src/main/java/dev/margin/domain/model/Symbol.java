package dev.margin.domain.model;

import java.util.Objects;

/**
 * A trading pair identifier such as {@code BTC-USDT}: the base currency, a hyphen, the quote
 * currency.
 *
 * <p>The parts of the identifier are not always the pair's currencies as KuCoin lists them (a
 * renamed token may keep its old symbol); the trading rules carry the listed currencies separately.
 *
 * @param base the part before the hyphen; never null
 * @param quote the part after the hyphen; never null
 */
public record Symbol(Currency base, Currency quote) implements Comparable<Symbol> {

  /**
   * Validates the parts.
   *
   * @throws NullPointerException if either part is null
   * @param base see {@link #base()}
   * @param quote see {@link #quote()}
   */
  public Symbol {
    Objects.requireNonNull(base, "base is null");
    Objects.requireNonNull(quote, "quote is null");
  }

  /**
   * Parses {@code BASE-QUOTE}.
   *
   * @param text e.g. {@code "BTC-USDT"}
   * @return the symbol
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not two currency codes joined by one hyphen
   */
  public static Symbol parse(String text) {
    Objects.requireNonNull(text, "symbol is null");
    int hyphen = text.indexOf('-');
    if (hyphen <= 0 || hyphen != text.lastIndexOf('-') || hyphen == text.length() - 1) {
      throw new IllegalArgumentException("symbol must look like BASE-QUOTE: '" + text + "'");
    }
    try {
      return new Symbol(
          new Currency(text.substring(0, hyphen)), new Currency(text.substring(hyphen + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "symbol must look like BASE-QUOTE: '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * The symbol of two currencies.
   *
   * @param base the base currency
   * @param quote the quote currency
   * @return {@code BASE-QUOTE}
   */
  public static Symbol of(Currency base, Currency quote) {
    return new Symbol(base, quote);
  }

  /** {@return {@code BASE-QUOTE}, the form KuCoin uses on the wire} */
  public String code() {
    return base.code() + '-' + quote.code();
  }

  /** Equal when both parts are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Symbol s && base.equals(s.base) && quote.equals(s.quote));
  }

  /** Combines the parts' hashes: cheap, as symbols key the hot paths' maps. */
  @Override
  public int hashCode() {
    return 31 * base.hashCode() + quote.hashCode();
  }

  @Override
  public int compareTo(Symbol other) {
    int byBase = base.compareTo(other.base);
    return byBase != 0 ? byBase : quote.compareTo(other.quote);
  }

  /** {@return {@link #code()}} */
  @Override
  public String toString() {
    return code();
  }
}
