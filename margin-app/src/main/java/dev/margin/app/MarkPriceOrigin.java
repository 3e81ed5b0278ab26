package dev.margin.app;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a symbol's mark price comes from, and since when: the instant the cache first took this
 * symbol's price from this source after another, or ever.
 *
 * @param source polling or the stream
 * @param since when the cache began taking this symbol's price from it, by the cache's clock
 */
public record MarkPriceOrigin(MarkPriceSource source, Instant since) {

  /**
   * Validates.
   *
   * @param source see {@link #source()}
   * @param since see {@link #since()}
   * @throws NullPointerException if a component is null
   */
  public MarkPriceOrigin {
    Objects.requireNonNull(source, "source is null");
    Objects.requireNonNull(since, "since is null");
  }
}
