package dev.margin.app;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a currency's price would take a position to one debt-ratio threshold, all other prices
 * held.
 *
 * @param threshold the debt ratio, e.g. 0.97
 * @param state whether the threshold is reached at a price, never, or already
 * @param price the price at which the ratio equals the threshold, in the valuation currency; empty
 *     when no positive price gets there
 */
public record ThresholdPrice(BigDecimal threshold, State state, Optional<BigDecimal> price) {

  /** Whether and when a threshold is reached. */
  public enum State {
    /** Reached when the price moves to {@code price}. */
    AT,
    /** No positive price reaches it. */
    NEVER,
    /** Reached now; {@code price}, if present, is where the ratio would be back at it. */
    ALREADY
  }

  /**
   * Validates.
   *
   * @param threshold see {@link #threshold()}
   * @param state see {@link #state()}
   * @param price see {@link #price()}
   */
  public ThresholdPrice {
    Objects.requireNonNull(threshold, "threshold is null");
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(price, "price is null");
  }
}
