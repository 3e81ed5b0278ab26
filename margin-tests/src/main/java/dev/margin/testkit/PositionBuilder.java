package dev.margin.testkit;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds {@link MarginPosition}s, cross or isolated. A later amount for the same currency replaces
 * an earlier one. Amounts are not checked until {@link #build()}, where the record's constructor
 * validates (and drops zeros), so a builder can make the invalid positions a test needs rejected.
 */
public final class PositionBuilder {
  private final Symbol symbol;
  private final Map<Currency, BigDecimal> assets = new LinkedHashMap<>();
  private final Map<Currency, BigDecimal> liabilities = new LinkedHashMap<>();

  PositionBuilder(Symbol symbol) {
    this.symbol = symbol;
  }

  /**
   * Sets what is held of a currency.
   *
   * @param currency a currency code, e.g. {@code "BTC"}
   * @param amount decimal text, e.g. {@code "0.5"}
   * @return this builder
   */
  public PositionBuilder holding(String currency, String amount) {
    return holding(Currency.of(currency), amount);
  }

  /**
   * Sets what is held of a currency.
   *
   * @param currency never null
   * @param amount decimal text, e.g. {@code "0.5"}
   * @return this builder
   */
  public PositionBuilder holding(Currency currency, String amount) {
    assets.put(
        Objects.requireNonNull(currency, "currency is null"),
        new BigDecimal(MarginFixtures.text(amount)));
    return this;
  }

  /**
   * Sets what is owed of a currency.
   *
   * @param currency a currency code, e.g. {@code "USDT"}
   * @param amount decimal text, e.g. {@code "900"}
   * @return this builder
   */
  public PositionBuilder owing(String currency, String amount) {
    return owing(Currency.of(currency), amount);
  }

  /**
   * Sets what is owed of a currency.
   *
   * @param currency never null
   * @param amount decimal text, e.g. {@code "900"}
   * @return this builder
   */
  public PositionBuilder owing(Currency currency, String amount) {
    liabilities.put(
        Objects.requireNonNull(currency, "currency is null"),
        new BigDecimal(MarginFixtures.text(amount)));
    return this;
  }

  /**
   * Builds the position.
   *
   * @return a cross position, or an isolated one of the builder's symbol
   * @throws IllegalArgumentException if the record's constructor rejects an amount or a currency
   */
  public MarginPosition build() {
    return symbol == null
        ? MarginPosition.cross(assets, liabilities)
        : MarginPosition.isolated(symbol, assets, liabilities);
  }
}
