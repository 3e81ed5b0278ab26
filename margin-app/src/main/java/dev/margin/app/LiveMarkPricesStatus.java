package dev.margin.app;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the live stream of mark prices stands in the market-rules cache.
 *
 * @param up whether every subscription of the stream is connected
 * @param since when it last went up or down, by the cache's clock
 * @param polling whether polling has resumed because the stream has been down too long
 * @param ticks how many prices the stream delivered so far
 * @param dropped how many messages the stream dropped so far
 * @param lastDisconnect why the stream last went down, empty if never
 */
public record LiveMarkPricesStatus(
    boolean up,
    Instant since,
    boolean polling,
    long ticks,
    long dropped,
    Optional<String> lastDisconnect) {

  /**
   * Validates.
   *
   * @param up see {@link #up()}
   * @param since see {@link #since()}
   * @param polling see {@link #polling()}
   * @param ticks see {@link #ticks()}
   * @param dropped see {@link #dropped()}
   * @param lastDisconnect see {@link #lastDisconnect()}
   * @throws NullPointerException if {@code since} or {@code lastDisconnect} is null
   */
  public LiveMarkPricesStatus {
    Objects.requireNonNull(since, "since is null");
    Objects.requireNonNull(lastDisconnect, "lastDisconnect is null");
  }
}
