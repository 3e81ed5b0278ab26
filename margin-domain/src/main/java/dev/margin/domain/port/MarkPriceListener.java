package dev.margin.domain.port;

import dev.margin.domain.model.MarkPrice;
import java.time.Instant;

/**
 * Hears a {@link MarkPriceStream}. Callbacks of one subscription come one at a time, in order, on
 * one thread of that subscription; a slow callback delays only that subscription's later callbacks,
 * and an exception a callback throws is caught and does not stop the stream.
 */
public interface MarkPriceListener {

  /**
   * A mark price, exactly as the venue sent it.
   *
   * @param price the price; never null
   */
  void onMarkPrice(MarkPrice price);

  /** The link is up and every symbol is followed: prices follow. */
  void onConnect();

  /**
   * The link is lost, or an attempt to make it failed (no token, no {@code welcome} or {@code ack}
   * in time, an error from the server); the stream tries again after a backoff unless it is closed.
   *
   * @param reason why, e.g. {@code "no pong within 10000 ms"}; never null
   */
  void onDisconnect(String reason);

  /**
   * Prices resumed after a lost link: none arrived between {@code lastBefore} and {@code
   * firstAfter}, so any price in that interval was missed.
   *
   * @param lastBefore when the last price before the lost link arrived; never null
   * @param firstAfter when the first price after it arrived; never null
   */
  void onGap(Instant lastBefore, Instant firstAfter);

  /**
   * A message that could not be used was dropped; the stream goes on.
   *
   * @param reason what was wrong with it, e.g. {@code "value is not a positive decimal"}; never
   *     null
   */
  void onDropped(String reason);
}
