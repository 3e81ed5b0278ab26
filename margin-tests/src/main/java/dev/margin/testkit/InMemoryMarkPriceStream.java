package dev.margin.testkit;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A {@link MarkPriceStream} a test drives: each subscription is up at once ({@code onConnect}), and
 * the test marks prices ({@link #mark}), which reach every open subscription that follows their
 * symbol, or plays the stream's troubles ({@link #disconnect}, {@link #reconnect}, {@link #gap},
 * {@link #drop}), which reach every open one. As the KuCoin stream does, it refuses an empty set or
 * more than 300 symbols, and each subscription's listener hears it on a thread of its own, in
 * order, an exception it throws caught.
 *
 * <pre>{@code
 * InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
 * try (MarkPriceStream.Subscription live = stream.subscribe(Set.of(usdtBtc), listener)) {
 *   stream.mark(MarginFixtures.aMarkPrice("USDT-BTC", "0.000015", Instant.now()));
 * }
 * }</pre>
 */
public final class InMemoryMarkPriceStream implements MarkPriceStream {
  /** The most symbols one subscription follows, as on KuCoin. */
  public static final int MAX_SYMBOLS = 300;

  private final List<Live> open = new CopyOnWriteArrayList<>();

  /** A stream with no subscription yet. */
  public InMemoryMarkPriceStream() {}

  @Override
  public Subscription subscribe(Set<Symbol> symbols, MarkPriceListener listener) {
    Objects.requireNonNull(symbols, "symbols is null");
    Objects.requireNonNull(listener, "listener is null");
    if (symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
      throw new IllegalArgumentException(
          "symbols must hold 1 to " + MAX_SYMBOLS + " symbols: " + symbols.size());
    }
    for (Symbol symbol : symbols) {
      Objects.requireNonNull(symbol, "symbol is null");
    }
    Live live = new Live(Set.copyOf(symbols), listener);
    open.add(live);
    live.tell(MarkPriceListener::onConnect);
    return live;
  }

  /** {@return {@link #MAX_SYMBOLS}, as on KuCoin} */
  @Override
  public int maxSymbolsPerSubscription() {
    return MAX_SYMBOLS;
  }

  /**
   * Waits until every open subscription's listener has heard everything told so far: a test's point
   * of order between marking prices and reading what they did, without sleeping.
   *
   * @throws IllegalStateException if a listener is still busy after 10 seconds
   */
  public void awaitDelivered() {
    for (Live live : open) {
      live.awaitIdle();
    }
  }

  /**
   * Marks a price: every open subscription that follows its symbol hears it.
   *
   * @param price the price; never null
   */
  public void mark(MarkPrice price) {
    Objects.requireNonNull(price, "price is null");
    for (Live live : open) {
      if (live.symbols.contains(price.symbol())) {
        live.tell(listener -> listener.onMarkPrice(price));
      }
    }
  }

  /**
   * The link is lost: every open subscription hears {@code onDisconnect}.
   *
   * @param reason why; never null
   */
  public void disconnect(String reason) {
    Objects.requireNonNull(reason, "reason is null");
    everyOpen(listener -> listener.onDisconnect(reason));
  }

  /** The link is back: every open subscription hears {@code onConnect}. */
  public void reconnect() {
    everyOpen(MarkPriceListener::onConnect);
  }

  /**
   * Prices resumed after a lost link: every open subscription hears {@code onGap}.
   *
   * @param lastBefore the last price's instant before the link was lost; never null
   * @param firstAfter the first price's instant after; never null
   */
  public void gap(Instant lastBefore, Instant firstAfter) {
    Objects.requireNonNull(lastBefore, "lastBefore is null");
    Objects.requireNonNull(firstAfter, "firstAfter is null");
    everyOpen(listener -> listener.onGap(lastBefore, firstAfter));
  }

  /**
   * A message could not be used: every open subscription hears {@code onDropped} and counts it.
   *
   * @param reason what was wrong with it; never null
   */
  public void drop(String reason) {
    Objects.requireNonNull(reason, "reason is null");
    for (Live live : open) {
      live.dropped.incrementAndGet();
      live.tell(listener -> listener.onDropped(reason));
    }
  }

  /** {@return how many subscriptions are open} */
  public int openSubscriptions() {
    return open.size();
  }

  private void everyOpen(Consumer<MarkPriceListener> event) {
    for (Live live : open) {
      live.tell(event);
    }
  }

  private final class Live implements Subscription {
    final Set<Symbol> symbols;
    final MarkPriceListener listener;
    final AtomicLong dropped = new AtomicLong();
    final ExecutorService thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread listening = new Thread(task, "margin-in-memory-mark-prices");
              listening.setDaemon(true);
              return listening;
            });

    Live(Set<Symbol> symbols, MarkPriceListener listener) {
      this.symbols = symbols;
      this.listener = listener;
    }

    void tell(Consumer<MarkPriceListener> event) {
      try {
        thread.execute(
            () -> {
              try {
                event.accept(listener);
              } catch (RuntimeException ignored) {
                // a listener's failure is its own
              }
            });
      } catch (RejectedExecutionException closed) {
        // closed meanwhile
      }
    }

    void awaitIdle() {
      try {
        thread.submit(() -> {}).get(10, TimeUnit.SECONDS);
      } catch (RejectedExecutionException | CancellationException closed) {
        // closed meanwhile: nothing more will be heard
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a listener", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("a listener is still busy after 10 seconds", e);
      }
    }

    @Override
    public long droppedMessages() {
      return dropped.get();
    }

    @Override
    public void close() {
      open.remove(this);
      thread.shutdownNow();
    }
  }
}
