package dev.margin.adapters.http.kucoin;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A response body that ends its attempt when no byte has come for the read timeout, and at the
 * call's deadline, whichever is first: an alarm closes the stream under a blocked read, and every
 * read from then on throws an {@link HttpTimeoutException}, the JDK's own type for a response that
 * came too late. A body that trickles, stalls or never ends thus fails as a timeout, never as a
 * truncated (malformed) body.
 *
 * <p>The JDK's request timeout stops once the headers are in; this bounds the rest. One alarm is
 * pending at a time: reads only note the time of the last byte, and an alarm that finds a byte has
 * come since sets the next one.
 */
final class BoundedBody extends InputStream {

  /** Runs a task once after a delay; the returned action cancels it. */
  interface Alarms {
    Runnable after(long delayNanos, Runnable task);
  }

  /** One daemon thread for every adapter, started on the first body and stopped when idle. */
  static final Alarms SHARED = (delayNanos, task) -> Shared.after(delayNanos, task);

  private final InputStream in;
  private final long readTimeoutNanos;
  private final long deadline;
  private final LongSupplier nanoTime;
  private final Alarms alarms;
  private volatile long lastByte;
  private volatile String expired;
  private boolean finished; // guarded by this
  private Runnable cancelAlarm; // guarded by this

  private BoundedBody(
      InputStream in, long readTimeoutNanos, long deadline, LongSupplier nanoTime, Alarms alarms) {
    this.in = Objects.requireNonNull(in, "in is null");
    this.readTimeoutNanos = readTimeoutNanos;
    this.deadline = deadline;
    this.nanoTime = nanoTime;
    this.alarms = alarms;
    this.lastByte = nanoTime.getAsLong();
  }

  /**
   * Bounds {@code in}, starting now.
   *
   * @param readTimeoutNanos the longest wait for the next byte
   * @param deadline when the body must be complete, in {@code nanoTime} nanoseconds
   */
  static BoundedBody of(
      InputStream in, long readTimeoutNanos, long deadline, LongSupplier nanoTime, Alarms alarms) {
    BoundedBody body = new BoundedBody(in, readTimeoutNanos, deadline, nanoTime, alarms);
    body.arm(body.lastByte);
    return body;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] bytes, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, bytes.length);
    if (len == 0) {
      return 0;
    }
    throwIfExpired();
    int n;
    try {
      n = in.read(bytes, off, len);
    } catch (IOException | RuntimeException e) {
      throwIfExpired(); // the alarm closed the stream under this read
      throw e;
    }
    long now = nanoTime.getAsLong();
    throwIfExpired();
    String late = lateness(now);
    if (late != null) {
      expire(late); // the alarm is late: the read returned after the bound all the same
      throwIfExpired();
    }
    if (n < 0) {
      finish();
    } else if (n > 0) {
      lastByte = now;
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    throwIfExpired();
    return in.available();
  }

  @Override
  public void close() throws IOException {
    finish();
    in.close();
  }

  /** Why the body is too late at {@code now}, or null while it is in time. */
  private String lateness(long now) {
    if (now - deadline >= 0) {
      return "body not complete at the deadline";
    }
    if (now - lastByte >= readTimeoutNanos) {
      return "no body byte for " + TimeUnit.NANOSECONDS.toMillis(readTimeoutNanos) + " ms";
    }
    return null;
  }

  private void ring() {
    long now = nanoTime.getAsLong();
    String late = lateness(now);
    if (late == null) {
      arm(now);
    } else {
      expire(late);
    }
  }

  private void arm(long now) {
    long due = Math.min(lastByte + readTimeoutNanos - now, deadline - now);
    synchronized (this) {
      if (!finished && expired == null) {
        cancelAlarm = alarms.after(Math.max(0, due), this::ring);
      }
    }
  }

  private void expire(String why) {
    synchronized (this) {
      if (finished || expired != null) {
        return;
      }
      expired = why;
      cancelAlarm = null;
    }
    try {
      in.close(); // unblocks a read waiting for the next byte
    } catch (IOException | RuntimeException ignored) {
      // the stream is ended either way
    }
  }

  private void finish() {
    Runnable cancel;
    synchronized (this) {
      finished = true;
      cancel = cancelAlarm;
      cancelAlarm = null;
    }
    if (cancel != null) {
      cancel.run();
    }
  }

  private void throwIfExpired() throws HttpTimeoutException {
    String why = expired;
    if (why != null) {
      throw new HttpTimeoutException(why);
    }
  }

  private static final class Shared {
    static final ScheduledThreadPoolExecutor EXECUTOR = executor();

    static Runnable after(long delayNanos, Runnable task) {
      ScheduledFuture<?> alarm = EXECUTOR.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
      return () -> alarm.cancel(false);
    }

    private static ScheduledThreadPoolExecutor executor() {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "margin-kucoin-body-alarm");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      executor.setKeepAliveTime(10, TimeUnit.SECONDS);
      executor.allowCoreThreadTimeOut(true);
      return executor;
    }
  }
}
