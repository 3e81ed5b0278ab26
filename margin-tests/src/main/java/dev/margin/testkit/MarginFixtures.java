package dev.margin.testkit;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Test-data builders with the realistic defaults of KuCoin's BTC-USDT rules (tick 0.1, lot
 * 0.00000001, minimum size 0.00001, minimum funds 0.1, price limit rate 0.1), for any symbol:
 *
 * <pre>{@code
 * CrossMarginSymbol rules = aCrossSymbol("ETH-USDT").withPriceIncrement("0.5").build();
 * IsolatedMarginSymbol terms = anIsolatedSymbolBuilder("ETH-USDT").withMaxLeverage(5).build();
 * MarginPosition position = aCrossPosition().holding("BTC", "0.5").owing("USDT", "900").build();
 * }</pre>
 *
 * <p>The builders leave validation to the records' constructors, so a test can build the invalid
 * value it expects to be rejected.
 */
public final class MarginFixtures {
  private MarginFixtures() {}

  /**
   * A builder of cross-margin rules for {@code symbol}, with BTC-USDT's values otherwise.
   *
   * @param symbol e.g. {@code "ETH-USDT"}
   * @return a builder
   */
  public static CrossSymbolBuilder aCrossSymbol(String symbol) {
    return new CrossSymbolBuilder(Symbol.parse(symbol));
  }

  /**
   * Isolated-margin terms for {@code symbol}: leverage 10, liquidation at 0.97, everything enabled,
   * coefficients 1.
   *
   * @param symbol e.g. {@code "BTC-USDT"}
   * @return the terms
   */
  public static IsolatedMarginSymbol anIsolatedSymbol(String symbol) {
    return anIsolatedSymbolBuilder(symbol).build();
  }

  /**
   * Isolated-margin terms for {@code symbol} with the given leverage and liquidation ratio.
   *
   * @param symbol e.g. {@code "BTC-USDT"}
   * @param maxLeverage at least 1
   * @param flDebtRatio e.g. {@code "0.9"}
   * @return the terms
   */
  public static IsolatedMarginSymbol anIsolatedSymbol(
      String symbol, int maxLeverage, String flDebtRatio) {
    return anIsolatedSymbolBuilder(symbol)
        .withMaxLeverage(maxLeverage)
        .withFlDebtRatio(flDebtRatio)
        .build();
  }

  /**
   * A builder of isolated-margin terms for {@code symbol}, with the defaults of {@link
   * #anIsolatedSymbol(String)}: leverage 10, liquidation at 0.97, renewal up to 0.96, trading,
   * borrowing and transfers enabled, coefficients 1.
   *
   * @param symbol e.g. {@code "ETH-USDT"}
   * @return a builder
   */
  public static IsolatedSymbolBuilder anIsolatedSymbolBuilder(String symbol) {
    return new IsolatedSymbolBuilder(Symbol.parse(symbol));
  }

  /**
   * A builder of a cross-margin position that holds and owes nothing until told.
   *
   * <pre>{@code
   * MarginPosition position = aCrossPosition().holding("BTC", "0.5").owing("USDT", "900").build();
   * }</pre>
   *
   * @return a builder
   */
  public static PositionBuilder aCrossPosition() {
    return new PositionBuilder(null);
  }

  /**
   * A builder of an isolated-margin position of {@code symbol} that holds and owes nothing until
   * told.
   *
   * @param symbol e.g. {@code "ETH-USDT"}
   * @return a builder
   */
  public static PositionBuilder anIsolatedPosition(String symbol) {
    return new PositionBuilder(Symbol.parse(symbol));
  }

  /**
   * A mark price marked at the epoch plus {@code epochMillis}.
   *
   * @param symbol e.g. {@code "ETH-BTC"}
   * @param value e.g. {@code "0.0327"}
   * @param epochMillis when it was marked
   * @return the mark price
   */
  public static MarkPrice aMarkPrice(String symbol, String value, long epochMillis) {
    return MarkPrice.of(symbol, epochMillis, value);
  }

