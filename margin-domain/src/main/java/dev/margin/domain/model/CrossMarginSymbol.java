package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cross-margin symbol and its trading rules, as {@code GET /api/v3/margin/symbols} lists it. The
 * component names are KuCoin's field names.
 *
 * <p>Sizes are in the base currency, funds in the quote currency. Decimal components are held
 * without trailing zeros; compare them with {@link BigDecimal#compareTo}.
 *
 * @param symbol the pair, e.g. {@code BTC-USDT}
 * @param name the display name (may differ from the symbol after a token rename)
 * @param enableTrading whether the symbol trades at all
 * @param market the trading market, e.g. {@code USDS}
 * @param baseCurrency the listed base currency
 * @param quoteCurrency the listed quote currency
 * @param baseIncrement an order size must be a positive multiple of this
 * @param baseMinSize the smallest order size, at least zero
 * @param quoteIncrement the funds of a market order must be a positive multiple of this
 * @param quoteMinSize the smallest funds of a market order, at least zero
 * @param baseMaxSize the largest order size, at least {@code baseMinSize}
 * @param quoteMaxSize the largest funds of a market order, at least {@code quoteMinSize}
 * @param priceIncrement a limit price must be a positive multiple of this (the tick)
 * @param feeCurrency the currency fees are charged in
 * @param priceLimitRate the price protection threshold as a fraction of the reference price (0.1 is
 *     10%), at least zero
 * @param minFunds the smallest order value, price times size, in the quote currency, at least zero
 */
public record CrossMarginSymbol(
    Symbol symbol,
    String name,
    boolean enableTrading,
    String market,
    Currency baseCurrency,
    Currency quoteCurrency,
    Increment baseIncrement,
    BigDecimal baseMinSize,
    Increment quoteIncrement,
    BigDecimal quoteMinSize,
    BigDecimal baseMaxSize,
    BigDecimal quoteMaxSize,
    Increment priceIncrement,
    Currency feeCurrency,
    BigDecimal priceLimitRate,
    BigDecimal minFunds) {

  /**
   * Validates every component.
   *
   * @throws NullPointerException if any component is null (the message names it)
   * @throws IllegalArgumentException if a text is blank, an amount is negative, or a minimum is
   *     above its maximum
   * @param symbol see {@link #symbol()}
   * @param name see {@link #name()}
   * @param enableTrading see {@link #enableTrading()}
   * @param market see {@link #market()}
   * @param baseCurrency see {@link #baseCurrency()}
   * @param quoteCurrency see {@link #quoteCurrency()}
   * @param baseIncrement see {@link #baseIncrement()}
   * @param baseMinSize see {@link #baseMinSize()}
   * @param quoteIncrement see {@link #quoteIncrement()}
   * @param quoteMinSize see {@link #quoteMinSize()}
   * @param baseMaxSize see {@link #baseMaxSize()}
   * @param quoteMaxSize see {@link #quoteMaxSize()}
   * @param priceIncrement see {@link #priceIncrement()}
   * @param feeCurrency see {@link #feeCurrency()}
   * @param priceLimitRate see {@link #priceLimitRate()}
   * @param minFunds see {@link #minFunds()}
   */
  public CrossMarginSymbol {
    Objects.requireNonNull(symbol, "symbol is null");
    name = Decimals.text(name, "name");
    market = Decimals.text(market, "market");
    Objects.requireNonNull(baseCurrency, "baseCurrency is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    Objects.requireNonNull(baseIncrement, "baseIncrement is null");
    baseMinSize = Decimals.nonNegative(baseMinSize, "baseMinSize");
    Objects.requireNonNull(quoteIncrement, "quoteIncrement is null");
    quoteMinSize = Decimals.nonNegative(quoteMinSize, "quoteMinSize");
    baseMaxSize = Decimals.nonNegative(baseMaxSize, "baseMaxSize");
    quoteMaxSize = Decimals.nonNegative(quoteMaxSize, "quoteMaxSize");
    Objects.requireNonNull(priceIncrement, "priceIncrement is null");
    Objects.requireNonNull(feeCurrency, "feeCurrency is null");
    priceLimitRate = Decimals.nonNegative(priceLimitRate, "priceLimitRate");
    minFunds = Decimals.nonNegative(minFunds, "minFunds");
    Decimals.notAbove(baseMinSize, "baseMinSize", baseMaxSize, "baseMaxSize");
    Decimals.notAbove(quoteMinSize, "quoteMinSize", quoteMaxSize, "quoteMaxSize");
  }
}
