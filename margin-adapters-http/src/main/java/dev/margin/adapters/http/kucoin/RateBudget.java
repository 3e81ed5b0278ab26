package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.RateLimitedException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The client's own rate budget: per KuCoin pool, a weight quota per window, charged with each
 * endpoint's weight before a request is sent and brought into step with the {@code
 * gw-ratelimit-remaining} and {@code gw-ratelimit-reset} headers of each response. When a pool is
 * spent, a call waits for the window to reset (if that fits in its deadline) or fails fast with a
 * {@link RateLimitedException}, as configured. Thread-safe.
 */
final class RateBudget implements KucoinRateBudget {
  private static final List<String> POOLS =
      Arrays.stream(KucoinEndpoint.Pool.values()).map(RateBudget::name).toList();

  private final Map<KucoinEndpoint.Pool, Window> windows = new EnumMap<>(KucoinEndpoint.Pool.class);
  private final boolean waitWhenSpent;
  private final LongSupplier nanoTime;

  RateBudget(KucoinHttpConfig config, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.waitWhenSpent = config.waitWhenRateLimited();
    long window = config.rateWindow().toNanos();
    windows.put(KucoinEndpoint.Pool.PUBLIC, new Window(config.publicQuota(), window));
    windows.put(KucoinEndpoint.Pool.SPOT, new Window(config.spotQuota(), window));
  }

  /**
   * Charges the endpoint's weight, waiting for the window to reset if allowed and the reset comes
   * before {@code deadline} (a {@link System#nanoTime()} instant).
   *
   * @return the nanoseconds waited for the window, 0 if the weight was there
   * @throws RateLimitedException if the pool is spent and the call may not or cannot wait
   * @throws InterruptedException if interrupted while waiting
   */
  long acquire(KucoinEndpoint endpoint, String description, long deadline)
      throws InterruptedException {
    Window window = windows.get(endpoint.pool);
    long waited = 0;
    while (true) {
      long waitNanos;
      synchronized (window) {
        long now = nanoTime.getAsLong();
        window.rollIfDue(now);
        if (window.remaining >= endpoint.weight) {
          window.remaining -= endpoint.weight;
          return waited;
        }
        waitNanos = window.resetAt - now;
      }
      if (!waitWhenSpent || nanoTime.getAsLong() + waitNanos > deadline) {
        throw new RateLimitedException(
            description,
            0,
            null,
            "the client's " + name(endpoint.pool) + " rate budget is spent",
            null,
            Duration.ofNanos(Math.max(0, waitNanos)));
      }
      long before = nanoTime.getAsLong();
      Waits.sleepNanos(waitNanos);
      waited += nanoTime.getAsLong() - before;
    }
  }

  /**
   * Brings a pool into step with the headers of a response, each on its own: what remains, and when
   * the window resets.
   */
  void observe(KucoinEndpoint endpoint, RateLimitHeaders headers) {
    if (headers.remaining() == null && headers.resetMillis() == null) {
      return;
    }
    Window window = windows.get(endpoint.pool);
    synchronized (window) {
      long now = nanoTime.getAsLong();
      window.rollIfDue(now);
      if (headers.remaining() != null) {
        window.remaining = Math.min(headers.remaining(), window.quota);
      }
      if (headers.resetMillis() != null) {
        window.resetAt = now + TimeUnit.MILLISECONDS.toNanos(headers.resetMillis());
      }
    }
  }

  /** Spends a pool entirely until {@code resetIn} from now, as a 429 with headers says. */
  void exhaust(KucoinEndpoint endpoint, Duration resetIn) {
    Window window = windows.get(endpoint.pool);
    synchronized (window) {
      window.remaining = 0;
      window.resetAt = nanoTime.getAsLong() + resetIn.toNanos();
    }
  }

  @Override
  public List<String> pools() {
    return POOLS;
  }

  @Override
  public long remaining(String pool) {
    return remaining(pool(pool));
  }

  @Override
  public long quota(String pool) {
    return windows.get(pool(pool)).quota;
  }

  private static String name(KucoinEndpoint.Pool pool) {
    return pool.name().toLowerCase(Locale.ROOT);
  }

  private static KucoinEndpoint.Pool pool(String name) {
    for (KucoinEndpoint.Pool pool : KucoinEndpoint.Pool.values()) {
      if (name(pool).equals(name)) {
        return pool;
      }
    }
    throw new IllegalArgumentException("no rate-limit pool " + name + "; the pools: " + POOLS);
  }

  /** How much of a pool is left now. */
  long remaining(KucoinEndpoint.Pool pool) {
    Window window = windows.get(pool);
    synchronized (window) {
      window.rollIfDue(nanoTime.getAsLong());
      return window.remaining;
    }
  }

  private static final class Window {
    final long quota;
    final long length;
    long remaining;
    long resetAt = Long.MIN_VALUE;

    Window(long quota, long length) {
      this.quota = quota;
      this.length = length;
      this.remaining = quota;
    }

    void rollIfDue(long now) {
      if (resetAt == Long.MIN_VALUE) {
        resetAt = now + length;
      } else if (now - resetAt >= 0) {
        remaining = quota;
        resetAt = now + length;
      }
    }
  }
}
