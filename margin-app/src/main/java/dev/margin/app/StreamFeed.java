package dev.margin.app;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The market-rules cache's side of a live {@link MarkPriceStream}: follows the symbols in as many
 * subscriptions as the stream needs, keeps the newest tick of each symbol until the cache swaps
 * them in, and knows whether the stream is up and since when. Ticks go into one of two maps under a
 * lock of their own, which a swap exchanges (so a tick never waits on a swap's work, and a map is
 * reused rather than emptied key by key); the rest is guarded by this object.
 */
final class StreamFeed {
  private final MarkPriceStream stream;
  private final LiveMarkPrices config;
  private final Clock clock;
  private final Object ticksLock = new Object();

  /**
   * The ticks since the last drain, in arrival order: an append per tick, no hashing. The merge
   * keeps the newest per symbol; past {@link #COMPACT_AT} ticks (no swap for a while) they are
   * compacted to the newest per symbol here, so memory stays bounded by the symbols followed.
   */
  private ArrayList<MarkPrice> pending = new ArrayList<>();

  private ArrayList<MarkPrice> spare = new ArrayList<>();

  /** How many ticks are held before they are compacted to the newest per symbol. */
  static final int COMPACT_AT = 1 << 16;

  private int compactAt = COMPACT_AT;

  /** Every tick kept since the feed began; guarded by {@link #ticksLock}. */
  private long ticks;

  private final List<Part> parts = new ArrayList<>();
  private boolean closed;
  private boolean up;
  private Instant since;
  private String lastDisconnect;

  StreamFeed(MarkPriceStream stream, LiveMarkPrices config, Clock clock) {
    this.stream = stream;
    this.config = config;
    this.clock = clock;
    this.since = clock.instant();
  }

  /** The symbols the configuration names, else {@code polled}'s. */
  Set<Symbol> symbolsToFollow(Set<Symbol> polled) {
    return config.symbols().isEmpty() ? polled : config.symbols();
  }

  synchronized boolean following() {
    return !parts.isEmpty();
  }

  /**
   * Follows {@code symbols}, in subscriptions of at most the stream's maximum each; does nothing if
   * already following or closed, or if {@code symbols} is empty. If a subscription is refused, the
   * ones made are closed and the refusal kept as the last disconnect: the cache keeps polling and
   * tries again after its next poll.
   */
  synchronized void follow(Set<Symbol> symbols) {
    if (closed || !parts.isEmpty() || symbols.isEmpty()) {
      return;
    }
    List<Symbol> sorted = new ArrayList<>(symbols);
    sorted.sort(Comparator.comparing(Symbol::code));
    int max = Math.max(1, stream.maxSymbolsPerSubscription());
    since = clock.instant();
    up = false;
    try {
      for (int from = 0; from < sorted.size(); from += max) {
        Part part = new Part();
        parts.add(part);
        Set<Symbol> chunk = Set.copyOf(sorted.subList(from, Math.min(sorted.size(), from + max)));
        part.subscription = stream.subscribe(chunk, part);
      }
    } catch (RuntimeException refused) {
      closeParts();
      lastDisconnect = "subscription refused: " + refused.getMessage();
    }
  }

  /**
   * Whether the REST endpoint should be polled now: before the stream is followed; always when the
   * stream follows a chosen set of symbols (the others have no other source); and once it has been
   * down for the configured time.
   */
  synchronized boolean pollingDue(Instant now) {
    return parts.isEmpty()
        || !config.symbols().isEmpty()
        || (!up && Duration.between(since, now).compareTo(config.pollingAfter()) >= 0);
  }

  /**
   * Takes every tick received since the last call, in the order they came: the merge keeps the
   * newest of each symbol.
   */
  Collection<MarkPrice> drain() {
    ArrayList<MarkPrice> taken;
    synchronized (ticksLock) {
      if (pending.isEmpty()) {
        return List.of();
      }
      taken = pending;
      pending = spare != null ? spare : new ArrayList<>();
      spare = null;
      compactAt = COMPACT_AT;
    }
    List<MarkPrice> prices = List.copyOf(taken);
    taken.clear();
    synchronized (ticksLock) {
      if (spare == null) {
        spare = taken;
      }
    }
    return prices;
  }

  /**
   * The ticks held, the newest per symbol (the first to come where two are marked alike, as the
   * merge keeps it), in the order of each symbol's first tick; called under {@link #ticksLock} when
   * they reach {@link #compactAt}.
   */
  private void compact() {
    Map<Symbol, MarkPrice> newest = new LinkedHashMap<>();
    for (MarkPrice price : pending) {
      MarkPrice held = newest.get(price.symbol());
      if (held == null || price.timePoint().isAfter(held.timePoint())) {
        newest.put(price.symbol(), price);
      }
    }
    pending.clear();
    pending.addAll(newest.values());
    pending.trimToSize();
    // as many again before the next compaction: amortised, whatever the number of symbols
    compactAt = Math.max(COMPACT_AT, pending.size() * 2);
  }

  private long ticks() {
    synchronized (ticksLock) {
      return ticks;
    }
  }

  synchronized LiveMarkPricesStatus status(Instant now) {
    long dropped = 0;
    for (Part part : parts) {
      MarkPriceStream.Subscription subscription = part.subscription;
      dropped += subscription == null ? 0 : subscription.droppedMessages();
    }
    return new LiveMarkPricesStatus(
        up, since, pollingDue(now), ticks(), dropped, Optional.ofNullable(lastDisconnect));
  }

  synchronized void close() {
    closed = true;
    closeParts();
  }

  private void closeParts() {
    for (Part part : parts) {
      if (part.subscription != null) {
        part.subscription.close();
      }
    }
    parts.clear();
    up = false;
  }

  private synchronized void connectionChanged(String reason) {
    boolean allUp = !parts.isEmpty();
    for (Part part : parts) {
      allUp &= part.up;
    }
    if (reason != null) {
      lastDisconnect = reason;
    }
    if (allUp != up) {
      up = allUp;
      since = clock.instant();
    }
  }

  /** One subscription's listener. */
  private final class Part implements MarkPriceListener {
    volatile MarkPriceStream.Subscription subscription;
    volatile boolean up;

    @Override
    public void onMarkPrice(MarkPrice price) {
      synchronized (ticksLock) {
        pending.add(price);
        // counted with the tick kept: whoever sees the count sees the tick in the next swap
        ticks++;
        if (pending.size() >= compactAt) {
          compact();
        }
      }
    }

    @Override
    public void onConnect() {
      up = true;
      connectionChanged(null);
    }

    @Override
    public void onDisconnect(String reason) {
      up = false;
      connectionChanged(reason);
    }

    @Override
    public void onGap(Instant lastBefore, Instant firstAfter) {
      // the ticks missed are gone; the prices held age, and fail closed once too old
    }

    @Override
    public void onDropped(String reason) {
      // counted by the subscription
    }
  }
}
