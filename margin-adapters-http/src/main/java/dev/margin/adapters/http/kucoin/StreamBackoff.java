package dev.margin.adapters.http.kucoin;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The wait before a stream's next connect: exponential, capped, with equal jitter. */
final class StreamBackoff {
  private StreamBackoff() {}

  /**
   * The wait after {@code attempt} failures in a row: {@code initial x 2^attempt} capped at {@code
   * max}, then between half and all of it.
   *
   * @return the wait in nanoseconds
   */
  static long nanos(int attempt, Duration initial, Duration max) {
    long base = initial.toNanos();
    long ceiling = max.toNanos();
    long capped = attempt >= 30 ? ceiling : Math.min(ceiling, base << Math.min(attempt, 30));
    if (capped < 0) {
      capped = ceiling;
    }
    long half = capped / 2;
    return half + ThreadLocalRandom.current().nextLong(capped - half + 1);
  }
}
