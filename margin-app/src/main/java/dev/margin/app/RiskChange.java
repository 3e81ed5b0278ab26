package dev.margin.app;

import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a watched position's status.
 *
 * @param positionId the host's name for the position
 * @param before the status told before; empty at the first assessment, or if the one before could
 *     not be made
 * @param after the status now; empty if the position cannot be assessed (see {@code failure}): the
 *     monitor fails closed and says so
 * @param debtRatio the debt ratio now, to 34 significant digits; empty with no finite ratio or no
 *     assessment
 * @param largestExposure the liquidation price of the currency the position is most exposed to, and
 *     how far the mark price is from it; empty with no such currency or no assessment
 * @param failure why no assessment could be made, e.g. a stale mark price; empty when made
 * @param at when it was assessed, by the application's clock
 */
public record RiskChange(
    String positionId,
    Optional<RiskStatus> before,
    Optional<RiskStatus> after,
    Optional<BigDecimal> debtRatio,
    Optional<LiquidationDistance> largestExposure,
    Optional<String> failure,
    Instant at) {

  /**
   * Validates.
   *
   * @param positionId see {@link #positionId()}
   * @param before see {@link #before()}
   * @param after see {@link #after()}
   * @param debtRatio see {@link #debtRatio()}
   * @param largestExposure see {@link #largestExposure()}
   * @param failure see {@link #failure()}
   * @param at see {@link #at()}
   * @throws NullPointerException if a component is null
   */
  public RiskChange {
    Objects.requireNonNull(positionId, "positionId is null");
    Objects.requireNonNull(before, "before is null");
    Objects.requireNonNull(after, "after is null");
    Objects.requireNonNull(debtRatio, "debtRatio is null");
    Objects.requireNonNull(largestExposure, "largestExposure is null");
    Objects.requireNonNull(failure, "failure is null");
    Objects.requireNonNull(at, "at is null");
  }
}
