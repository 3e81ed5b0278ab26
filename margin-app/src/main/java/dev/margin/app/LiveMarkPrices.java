package dev.margin.app;

import dev.margin.domain.model.Symbol;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Whether, and how, the market-rules cache takes its mark prices from a live {@link
 * dev.margin.domain.port.MarkPriceStream} as well as by polling. Immutable.
 *
 * <p>When on, {@link MarketRulesCache#start()} follows the symbols on the stream. Ticks are
 * coalesced, the newest per symbol, and swapped in as one snapshot every {@code pace}, so a
 * thousand symbols ticking every second build ten snapshots a second, not a thousand. The first
 * poll of the REST endpoint loads every price; polling then stops while the stream is up, unless
 * the stream follows a chosen set of {@code symbols} (the others are still polled). Once the stream
 * has been down for {@code pollingAfter}, polling resumes at the configured interval, and stops
 * again when the stream is back. A price from either source is trusted for {@link
 * MarginApplicationConfig#maxMarkPriceAge()} from the instant it was marked, exactly as without the
 * stream.
 *
 * <pre>{@code
 * MarginApplicationConfig config = MarginApplicationConfig.builder()
 *     .liveMarkPrices(LiveMarkPrices.on().withPace(Duration.ofMillis(250)))
 *     .build();
 * }</pre>
 *
 * @param enabled whether the stream is used at all; off by default
 * @param pace how often the ticks received are swapped in; 1 ms to 1 minute, 100 ms by default
 * @param pollingAfter how long the stream may be down (or not yet up) before polling resumes; 1 ms
 *     to {@link MarginApplicationConfig#MAX_DURATION}, 10 seconds by default
 * @param symbols the symbols to follow; empty (the default) for every symbol of the mark prices
 *     first loaded by polling, which then stops while the stream is up; with a chosen set, polling
 *     goes on for the other symbols
 */
public record LiveMarkPrices(
    boolean enabled, Duration pace, Duration pollingAfter, Set<Symbol> symbols) {

  /** The default pace: ten snapshots a second at most. */
  public static final Duration DEFAULT_PACE = Duration.ofMillis(100);

  /** The default time the stream may be down before polling resumes. */
  public static final Duration DEFAULT_POLLING_AFTER = Duration.ofSeconds(10);

  private static final LiveMarkPrices OFF =
      new LiveMarkPrices(false, DEFAULT_PACE, DEFAULT_POLLING_AFTER, Set.of());

  /**
   * Validates and copies.
   *
   * @param enabled see {@link #enabled()}
   * @param pace see {@link #pace()}
   * @param pollingAfter see {@link #pollingAfter()}
   * @param symbols see {@link #symbols()}; copied
   * @throws NullPointerException if a component or a symbol is null
   * @throws IllegalArgumentException if a duration is out of its range
   */
  public LiveMarkPrices {
    within(pace, Duration.ofMinutes(1), "pace");
    within(pollingAfter, MarginApplicationConfig.MAX_DURATION, "pollingAfter");
    symbols = Set.copyOf(Objects.requireNonNull(symbols, "symbols is null"));
  }

  /** {@return polling only: no stream (the default)} */
  public static LiveMarkPrices off() {
    return OFF;
  }

  /** {@return the stream on, every polled symbol followed, at the default pace and fallback} */
  public static LiveMarkPrices on() {
    return new LiveMarkPrices(true, DEFAULT_PACE, DEFAULT_POLLING_AFTER, Set.of());
  }

  /**
   * A copy swapping ticks in at another pace.
   *
   * @param newPace 1 ms to 1 minute
   * @return the copy
   */
  public LiveMarkPrices withPace(Duration newPace) {
    return new LiveMarkPrices(enabled, newPace, pollingAfter, symbols);
  }

  /**
   * A copy that resumes polling after another time down.
   *
   * @param newPollingAfter 1 ms to {@link MarginApplicationConfig#MAX_DURATION}
   * @return the copy
   */
  public LiveMarkPrices withPollingAfter(Duration newPollingAfter) {
    return new LiveMarkPrices(enabled, pace, newPollingAfter, symbols);
  }

  /**
   * A copy following these symbols only.
   *
   * @param newSymbols the symbols; empty for every polled symbol
   * @return the copy
   */
  public LiveMarkPrices withSymbols(Set<Symbol> newSymbols) {
    return new LiveMarkPrices(enabled, pace, pollingAfter, newSymbols);
  }

  private static void within(Duration duration, Duration max, String name) {
    Objects.requireNonNull(duration, () -> name + " is null");
    if (duration.compareTo(Duration.ofMillis(1)) < 0 || duration.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between 1 ms and " + max + ": " + duration);
    }
  }
}
