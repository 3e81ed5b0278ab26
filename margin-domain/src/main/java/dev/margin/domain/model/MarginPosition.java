package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A margin account's balances: per currency, what it holds (assets) and what it owes (liabilities:
 * principal plus accrued interest). Borrowed funds sit in the assets as well as in the liabilities.
 * A cross position is the one cross-margin account; an isolated position is one symbol's account,
 * holding only that symbol's base and quote currencies.
 *
 * @param mode cross or isolated
 * @param symbol the isolated symbol; null for a cross position
 * @param assets amounts held, each at least zero and within {@link DecimalBounds}; a currency not
 *     listed holds zero
 * @param liabilities amounts owed, each at least zero and within {@link DecimalBounds}; a currency
 *     not listed owes zero
 */
public record MarginPosition(
    MarginMode mode,
    Symbol symbol,
    Map<Currency, BigDecimal> assets,
    Map<Currency, BigDecimal> liabilities) {

  /**
   * Validates, canonicalises (zero amounts dropped, trailing zeros stripped) and copies, sorted by
   * currency.
   *
   * @throws NullPointerException if the mode, a map, a currency or an amount is null, or an
   *     isolated position has no symbol
   * @throws IllegalArgumentException if an amount is negative or outside {@link DecimalBounds}
   *     (naming the field, e.g. {@code "assets of BTC is out of range: ..."}), a cross position
   *     names a symbol, or an isolated position holds a currency other than its symbol's two
   * @param mode see {@link #mode()}
   * @param symbol see {@link #symbol()}
   * @param assets see {@link #assets()}
   * @param liabilities see {@link #liabilities()}
   */
  public MarginPosition {
    Objects.requireNonNull(mode, "mode is null");
    if (mode == MarginMode.ISOLATED) {
      Objects.requireNonNull(symbol, "symbol is null");
    } else if (symbol != null) {
      throw new IllegalArgumentException("a cross position has no symbol");
    }
    assets = amounts(assets, "assets", symbol);
    liabilities = amounts(liabilities, "liabilities", symbol);
  }

  /**
   * A cross-margin position.
   *
   * @param assets amounts held by currency
   * @param liabilities amounts owed by currency
   * @return the position
   */
  public static MarginPosition cross(
      Map<Currency, BigDecimal> assets, Map<Currency, BigDecimal> liabilities) {
    return new MarginPosition(MarginMode.CROSS, null, assets, liabilities);
  }

  /**
   * An isolated-margin position.
   *
   * @param symbol the isolated symbol
   * @param assets amounts held, in the symbol's base and quote only
   * @param liabilities amounts owed, in the symbol's base and quote only
   * @return the position
   */
  public static MarginPosition isolated(
      Symbol symbol, Map<Currency, BigDecimal> assets, Map<Currency, BigDecimal> liabilities) {
    return new MarginPosition(MarginMode.ISOLATED, symbol, assets, liabilities);
  }

  /**
   * What is held of a currency.
   *
   * @param currency the currency
   * @return the amount, zero if none
   */
  public BigDecimal asset(Currency currency) {
    return assets.getOrDefault(currency, BigDecimal.ZERO);
  }

  /**
   * What is owed of a currency.
   *
   * @param currency the currency
   * @return the amount, zero if none
   */
  public BigDecimal liability(Currency currency) {
    return liabilities.getOrDefault(currency, BigDecimal.ZERO);
  }

  private static Map<Currency, BigDecimal> amounts(
      Map<Currency, BigDecimal> amounts, String name, Symbol symbol) {
    Objects.requireNonNull(amounts, () -> name + " is null");
    TreeMap<Currency, BigDecimal> copy = new TreeMap<>();
    for (Map.Entry<Currency, BigDecimal> entry : amounts.entrySet()) {
      Currency currency =
          Objects.requireNonNull(entry.getKey(), () -> name + " has a null currency");
      BigDecimal amount = Decimals.boundedNonNegative(entry.getValue(), name + " of " + currency);
      if (symbol != null && !currency.equals(symbol.base()) && !currency.equals(symbol.quote())) {
        throw new IllegalArgumentException(
            "an isolated "
                + symbol
                + " position holds only "
                + symbol.base()
                + " and "
                + symbol.quote()
                + ", not "
                + currency);
      }
      if (amount.signum() != 0) {
        copy.put(currency, amount);
      }
    }
    return Collections.unmodifiableMap(copy);
  }
}