  /**
   * A mark price marked at {@code timePoint}.
   *
   * @param symbol e.g. {@code "ETH-BTC"}
   * @param value e.g. {@code "0.0327"}
   * @param timePoint when it was marked
   * @return the mark price
   */
  public static MarkPrice aMarkPrice(String symbol, String value, Instant timePoint) {
    return new MarkPrice(Symbol.parse(symbol), timePoint, new BigDecimal(value));
  }

  /** Builds {@link CrossMarginSymbol}s; every setter takes decimal text. */
  public static final class CrossSymbolBuilder {
    private final Symbol symbol;
    private boolean enableTrading = true;
    private String baseIncrement = "0.00000001";
    private String baseMinSize = "0.00001";
    private String baseMaxSize = "10000000000";
    private String quoteIncrement = "0.000001";
    private String quoteMinSize = "0.1";
    private String quoteMaxSize = "99999999";
    private String priceIncrement = "0.1";
    private String priceLimitRate = "0.1";
    private String minFunds = "0.1";

    private CrossSymbolBuilder(Symbol symbol) {
      this.symbol = symbol;
    }

    /**
     * Sets whether the symbol trades.
     *
     * @param enabled false for a halted symbol
     * @return this builder
     */
    public CrossSymbolBuilder withTradingEnabled(boolean enabled) {
      this.enableTrading = enabled;
      return this;
    }

    /**
     * Sets the size step, e.g. {@code "0.001"}.
     *
     * @param increment positive decimal text
     * @return this builder
     */
    public CrossSymbolBuilder withBaseIncrement(String increment) {
      this.baseIncrement = text(increment);
      return this;
    }

    /**
     * Sets the size bounds.
     *
     * @param min decimal text
     * @param max decimal text
     * @return this builder
     */
    public CrossSymbolBuilder withSizeLimits(String min, String max) {
      this.baseMinSize = text(min);
      this.baseMaxSize = text(max);
      return this;
    }

    /**
     * Sets the funds step of market orders.
     *
     * @param increment positive decimal text
     * @return this builder
     */
    public CrossSymbolBuilder withQuoteIncrement(String increment) {
      this.quoteIncrement = text(increment);
      return this;
    }

    /**
     * Sets the funds bounds of market orders.
     *
     * @param min decimal text
     * @param max decimal text
     * @return this builder
     */
    public CrossSymbolBuilder withFundsLimits(String min, String max) {
      this.quoteMinSize = text(min);
      this.quoteMaxSize = text(max);
      return this;
    }

    /**
     * Sets the price tick.
     *
     * @param increment positive decimal text, e.g. {@code "0.5"}
     * @return this builder
     */
    public CrossSymbolBuilder withPriceIncrement(String increment) {
      this.priceIncrement = text(increment);
      return this;
    }

    /**
     * Sets the price protection threshold.
     *
     * @param rate a fraction, e.g. {@code "0.1"}
     * @return this builder
     */
    public CrossSymbolBuilder withPriceLimitRate(String rate) {
      this.priceLimitRate = text(rate);
      return this;
    }

    /**
     * Sets the minimum order value.
     *
     * @param funds decimal text in the quote currency
     * @return this builder
     */
    public CrossSymbolBuilder withMinFunds(String funds) {
      this.minFunds = text(funds);
      return this;
    }

    /** {@return the rules} */
    public CrossMarginSymbol build() {
      Currency base = symbol.base();
      Currency quote = symbol.quote();
      return new CrossMarginSymbol(
          symbol,
          symbol.code(),
          enableTrading,
          "USDS",
          base,
          quote,
          Increment.of(baseIncrement),
          new BigDecimal(baseMinSize),
          Increment.of(quoteIncrement),
          new BigDecimal(quoteMinSize),
          new BigDecimal(baseMaxSize),
          new BigDecimal(quoteMaxSize),
          Increment.of(priceIncrement),
          quote,
          new BigDecimal(priceLimitRate),
          new BigDecimal(minFunds));
    }
  }

  static String text(String value) {
    return Objects.requireNonNull(value, "value is null");
  }
}
