package dev.margin.domain.model;

/** Where a margin position's debt ratio stands against the venue's thresholds. */
public enum RiskStatus {
  /** Below every threshold. */
  SAFE,
  /** At or above the warning threshold, below liquidation. */
  WARNING,
  /** At or above the liquidation threshold: forced liquidation starts. */
  LIQUIDATION
}
