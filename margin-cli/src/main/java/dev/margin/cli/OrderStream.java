package dev.margin.cli;

import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.domain.model.MarginPosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * The lines of {@code --orders}, each judged alone against the account, on every core: this thread
 * reads the lines in chunks and writes the verdicts, in the input's order; the workers read the
 * orders, check them and write each chunk's verdicts as JSON lines. At most two chunks per worker
 * are in flight, so memory stays constant whatever the input's length.
 */
final class OrderStream {
  /** Lines per chunk: large enough that handing over costs little, small enough to stream. */
  static final int CHUNK = 1_024;

  private final PreTradeCheck check;
  private final MarginPosition position;
  private final ToIntFunction<PreTradeVerdict> exitCode;
  private final int workers;

  OrderStream(
      PreTradeCheck check,
      MarginPosition position,
      ToIntFunction<PreTradeVerdict> exitCode,
      int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    this.check = check;
    this.position = position;
    this.exitCode = exitCode;
    this.workers = workers;
  }

  /** What one chunk's lines became: their JSON lines and the worst exit code among them. */
  private record Judged(String json, int worst) {}

  /**
   * Judges every line of {@code in} and writes one verdict per non-blank line to {@code out}.
   *
   * @return the worst exit code: 0 when every order may be sent
   */
  int run(BufferedReader in, Writer out) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread thread = new Thread(task, "margin-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      ArrayDeque<Future<Judged>> pending = new ArrayDeque<>();
      int worst = 0;
      long number = 0;
      boolean more = true;
      while (more) {
        List<String> lines = new ArrayList<>(CHUNK);
        long first = number + 1;
        for (int i = 0; i < CHUNK; i++) {
          String line = in.readLine();
          if (line == null) {
            more = false;
            break;
          }
          number++;
          lines.add(line);
        }
        if (!lines.isEmpty()) {
          pending.add(pool.submit(() -> judge(lines, first)));
        }
        while (!pending.isEmpty() && (pending.size() >= 2 * workers || !more)) {
          Judged judged = take(pending.poll());
          out.write(judged.json());
          worst = Math.max(worst, judged.worst());
        }
      }
      return worst;
    } finally {
      pool.shutdownNow();
    }
  }

  private Judged judge(List<String> lines, long first) {
    StringBuilder text = new StringBuilder(lines.size() * 256);
    int worst = 0;
    long number = first;
    for (String line : lines) {
      worst = Math.max(worst, judge(text, number++, line));
    }
    return new Judged(text.toString(), worst);
  }

  /** Judges one line into {@code json}; a blank line is skipped, a malformed one reported. */
  private int judge(StringBuilder json, long number, String line) {
    if (line.isBlank()) {
      return 0;
    }
    OrderRequest order;
    try {
      order = OrderLine.read(line);
    } catch (OrderLine.Malformed | IllegalArgumentException malformed) {
      CheckOutput.malformed(json, number, malformed.getMessage());
      return 1;
    }
    PreTradeVerdict verdict = check.check(position, order);
    CheckOutput.json(json, number, verdict);
    return exitCode.applyAsInt(verdict);
  }

  private static Judged take(Future<Judged> judged) throws IOException {
    try {
      return judged.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking orders", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
