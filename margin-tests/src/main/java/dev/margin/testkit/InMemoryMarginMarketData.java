package dev.margin.testkit;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Every market-data port, answered from memory. It keeps the same contract as the KuCoin adapter
 * (the same values, the same exceptions for unknown symbols), which margin's contract tests check
 * against both.
 *
 * <p>Thread-safe: the data is an immutable snapshot swapped atomically by {@link #replace}; a
 * failure set with {@link #failWith(MarketDataException)} is thrown by every call, one set with
 * {@link #failWith(Class, MarketDataException)} by the calls of one port only (say the mark prices,
 * while the rules still load), until {@link #recover}. Every call is counted ({@link
 * #calls(MarketDataCall)}), including those that throw.
 *
 * <pre>{@code
 * InMemoryMarginMarketData market = InMemoryMarginMarketData.builder()
 *     .crossSymbol(MarginFixtures.aCrossSymbol("BTC-USDT").withPriceIncrement("0.5").build())
 *     .markPrice(MarginFixtures.aMarkPrice("BTC-USDT", "30000", Instant.now()))
 *     .build();
 * market.failWith(MarkPrices.class, new MarketDataUnavailableException("down", null));
 * assertThat(market.calls(MarketDataCall.ALL_MARK_PRICES)).isZero();
 * }</pre>
 */
public final class InMemoryMarginMarketData implements MarginMarketData {

  private final AtomicReference<Snapshot> snapshot;
  private final CallLog log = new CallLog();

  private InMemoryMarginMarketData(Snapshot snapshot) {
    this.snapshot = new AtomicReference<>(snapshot);
  }

  /** {@return a builder with no data at all (and no margin config)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return an adapter holding exactly the values of KuCoin's published example responses} */
  public static InMemoryMarginMarketData ofKucoinExamples() {
    return builder()
        .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
        .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
        .leveragedToken(KucoinExamples.BTCUP)
        .markPrice(KucoinExamples.USDT_BTC_MARK)
        .markPrice(KucoinExamples.USDC_BTC_MARK)
        .marginConfig(KucoinExamples.MARGIN_CONFIG)
        .build();
  }

  /**
   * Replaces all the data at once, as a venue's refresh would.
   *
   * @param edit receives a builder holding the current data and returns it changed
   */
  public void replace(Function<Builder, Builder> edit) {
    snapshot.updateAndGet(current -> edit.apply(current.toBuilder()).snapshot());
  }

  /**
   * Makes every call throw {@code failure} until {@link #recover()}.
   *
   * @param failure e.g. a {@link MarketDataUnavailableException}; never null
   */
  public void failWith(MarketDataException failure) {
    log.fail(
        CallLog.of(MarginMarketData.class), Objects.requireNonNull(failure, "failure is null"));
  }

  /**
   * Makes every call of one port throw {@code failure} until {@link #recover()}; the other ports
   * answer as before.
   *
   * @param port one of the finer ports, e.g. {@code MarkPrices.class}, or {@code
   *     MarginMarketData.class} for all of them; never null
   * @param failure e.g. a {@link MarketDataUnavailableException}; never null
   * @throws IllegalArgumentException if {@code port} is not a market-data port
   */
  public void failWith(Class<?> port, MarketDataException failure) {
    List<MarketDataCall> calls = CallLog.of(port);
    log.fail(calls, Objects.requireNonNull(failure, "failure is null"));
  }

  /**
   * Makes one method throw {@code failure} until {@link #recover()}; the others answer as before.
   *
   * @param call the method, e.g. {@link MarketDataCall#ALL_MARK_PRICES}; never null
   * @param failure e.g. a {@link MarketDataUnavailableException}; never null
   */
  public void failWith(MarketDataCall call, MarketDataException failure) {
    Objects.requireNonNull(call, "call is null");
    log.fail(List.of(call), Objects.requireNonNull(failure, "failure is null"));
  }

  /** Undoes every {@link #failWith}: every port answers again. */
  public void recover() {
    log.recover();
  }

  /**
   * How many times a method was called since this market was built or {@link #resetCalls()}, those
   * that threw included.
   *
   * @param call the method; never null
   * @return the count, at least zero
   */
  public long calls(MarketDataCall call) {
    return log.calls(List.of(Objects.requireNonNull(call, "call is null")));
  }

  /**
   * How many times the methods of one port were called since this market was built or {@link
   * #resetCalls()}, those that threw included.
   *
   * @param port one of the finer ports, e.g. {@code MarkPrices.class}, or {@code
   *     MarginMarketData.class} for all of them; never null
   * @return the sum of its methods' counts, at least zero
   * @throws IllegalArgumentException if {@code port} is not a market-data port
   */
  public long calls(Class<?> port) {
    return log.calls(CallLog.of(port));
  }

  /** Sets every call count back to zero. */
  public void resetCalls() {
    log.reset();
  }

  @Override
  public List<CrossMarginSymbol> allCrossSymbols() {
    return current(MarketDataCall.ALL_CROSS_SYMBOLS).crossSymbols;
  }

  @Override
  public CrossMarginSymbol crossSymbol(Symbol symbol) {
    count(MarketDataCall.CROSS_SYMBOL);
    Objects.requireNonNull(symbol, "symbol is null");
    return find(answer(MarketDataCall.CROSS_SYMBOL).crossSymbols, s -> s.symbol().equals(symbol))
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not a cross-margin symbol"));
  }

  @Override
  public List<IsolatedMarginSymbol> allIsolatedSymbols() {
    return current(MarketDataCall.ALL_ISOLATED_SYMBOLS).isolatedSymbols;
  }

  @Override
  public List<LeveragedToken> allLeveragedTokens() {
    return current(MarketDataCall.ALL_LEVERAGED_TOKENS).leveragedTokens;
  }

  @Override
  public LeveragedToken leveragedToken(Currency currency) {
    count(MarketDataCall.LEVERAGED_TOKEN);
    Objects.requireNonNull(currency, "currency is null");
    return find(
            answer(MarketDataCall.LEVERAGED_TOKEN).leveragedTokens,
            t -> t.currency().equals(currency))
        .orElseThrow(() -> new NoSuchSymbolException(currency.code(), "not a leveraged token"));
  }

  @Override
  public MarkPrice markPrice(Symbol symbol) {
    count(MarketDataCall.MARK_PRICE);
    Objects.requireNonNull(symbol, "symbol is null");
    return find(answer(MarketDataCall.MARK_PRICE).markPrices, p -> p.symbol().equals(symbol))
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "no mark price"));
  }

  @Override
  public List<MarkPrice> allMarkPrices() {
    return current(MarketDataCall.ALL_MARK_PRICES).markPrices;
  }

  @Override
  public MarginConfig marginConfig() {
    MarginConfig config = current(MarketDataCall.MARGIN_CONFIG).marginConfig;
    if (config == null) {
      throw new MarketDataUnavailableException("no margin config in the in-memory market", null);
    }
    return config;
  }

  /** Counts a call, then answers it. */
  private Snapshot current(MarketDataCall call) {
    count(call);
    return answer(call);
  }

  private void count(MarketDataCall call) {
    log.count(call);
  }

  /** The data, or the failure set for this call. */
  private Snapshot answer(MarketDataCall call) {
    log.check(call);
    return snapshot.get();
  }

  private static <T> Optional<T> find(List<T> items, java.util.function.Predicate<T> match) {
    return items.stream().filter(match).findFirst();
  }

  private record Snapshot(
      List<CrossMarginSymbol> crossSymbols,
      List<IsolatedMarginSymbol> isolatedSymbols,
      List<LeveragedToken> leveragedTokens,
      List<MarkPrice> markPrices,
      MarginConfig marginConfig) {

    Builder toBuilder() {
      Builder builder = new Builder();
      builder.crossSymbols.addAll(crossSymbols);
      builder.isolatedSymbols.addAll(isolatedSymbols);
      builder.leveragedTokens.addAll(leveragedTokens);
      builder.markPrices.addAll(markPrices);
      builder.marginConfig = marginConfig;
      return builder;
    }
  }

  /**
   * Collects the data of an in-memory market. A later value for the same symbol or currency
   * replaces an earlier one.
   */
  public static final class Builder {
    private final List<CrossMarginSymbol> crossSymbols = new ArrayList<>();
    private final List<IsolatedMarginSymbol> isolatedSymbols = new ArrayList<>();
    private final List<LeveragedToken> leveragedTokens = new ArrayList<>();
    private final List<MarkPrice> markPrices = new ArrayList<>();
    private MarginConfig marginConfig;

    private Builder() {}

    /**
     * Adds or replaces a cross-margin symbol.
     *
     * @param symbol never null
     * @return this builder
     */
    public Builder crossSymbol(CrossMarginSymbol symbol) {
      Objects.requireNonNull(symbol, "symbol is null");
      crossSymbols.removeIf(s -> s.symbol().equals(symbol.symbol()));
      crossSymbols.add(symbol);
      return this;
    }

    /**
     * Adds or replaces an isolated-margin symbol.
     *
     * @param symbol never null
     * @return this builder
     */
    public Builder isolatedSymbol(IsolatedMarginSymbol symbol) {
      Objects.requireNonNull(symbol, "symbol is null");
      isolatedSymbols.removeIf(s -> s.symbol().equals(symbol.symbol()));
      isolatedSymbols.add(symbol);
      return this;
    }

    /**
     * Adds or replaces a leveraged token.
     *
     * @param token never null
     * @return this builder
     */
    public Builder leveragedToken(LeveragedToken token) {
      Objects.requireNonNull(token, "token is null");
      leveragedTokens.removeIf(t -> t.currency().equals(token.currency()));
      leveragedTokens.add(token);
      return this;
    }

    /**
     * Adds or replaces a mark price.
     *
     * @param price never null
     * @return this builder
     */
    public Builder markPrice(MarkPrice price) {
      Objects.requireNonNull(price, "price is null");
      markPrices.removeIf(p -> p.symbol().equals(price.symbol()));
      markPrices.add(price);
      return this;
    }

    /**
     * Removes every mark price.
     *
     * @return this builder
     */
    public Builder clearMarkPrices() {
      markPrices.clear();
      return this;
    }

    /**
     * Sets the cross-margin configuration.
     *
     * @param config never null
     * @return this builder
     */
    public Builder marginConfig(MarginConfig config) {
      this.marginConfig = Objects.requireNonNull(config, "config is null");
      return this;
    }

    /** {@return the in-memory market holding what was added} */
    public InMemoryMarginMarketData build() {
      return new InMemoryMarginMarketData(snapshot());
    }

    private Snapshot snapshot() {
      return new Snapshot(
          List.copyOf(crossSymbols),
          List.copyOf(isolatedSymbols),
          List.copyOf(leveragedTokens),
          List.copyOf(markPrices),
          marginConfig);
    }
  }
}
