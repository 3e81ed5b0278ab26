package dev.margin.adapters.http.kucoin;

import feign.Request;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The request options of one attempt of a call: its read timeout, and the call's deadline on the
 * clock of the {@link CallPolicy} that made them. Feign hands this very object to the client, so
 * the deadline reaches the body read with no side channel.
 */
final class AttemptOptions extends Request.Options {
  private final long deadline;
  private final LongSupplier nanoTime;

  /**
   * @param deadline the call's deadline, in {@code nanoTime} nanoseconds
   * @param nanoTime the clock the deadline is on
   */
  AttemptOptions(
      long connectTimeoutMillis, long readTimeoutMillis, long deadline, LongSupplier nanoTime) {
    super(
        connectTimeoutMillis,
        TimeUnit.MILLISECONDS,
        readTimeoutMillis,
        TimeUnit.MILLISECONDS,
        false);
    this.deadline = deadline;
    this.nanoTime = nanoTime;
  }

  long deadline() {
    return deadline;
  }

  LongSupplier nanoTime() {
    return nanoTime;
  }
}
