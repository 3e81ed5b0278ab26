package dev.margin.adapters.http.kucoin;

import dev.margin.domain.port.MarkPriceListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Calls one subscription's listener on a thread of its own, one callback at a time and in order; an
 * exception a callback throws is caught, so a slow or failing listener never stalls the link.
 */
final class ListenerThread {

  private final MarkPriceListener listener;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread t = new Thread(task, "margin-mark-prices-listener");
            t.setDaemon(true);
            return t;
          });

  ListenerThread(MarkPriceListener listener) {
    this.listener = listener;
  }

  void tell(Consumer<MarkPriceListener> callback) {
    try {
      thread.execute(
          () -> {
            try {
              callback.accept(listener);
            } catch (RuntimeException | Error e) {
              // the listener's failure is its own; the stream goes on
            }
          });
    } catch (RejectedExecutionException e) {
      // stopped: no callback after close
    }
  }

  void stop() {
    thread.shutdownNow();
  }
}
