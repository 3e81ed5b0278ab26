package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bounded body on a clock and alarms the test moves by hand. */
class BoundedBodyTest {
  static final long MS = 1_000_000L;
  static final long READ_TIMEOUT = 300 * MS;

  long now = 7_000 * MS;
  final long start = now;
  final List<Alarm> alarms = new ArrayList<>();

  /** An alarm set by the body: rung by the test, or cancelled by the body. */
  static final class Alarm {
    final long delay;
    final Runnable task;
    boolean cancelled;

    Alarm(long delay, Runnable task) {
      this.delay = delay;
      this.task = task;
    }
  }

  BoundedBody bounded(InputStream in, long deadlineAfter) {
    return BoundedBody.of(
        in,
        READ_TIMEOUT,
        start + deadlineAfter,
        () -> now,
        (delay, task) -> {
          Alarm alarm = new Alarm(delay, task);
          alarms.add(alarm);
          return () -> alarm.cancelled = true;
        });
  }

  Alarm lastAlarm() {
    return alarms.get(alarms.size() - 1);
  }

  /** Moves the clock to {@code millis} after the start and rings the pending alarm. */
  void ringAt(long millis) {
    now = start + millis * MS;
    lastAlarm().task.run();
  }

  static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aBodyWhoseBytesComeInTimeIsReadToItsEndAndItsAlarmCancelled() throws IOException {
    BoundedBody body = bounded(bytes("abc"), 2_000 * MS);
    byte[] read = new byte[3];

    for (int i = 0; i < 3; i++) {
      now += 250 * MS; // each byte within the read timeout, the whole beyond it
      assertThat(body.read(read, i, 1)).isEqualTo(1);
    }
    assertThat(body.read()).isEqualTo(-1);

    assertThat(new String(read, StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThat(alarms).singleElement().satisfies(a -> assertThat(a.cancelled).isTrue());
  }

  @Test
  void theFirstAlarmIsDueAtTheReadTimeoutOrTheDeadlineWhicheverIsFirst() {
    bounded(bytes("a"), 2_000 * MS);
    bounded(bytes("a"), 100 * MS);

    assertThat(alarms).extracting(a -> a.delay).containsExactly(READ_TIMEOUT, 100 * MS);
  }

  @Test
  void anAlarmThatFindsAByteCameSinceIsSetAgainForTheRestOfTheReadTimeout() throws IOException {
    BoundedBody body = bounded(bytes("ab"), 2_000 * MS);
    now = start + 200 * MS;
    assertThat(body.read()).isEqualTo('a');

    ringAt(300);

    assertThat(alarms).hasSize(2);
    assertThat(lastAlarm().delay).isEqualTo(200 * MS);
    now = start + 450 * MS;
    assertThat(body.read()).isEqualTo('b');
  }

  @Test
  void noByteForTheReadTimeoutClosesTheStreamAndEveryReadThenTimesOut() {
    ClosingStream in = new ClosingStream(bytes("abc"));
    BoundedBody body = bounded(in, 2_000 * MS);

    ringAt(300);

    assertThat(in.closed).isTrue();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(body::read)
          .isExactlyInstanceOf(HttpTimeoutException.class)
          .hasMessage("no body byte for 300 ms");
    }
    assertThatThrownBy(body::available).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void theDeadlineEndsABodyWhoseBytesKeepComing() throws IOException {
    ClosingStream in = new ClosingStream(bytes("abcdefgh"));
    BoundedBody body = bounded(in, 500 * MS);
    for (int i = 1; i <= 3; i++) {
      now = start + i * 100 * MS;
      assertThat(body.read()).isEqualTo('a' + i - 1);
    }
    ringAt(300);
    assertThat(lastAlarm().delay).as("what is left of the deadline").isEqualTo(200 * MS);
    now = start + 400 * MS;
    assertThat(body.read()).isEqualTo('d');

    ringAt(500);

    assertThat(in.closed).isTrue();
    assertThatThrownBy(body::read)
        .isExactlyInstanceOf(HttpTimeoutException.class)
        .hasMessage("body not complete at the deadline");
  }

  @Test
  void aReadReturningAfterTheBoundTimesOutBeforeTheAlarmRings() {
    BoundedBody late = bounded(bytes("abc"), 2_000 * MS);
    now = start + 400 * MS;

    assertThatThrownBy(late::read)
        .isExactlyInstanceOf(HttpTimeoutException.class)
        .hasMessage("no body byte for 300 ms");

    BoundedBody pastTheDeadline = bounded(bytes("abc"), 350 * MS);
    now = start + 350 * MS;
    assertThatThrownBy(() -> pastTheDeadline.read(new byte[3], 0, 3))
        .hasMessage("body not complete at the deadline");
  }

  @Test
  void closingCancelsTheAlarmAndTheStream() throws IOException {
    ClosingStream in = new ClosingStream(bytes("abc"));
    BoundedBody body = bounded(in, 2_000 * MS);

    body.close();
    ringAt(300); // an alarm already running when it was cancelled finds nothing to do

    assertThat(lastAlarm().cancelled).isTrue();
    assertThat(alarms).hasSize(1);
    assertThat(in.closed).isTrue();
  }

  @Test
  @Timeout(10)
  void theAlarmUnblocksAReadWaitingForTheNextByte() throws InterruptedException {
    BlockingStream in = new BlockingStream();
    BoundedBody body = bounded(in, 2_000 * MS);
    Thread alarm =
        new Thread(
            () -> {
              try {
                in.reading.await();
                ringAt(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    alarm.start();

    assertThatThrownBy(() -> body.read(new byte[8], 0, 8))
        .isExactlyInstanceOf(HttpTimeoutException.class)
        .hasMessage("no body byte for 300 ms");
    alarm.join();
  }

  @Test
  @Timeout(10)
  void theSharedAlarmsRunOnOneDaemonThread() throws InterruptedException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch rung = new CountDownLatch(1);

    Runnable cancel = BoundedBody.SHARED.after(TimeUnit.MILLISECONDS.toNanos(60_000), () -> {});
    BoundedBody.SHARED.after(
        0,
        () -> {
          ran.set(Thread.currentThread());
          rung.countDown();
        });
    cancel.run();

    rung.await();
    assertThat(ran.get().isDaemon()).isTrue();
    assertThat(ran.get().getName()).isEqualTo("margin-kucoin-body-alarm");
  }

  /** A stream that notes it was closed, and fails every read after. */
  static final class ClosingStream extends InputStream {
    final InputStream in;
    volatile boolean closed;

    ClosingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      return in.read(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A stream whose reads wait until it is closed, as the JDK's do for a byte that never comes. */
  static final class BlockingStream extends InputStream {
    final CountDownLatch reading = new CountDownLatch(1);
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public int read() throws IOException {
      return read(new byte[1], 0, 1);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      reading.countDown();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("closed");
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }
}
