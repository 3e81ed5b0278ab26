package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Symbol;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@link RiskMonitor}: positions indexed by the currencies they hold or owe, re-assessed on one
 * thread of its own after each swap of mark prices, each change handed to every listener's own
 * thread. Everything but the listeners and the latest changes is touched on the monitor's thread
 * only.
 */
final class PositionWatch implements RiskMonitor {

  private final RiskService risk;
  private final Clock clock;
  private final ExecutorService thread = daemon("margin-risk-monitor", Integer.MAX_VALUE);
  private final Map<String, Watched> watched = new HashMap<>();
  private final Map<Currency, Set<String>> byCurrency = new HashMap<>();
  private final Map<String, RiskChange> latest = new ConcurrentHashMap<>();
  private final List<Listening> listeners = new CopyOnWriteArrayList<>();
  private final Set<Currency> moved = new HashSet<>();
  private boolean assessmentQueued;
  private volatile int watchedCount;
  private volatile boolean closed;

  PositionWatch(CachedMarketRules rules, RiskService risk, Clock clock) {
    this.risk = Objects.requireNonNull(risk, "risk is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    rules.onMarkPricesSwapped(this::swapped);
  }

  @Override
  public void watch(String id, MarginPosition position) {
    watch(id, position, Currency.USDT);
  }

  @Override
  public void watch(String id, MarginPosition position, Currency quoteCurrency) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    if (id.isEmpty() || id.length() > 128) {
      throw new IllegalArgumentException("id must be 1 to 128 characters: " + id.length());
    }
    Currency quote =
        position.mode() == MarginMode.ISOLATED ? position.symbol().quote() : quoteCurrency;
    run(
        () -> {
          remove(id);
          Watched added = new Watched(id, position, quote);
          watched.put(id, added);
          watchedCount = watched.size();
          for (Currency currency : added.currencies) {
            byCurrency.computeIfAbsent(currency, c -> new HashSet<>()).add(id);
          }
          assess(added);
          return null;
        });
  }

  @Override
  public boolean unwatch(String id) {
    Objects.requireNonNull(id, "id is null");
    if (closed) {
      return false;
    }
    return Boolean.TRUE.equals(run(() -> remove(id)));
  }

  @Override
  public Map<String, RiskChange> latest() {
    return Map.copyOf(latest);
  }

  @Override
  public int assessAll() {
    Integer changes =
        run(
            () -> {
              int count = 0;
              for (Watched each : watched.values()) {
                count += assess(each) ? 1 : 0;
              }
              return count;
            });
    return changes == null ? 0 : changes;
  }

  @Override
  public AutoCloseable addListener(RiskListener listener) {
    Objects.requireNonNull(listener, "listener is null");
    Listening listening = new Listening(listener);
    listeners.add(listening);
    return () -> {
      listeners.remove(listening);
      listening.thread.shutdownNow();
    };
  }

  @Override
  public void close() {
    closed = true;
    thread.shutdownNow();
    for (Listening listening : listeners) {
      listening.thread.shutdownNow();
    }
    listeners.clear();
  }

  /** Called on the swapping thread: notes what moved, and queues one assessment for all of it. */
  private void swapped(Collection<Symbol> symbols) {
    if (closed || watchedCount == 0) {
      return;
    }
    synchronized (moved) {
      for (Symbol symbol : symbols) {
        moved.add(symbol.base());
        moved.add(symbol.quote());
      }
      if (assessmentQueued) {
        return;
      }
      assessmentQueued = true;
    }
    try {
      thread.execute(this::assessMoved);
    } catch (RejectedExecutionException closedMeanwhile) {
      // closed: nothing more to tell
    }
  }

