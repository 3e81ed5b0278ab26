package dev.margin.domain.port;

import dev.margin.domain.model.Symbol;
import java.util.Set;

/**
 * Live mark prices: each symbol's price as the venue marks it, pushed to a {@link
 * MarkPriceListener} until the subscription is closed. The stream keeps itself up: a lost link is
 * reported to the listener and made again, and every symbol is followed again.
 */
public interface MarkPriceStream {

  /**
   * Starts following {@code symbols}. Returns at once; the listener hears the link come up, each
   * price, and everything that goes wrong, on a thread of its own subscription.
   *
   * @param symbols the symbols to follow, at least one; never null
   * @param listener hears the stream; never null
   * @return the subscription, which stops the stream when closed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code symbols} is empty or more than the stream carries
   */
  Subscription subscribe(Set<Symbol> symbols, MarkPriceListener listener);

  /**
   * The most symbols one subscription follows; a host that follows more subscribes in parts.
   *
   * @return at least 1; unbounded ({@link Integer#MAX_VALUE}) unless the stream says otherwise
   */
  default int maxSymbolsPerSubscription() {
    return Integer.MAX_VALUE;
  }

  /** A running stream of mark prices. Closing it stops it for good; closing again does nothing. */
  interface Subscription extends AutoCloseable {

    /**
     * How many messages were dropped so far, each also reported to {@link
     * MarkPriceListener#onDropped}.
     *
     * @return the count, from 0
     */
    long droppedMessages();

    /**
     * Stops the stream: no reconnect, the link closed, and no callback starts after this returns
     * (one already running may finish).
     */
    @Override
    void close();
  }
}
