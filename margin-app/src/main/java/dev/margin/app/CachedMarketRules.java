package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The market rules in one immutable {@link MarketSnapshot} behind an atomic reference: readers take
 * the reference once and never block; refreshes are serialised and swap a whole new snapshot in.
 */
final class CachedMarketRules implements MarketRulesCache {
  private final CrossMarginSymbols crossSymbols;
  private final IsolatedMarginSymbols isolatedSymbols;
  private final MarginSettings settings;
  private final MarkPrices markPrices;
  private final Clock clock;
  private final MarginApplicationConfig config;

  private final AtomicReference<MarketSnapshot> snapshot =
      new AtomicReference<>(MarketSnapshot.EMPTY);
  private final Object refreshLock = new Object();
  private volatile MarketDataException lastRulesFailure;
  private volatile MarketDataException lastMarksFailure;
  private ScheduledExecutorService scheduler;

  CachedMarketRules(
      CrossMarginSymbols crossSymbols,
      IsolatedMarginSymbols isolatedSymbols,
      MarginSettings settings,
      MarkPrices markPrices,
      Clock clock,
      MarginApplicationConfig config) {
    this.crossSymbols = Objects.requireNonNull(crossSymbols, "crossSymbols is null");
    this.isolatedSymbols = Objects.requireNonNull(isolatedSymbols, "isolatedSymbols is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.markPrices = Objects.requireNonNull(markPrices, "markPrices is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.config = Objects.requireNonNull(config, "config is null");
  }

  /** The snapshot in use; the validator reads it once per order. */
  MarketSnapshot snapshot() {
    return snapshot.get();
  }

  /** The reference the validator reads the snapshot through. */
  AtomicReference<MarketSnapshot> snapshotReference() {
    return snapshot;
  }

  @Override
  public void refreshRules() {
    try {
      List<CrossMarginSymbol> cross = crossSymbols.allCrossSymbols();
      List<IsolatedMarginSymbol> isolated = isolatedSymbols.allIsolatedSymbols();
      MarginConfig marginConfig = settings.marginConfig();
      MarketSnapshot.Rules rules =
          new MarketSnapshot.Rules(
              List.copyOf(cross), List.copyOf(isolated), marginConfig, clock.instant());
      synchronized (refreshLock) {
        snapshot.set(snapshot.get().withRules(rules));
      }
      lastRulesFailure = null;
    } catch (MarketDataException e) {
      lastRulesFailure = e;
      throw e;
    }
  }

  @Override
  public void refreshMarkPrices() {
    try {
      List<MarkPrice> all = markPrices.allMarkPrices();
      Map<Symbol, MarkPrice> bySymbol = new HashMap<>(all.size() * 2);
      for (MarkPrice price : all) {
        bySymbol.put(price.symbol(), price);
      }
      MarketSnapshot.Marks marks = new MarketSnapshot.Marks(Map.copyOf(bySymbol), clock.instant());
      synchronized (refreshLock) {
        snapshot.set(snapshot.get().withMarks(marks));
      }
      lastMarksFailure = null;
    } catch (MarketDataException e) {
      lastMarksFailure = e;
      throw e;
    }
  }

  @Override
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "margin-market-rules-refresh");
              thread.setDaemon(true);
              return thread;
            });
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.scheduleWithFixedDelay(
        quietly(this::refreshRules),
        0,
        config.rulesRefreshInterval().toMillis(),
        TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(
        quietly(this::refreshMarkPrices),
        0,
        config.markPriceRefreshInterval().toMillis(),
        TimeUnit.MILLISECONDS);
    scheduler = executor;
  }

  /** A scheduled refresh must survive failures: they are kept in the status instead. */
  private static Runnable quietly(Runnable refresh) {
    return () -> {
      try {
        refresh.run();
      } catch (RuntimeException e) {
        // kept in lastRulesFailure / lastMarksFailure, or dropped if not a market-data failure;
        // either way the next scheduled refresh runs
      }
    };
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  @Override
  public CrossMarginSymbol crossRules(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    return loaded().cross(symbol);
  }

  @Override
  public Optional<IsolatedMarginSymbol> isolatedRules(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    return loaded().isolated(symbol);
  }

  @Override
  public MarginConfig marginConfig() {
    return loaded().rules.config();
  }

  @Override
  public Map<Symbol, MarkPrice> markPrices() {
    return snapshot.get().markPrices();
  }

  @Override
  public MarketRulesStatus status() {
    MarketSnapshot current = snapshot.get();
    return new MarketRulesStatus(
        Optional.ofNullable(current.rules).map(MarketSnapshot.Rules::loadedAt),
        Optional.ofNullable(current.marks).map(MarketSnapshot.Marks::loadedAt),
        current.entries.size(),
        current.markPrices().size(),
        Optional.ofNullable(lastRulesFailure),
        Optional.ofNullable(lastMarksFailure));
  }

  /**
   * The snapshot in use, with rules loaded: a service that reads the rules more than once for one
   * answer takes it once and reads everything from it.
   *
   * @throws MarketDataUnavailableException if no rules are loaded yet
   */
  MarketSnapshot loaded() {
    MarketSnapshot current = snapshot.get();
    if (current.rules == null) {
      throw new MarketDataUnavailableException(
          "no market rules loaded yet"
              + (lastRulesFailure == null ? "" : ": " + lastRulesFailure.getMessage()),
          lastRulesFailure);
    }
    return current;
  }
}
