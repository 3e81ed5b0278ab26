package dev.margin.adapters.http.kucoin;

import java.util.concurrent.TimeUnit;

/** Waiting between attempts, and for a rate-limit window. */
final class Waits {
  private Waits() {}

  static void sleepNanos(long nanos) throws InterruptedException {
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }
}
