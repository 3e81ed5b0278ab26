package dev.margin.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lets the JVM exit at once after a command. JDK 17's JVM waits up to 300 ms at exit for any thread
 * still in native code, and the JDK HTTP client's selector thread (the adapter's transport) waits
 * in native {@code epoll_wait} until its client is collected: every command would end with that
 * wait. Interrupting the selector makes it close its selector and end, as it does when its client
 * goes away; the JDK names it {@code HttpClient-N-SelectorManager}. Used on the way out, and by the
 * command server after each command, for the clients that command made.
 */
final class QuickExit {
  /** How long to wait for a selector to end before exiting anyway. */
  static final Duration PATIENCE = Duration.ofMillis(200);

  private QuickExit() {}

  /**
   * Ends the HTTP clients' selector threads.
   *
   * @return how many were running
   */
  static int endHttpClientSelectors() {
    return end(Thread.getAllStackTraces().keySet().toArray(new Thread[0]));
  }

  /**
   * Ends the selector threads of the HTTP clients made in {@code group}: a client's selector thread
   * is in the group of the thread that built the client.
   *
   * @return how many were running
   */
  static int endHttpClientSelectors(ThreadGroup group) {
    Thread[] threads = new Thread[group.activeCount() + 16];
    int count;
    while ((count = group.enumerate(threads)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return end(Arrays.copyOf(threads, count));
  }

  private static int end(Thread[] threads) {
    List<Thread> selectors = new ArrayList<>();
    for (Thread thread : threads) {
      if (isHttpClientSelector(thread.getName())) {
        selectors.add(thread);
        thread.interrupt();
      }
    }
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    for (Thread selector : selectors) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          selector.join(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return selectors.size();
  }

  static boolean isHttpClientSelector(String name) {
    return name.startsWith("HttpClient-") && name.endsWith("-SelectorManager");
  }
}