  private void assessMoved() {
    Set<Currency> currencies;
    synchronized (moved) {
      currencies = Set.copyOf(moved);
      moved.clear();
      assessmentQueued = false;
    }
    Set<String> concerned = new HashSet<>();
    for (Currency currency : currencies) {
      concerned.addAll(byCurrency.getOrDefault(currency, Set.of()));
    }
    for (String id : concerned) {
      Watched each = watched.get(id);
      if (each != null && !closed) {
        assess(each);
      }
    }
  }

  /**
   * Assesses one position; tells every listener if its status changed. The status alone is worked
   * out first (no division); the whole assessment, with the ratio and the exposure, only for a
   * change.
   */
  private boolean assess(Watched position) {
    Optional<RiskStatus> after;
    Optional<String> failure = Optional.empty();
    try {
      after = Optional.of(risk.status(position.position));
    } catch (MarketDataException e) {
      after = Optional.empty();
      failure = Optional.of(String.valueOf(e.getMessage()));
    }
    if (position.told && position.last.equals(after)) {
      return false;
    }
    RiskAssessment assessment = null;
    if (after.isPresent()) {
      try {
        assessment = risk.assess(position.position, position.quote);
        after = Optional.of(assessment.status());
      } catch (MarketDataException e) {
        // the quote currency has no price: the ratio and the exposure are told without it
        assessment = null;
      }
    }
    RiskChange change =
        new RiskChange(
            position.id,
            position.last,
            after,
            assessment == null ? Optional.empty() : assessment.debtRatio(),
            assessment == null
                ? Optional.empty()
                : LargestExposure.of(risk, position.position, position.quote, assessment),
            failure,
            clock.instant());
    position.told = true;
    position.last = after;
    latest.put(position.id, change);
    for (Listening listening : listeners) {
      listening.tell(change);
    }
    return true;
  }

  private Boolean remove(String id) {
    Watched gone = watched.remove(id);
    watchedCount = watched.size();
    latest.remove(id);
    if (gone == null) {
      return false;
    }
    for (Currency currency : gone.currencies) {
      Set<String> ids = byCurrency.get(currency);
      ids.remove(id);
      if (ids.isEmpty()) {
        byCurrency.remove(currency);
      }
    }
    return true;
  }

  /** Runs {@code job} on the monitor's thread and waits for it. */
  private <T> T run(java.util.concurrent.Callable<T> job) {
    if (closed) {
      throw new IllegalStateException("the risk monitor is closed");
    }
    Future<T> done;
    try {
      done = thread.submit(job);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the risk monitor is closed", e);
    }
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the monitor worked", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.CancellationException e) {
      throw new IllegalStateException("the risk monitor is closed", e);
    }
  }

  private static ExecutorService daemon(String name, int capacity) {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(capacity),
            task -> {
              Thread thread = new Thread(task, name);
              thread.setDaemon(true);
              return thread;
            });
    return executor;
  }

  /** A watched position and what was last told of it. */
  private static final class Watched {
    final String id;
    final MarginPosition position;
    final Currency quote;
    final Set<Currency> currencies;
    boolean told;
    Optional<RiskStatus> last = Optional.empty();

    Watched(String id, MarginPosition position, Currency quote) {
      this.id = id;
      this.position = position;
      this.quote = quote;
      Set<Currency> held = new HashSet<>(position.assets().keySet());
      held.addAll(position.liabilities().keySet());
      this.currencies = Set.copyOf(held);
    }
  }

  /** A listener on its own thread, with at most {@link #MAX_WAITING_CHANGES} changes waiting. */
  private static final class Listening {
    final RiskListener listener;
    final ExecutorService thread = daemon("margin-risk-listener", MAX_WAITING_CHANGES);

    Listening(RiskListener listener) {
      this.listener = listener;
    }

    void tell(RiskChange change) {
      try {
        thread.execute(
            () -> {
              try {
                listener.onChange(change);
              } catch (RuntimeException ignored) {
                // a listener's failure is its own
              }
            });
      } catch (RejectedExecutionException full) {
        // too far behind, or removed: this change is not told to it
      }
    }
  }
}
