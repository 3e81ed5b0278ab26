package dev.margin.app;

import dev.margin.domain.model.MarginPosition;
import java.util.List;
import java.util.Optional;

/**
 * A position now and as it would be after a list of changes.
 *
 * @param before the assessment of the position as it is
 * @param position the position after the changes; empty if a change was refused
 * @param after the assessment after the changes; empty if a change was refused
 * @param refusals why a change cannot be made as asked; empty if every change applies
 */
public record RiskProjection(
    RiskAssessment before,
    Optional<MarginPosition> position,
    Optional<RiskAssessment> after,
    List<RiskRefusal> refusals) {

  /**
   * Copies the list.
   *
   * @param before see {@link #before()}
   * @param position see {@link #position()}
   * @param after see {@link #after()}
   * @param refusals see {@link #refusals()}
   */
  public RiskProjection {
    refusals = List.copyOf(refusals);
  }
}
