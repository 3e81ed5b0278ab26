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
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
  private final StreamFeed feed;
  private final List<Consumer<Collection<Symbol>>> swapListeners = new CopyOnWriteArrayList<>();

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
    this(crossSymbols, isolatedSymbols, settings, markPrices, null, clock, config);
  }

  /**
   * A cache that also takes mark prices from {@code stream} when the configuration turns the live
   * stream on.
   *
   * @throws IllegalArgumentException if the configuration turns it on and {@code stream} is null
   */
  CachedMarketRules(
      CrossMarginSymbols crossSymbols,
      IsolatedMarginSymbols isolatedSymbols,
      MarginSettings settings,
      MarkPrices markPrices,
      MarkPriceStream stream,
      Clock clock,
      MarginApplicationConfig config) {
    this.crossSymbols = Objects.requireNonNull(crossSymbols, "crossSymbols is null");
    this.isolatedSymbols = Objects.requireNonNull(isolatedSymbols, "isolatedSymbols is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.markPrices = Objects.requireNonNull(markPrices, "markPrices is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.config = Objects.requireNonNull(config, "config is null");
    if (config.liveMarkPrices().enabled() && stream == null) {
      throw new IllegalArgumentException(
          "liveMarkPrices is on, but no MarkPriceStream is given to take them from");
    }
    this.feed =
        config.liveMarkPrices().enabled()
            ? new StreamFeed(stream, config.liveMarkPrices(), clock)
            : null;
  }

  /**
   * Tells {@code listener}, on the thread that swapped them in, the symbols whose mark prices each
   * new snapshot changed, each once.
   */
  void onMarkPricesSwapped(Consumer<Collection<Symbol>> listener) {
    swapListeners.add(listener);
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
    List<MarkPrice> all;
    try {
      all = markPrices.allMarkPrices();
      lastMarksFailure = null;
    } catch (MarketDataException e) {
      lastMarksFailure = e;
      throw e;
    }
    Instant now = clock.instant();
    List<Symbol> changed = new ArrayList<>();
    MarketSnapshot current;
    MarketSnapshot after = null;
    synchronized (refreshLock) {
      current = snapshot.get();
      MarketSnapshot.Marks marks;
      if (feed == null) {
        marks = MarketSnapshot.Marks.polled(all, current.marks, now);
        for (Map.Entry<Symbol, MarkPrice> entry : marks.bySymbol().entrySet()) {
          if (!entry.getValue().equals(current.markPrices().get(entry.getKey()))) {
            changed.add(entry.getKey());
          }
        }
      } else {
        marks =
            MarketSnapshot.Marks.merged(current.marks, all, MarkPriceSource.POLLING, now, changed);
      }
      if (marks != current.marks) {
        after = current.withMarks(marks);
        snapshot.set(after);
      }
    }
    if (after != null) {
      after.workOutBandsUsedIn(current);
    }
    swapped(changed);
    if (feed != null && !feed.following()) {
      Set<Symbol> polled = new HashSet<>();
      for (MarkPrice price : all) {
        polled.add(price.symbol());
      }
      feed.follow(feed.symbolsToFollow(polled));
    }
  }

  @Override
  public int applyStreamedMarkPrices() {
    if (feed == null) {
      return 0;
    }
    Collection<MarkPrice> ticks = feed.drain();
    if (ticks.isEmpty()) {
      return 0;
    }
    List<Symbol> changed = new ArrayList<>(ticks.size());
    MarketSnapshot before;
    MarketSnapshot after = null;
    synchronized (refreshLock) {
      before = snapshot.get();
      MarketSnapshot.Marks marks =
          MarketSnapshot.Marks.merged(
              before.marks, ticks, MarkPriceSource.STREAM, clock.instant(), changed);
      if (marks != before.marks) {
        after = before.withMarks(marks);
        snapshot.set(after);
      }
    }
    if (after != null) {
      after.workOutBandsUsedIn(before);
    }
    swapped(changed);
    return changed.size();
  }

  private void swapped(List<Symbol> changed) {
    if (changed.isEmpty()) {
      return;
    }
    Collection<Symbol> view = Collections.unmodifiableList(changed);
    for (Consumer<Collection<Symbol>> listener : swapListeners) {
      try {
        listener.accept(view);
      } catch (RuntimeException e) {
        // a listener's failure is its own; the swap is done
      }
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
    if (feed != null) {
      Set<Symbol> known = snapshot.get().markPrices().keySet();
      Set<Symbol> symbols = feed.symbolsToFollow(known);
      if (!symbols.isEmpty()) {
        quietly(() -> feed.follow(symbols)).run();
      }
      executor.scheduleAtFixedRate(
          quietly(this::applyStreamedMarkPrices),
          config.liveMarkPrices().pace().toMillis(),
          config.liveMarkPrices().pace().toMillis(),
          TimeUnit.MILLISECONDS);
    }
    executor.scheduleWithFixedDelay(
        quietly(
            () -> {
              if (feed == null
                  || snapshot.get().marks == null
                  || feed.pollingDue(clock.instant())) {
                refreshMarkPrices();
              }
            }),
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
    if (feed != null) {
      feed.close();
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
        Optional.ofNullable(lastMarksFailure),
        current.markPriceOrigins(),
        feed == null ? Optional.empty() : Optional.of(feed.status(clock.instant())));
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
