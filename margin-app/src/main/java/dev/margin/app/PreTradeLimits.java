package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A host's own limits for the pre-trade check: the worst status a position may reach through an
 * order that adds risk, a maximum order value and a maximum size per symbol or for every symbol of
 * a currency, and the trading state the check starts in. Immutable.
 *
 * <pre>{@code
 * PreTradeLimits limits = PreTradeLimits.defaults()
 *     .withMaxOrderValue(Currency.USDT, new BigDecimal("50000"))     // every *-USDT symbol
 *     .withMaxOrderValue(Symbol.parse("PEPE-USDT"), new BigDecimal("1000"))
 *     .withMaxSize(Currency.BTC, new BigDecimal("2"));                // every BTC-* symbol
 * }</pre>
 *
 * @param highestStatus the worst status an order that raises the debt ratio may leave the position
 *     in; {@link RiskStatus#SAFE} by default
 * @param maxOrderValueBySymbol the largest order value (price x size, or the funds) per symbol, in
 *     its quote currency
 * @param maxOrderValueByQuote the largest order value for every symbol quoted in a currency
 * @param maxSizeBySymbol the largest size per symbol, in its base currency
 * @param maxSizeByBase the largest size for every symbol of a base currency
 * @param initialState the trading state the check starts in; {@link TradingState#ACTIVE} by default
 */
public record PreTradeLimits(
    RiskStatus highestStatus,
    Map<Symbol, BigDecimal> maxOrderValueBySymbol,
    Map<Currency, BigDecimal> maxOrderValueByQuote,
    Map<Symbol, BigDecimal> maxSizeBySymbol,
    Map<Currency, BigDecimal> maxSizeByBase,
    TradingState initialState) {

  /**
   * Validates and copies.
   *
   * @param highestStatus see {@link #highestStatus()}
   * @param maxOrderValueBySymbol see {@link #maxOrderValueBySymbol()}
   * @param maxOrderValueByQuote see {@link #maxOrderValueByQuote()}
   * @param maxSizeBySymbol see {@link #maxSizeBySymbol()}
   * @param maxSizeByBase see {@link #maxSizeByBase()}
   * @param initialState see {@link #initialState()}
   * @throws NullPointerException if a component, a key or a value is null
   * @throws IllegalArgumentException if a limit is not positive or outside {@link DecimalBounds}
   */
  public PreTradeLimits {
    Objects.requireNonNull(highestStatus, "highestStatus is null");
    Objects.requireNonNull(initialState, "initialState is null");
    maxOrderValueBySymbol = positive(maxOrderValueBySymbol, "maxOrderValueBySymbol");
    maxOrderValueByQuote = positive(maxOrderValueByQuote, "maxOrderValueByQuote");
    maxSizeBySymbol = positive(maxSizeBySymbol, "maxSizeBySymbol");
    maxSizeByBase = positive(maxSizeByBase, "maxSizeByBase");
  }

  /**
   * No limit of value or size, orders may leave a position {@link RiskStatus#SAFE} only, trading
   * {@link TradingState#ACTIVE}.
   *
   * @return the default limits
   */
  public static PreTradeLimits defaults() {
    return new PreTradeLimits(
        RiskStatus.SAFE, Map.of(), Map.of(), Map.of(), Map.of(), TradingState.ACTIVE);
  }

  /**
   * These limits with another worst status.
   *
   * @param status the worst status an order that raises the debt ratio may leave
   * @return new limits
   */
  public PreTradeLimits withHighestStatus(RiskStatus status) {
    return new Copy(this).highestStatus(status).build();
  }

  /**
   * These limits with a maximum order value for one symbol, in its quote currency.
   *
   * @param symbol the symbol
   * @param value positive
   * @return new limits
   */
  public PreTradeLimits withMaxOrderValue(Symbol symbol, BigDecimal value) {
    Copy copy = new Copy(this);
    copy.maxOrderValueBySymbol.put(Objects.requireNonNull(symbol, "symbol is null"), value);
    return copy.build();
  }

  /**
   * These limits with a maximum order value for every symbol quoted in {@code quote}.
   *
   * @param quote the quote currency
   * @param value positive, in {@code quote}
   * @return new limits
   */
  public PreTradeLimits withMaxOrderValue(Currency quote, BigDecimal value) {
    Copy copy = new Copy(this);
    copy.maxOrderValueByQuote.put(Objects.requireNonNull(quote, "quote is null"), value);
    return copy.build();
  }

  /**
   * These limits with a maximum size for one symbol, in its base currency.
   *
   * @param symbol the symbol
   * @param size positive
   * @return new limits
   */
  public PreTradeLimits withMaxSize(Symbol symbol, BigDecimal size) {
    Copy copy = new Copy(this);
    copy.maxSizeBySymbol.put(Objects.requireNonNull(symbol, "symbol is null"), size);
    return copy.build();
  }

  /**
   * These limits with a maximum size for every symbol of the base currency {@code base}.
   *
   * @param base the base currency
   * @param size positive, in {@code base}
   * @return new limits
   */
  public PreTradeLimits withMaxSize(Currency base, BigDecimal size) {
    Copy copy = new Copy(this);
    copy.maxSizeByBase.put(Objects.requireNonNull(base, "base is null"), size);
    return copy.build();
  }

  /**
   * These limits starting in another trading state.
   *
   * @param state the state the check starts in
   * @return new limits
   */
  public PreTradeLimits withInitialState(TradingState state) {
    return new Copy(this).initialState(state).build();
  }

  /** A copy being changed, so that each wither names only what it changes. */
  private static final class Copy {
    private RiskStatus highestStatus;
    private final Map<Symbol, BigDecimal> maxOrderValueBySymbol;
    private final Map<Currency, BigDecimal> maxOrderValueByQuote;
    private final Map<Symbol, BigDecimal> maxSizeBySymbol;
    private final Map<Currency, BigDecimal> maxSizeByBase;
    private TradingState initialState;

    Copy(PreTradeLimits from) {
      highestStatus = from.highestStatus;
      maxOrderValueBySymbol = new HashMap<>(from.maxOrderValueBySymbol);
      maxOrderValueByQuote = new HashMap<>(from.maxOrderValueByQuote);
      maxSizeBySymbol = new HashMap<>(from.maxSizeBySymbol);
      maxSizeByBase = new HashMap<>(from.maxSizeByBase);
      initialState = from.initialState;
    }

    Copy highestStatus(RiskStatus status) {
      highestStatus = status;
      return this;
    }

    Copy initialState(TradingState state) {
      initialState = state;
      return this;
    }

    PreTradeLimits build() {
      return new PreTradeLimits(
          highestStatus,
          maxOrderValueBySymbol,
          maxOrderValueByQuote,
          maxSizeBySymbol,
          maxSizeByBase,
          initialState);
    }
  }

  /** The order value limit of {@code symbol}: its own, else its quote's; null for none. */
  BigDecimal maxOrderValue(Symbol symbol) {
    BigDecimal own = maxOrderValueBySymbol.get(symbol);
    return own != null ? own : maxOrderValueByQuote.get(symbol.quote());
  }

  /** The size limit of {@code symbol}: its own, else its base's; null for none. */
  BigDecimal maxSize(Symbol symbol) {
    BigDecimal own = maxSizeBySymbol.get(symbol);
    return own != null ? own : maxSizeByBase.get(symbol.base());
  }

  private static <K> Map<K, BigDecimal> positive(Map<K, BigDecimal> limits, String name) {
    Objects.requireNonNull(limits, () -> name + " is null");
    Map<K, BigDecimal> copy = new HashMap<>();
    limits.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, () -> name + " has a null key");
          if (DecimalBounds.check(value, name + " of " + key).signum() <= 0) {
            throw new IllegalArgumentException(
                name + " of " + key + " must be positive: " + value.toPlainString());
          }
          copy.put(key, value);
        });
    return Map.copyOf(copy);
  }
}
