package dev.margin.app;

import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The debt-ratio thresholds that apply to one position, and the one place a ratio and its status
 * are decided: on the unrounded totals, by cross-multiplying.
 *
 * @param warning the ratio at which a position is {@code WARNING}; null where there is none
 * @param liquidation the ratio at which it is {@code LIQUIDATION}
 */
record Thresholds(BigDecimal warning, BigDecimal liquidation) {

  /** {@return the level below which a position is SAFE} */
  BigDecimal safeBelow() {
    return warning != null ? warning : liquidation;
  }

  /**
   * The status of totals in one unit: no liabilities is SAFE, liabilities and no assets
   * LIQUIDATION, else the ratio against the thresholds.
   */
  RiskStatus status(BigDecimal assets, BigDecimal liabilities) {
    if (liabilities.signum() == 0) {
      return RiskStatus.SAFE;
    }
    if (assets.signum() <= 0 || liabilities.compareTo(liquidation.multiply(assets)) >= 0) {
      return RiskStatus.LIQUIDATION;
    }
    if (warning != null && liabilities.compareTo(warning.multiply(assets)) >= 0) {
      return RiskStatus.WARNING;
    }
    return RiskStatus.SAFE;
  }

  /**
   * The debt ratio of totals in one unit, to {@link Valuer#PRECISION}: zero without liabilities,
   * none (no finite ratio) with liabilities and no assets.
   */
  static Optional<BigDecimal> ratio(BigDecimal assets, BigDecimal liabilities) {
    if (liabilities.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    if (assets.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(liabilities.divide(assets, Valuer.PRECISION).stripTrailingZeros());
  }
}
