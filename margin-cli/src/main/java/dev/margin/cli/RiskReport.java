package dev.margin.cli;

import dev.margin.app.LiquidationPrices;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.app.StressRow;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code risk} answers, computed by the service: the position now and after the changes, and
 * the liquidation prices, stress table and debt-ratio curve of the position after them.
 *
 * @param changes the changes asked for, in order
 * @param projection the position before and after them
 * @param studied the position the liquidation prices, stress table and curve are of: after the
 *     changes, or as it is when a change is refused
 * @param liquidation the liquidation prices, if asked for
 * @param stress the stress table, if asked for
 * @param curve the debt ratio along price moves, if a chart of it is drawn
 */
record RiskReport(
    List<PositionChange> changes,
    RiskProjection projection,
    MarginPosition studied,
    Optional<LiquidationPrices> liquidation,
    Optional<List<StressRow>> stress,
    Optional<RiskCurve> curve) {

  RiskReport {
    Objects.requireNonNull(studied, "studied is null");
    Objects.requireNonNull(curve, "curve is null");
  }

  static RiskReport of(
      MarginRisk risk,
      MarginPosition position,
      List<PositionChange> changes,
      Currency valuation,
      Currency liquidationCurrency,
      List<BigDecimal> moves,
      Currency stressCurrency) {
    RiskProjection projection = risk.project(position, changes, valuation);
    MarginPosition studied = projection.position().orElse(position);
    return new RiskReport(
        changes,
        projection,
        studied,
        Optional.ofNullable(liquidationCurrency)
            .map(currency -> risk.liquidationPrices(studied, currency, valuation)),
        Optional.ofNullable(moves)
            .map(list -> risk.stress(studied, list, stressCurrency, valuation)),
        Optional.empty());
  }

  /** {@return this report with the curve of the studied position} */
  RiskReport withCurve(RiskCurve curve) {
    return new RiskReport(changes, projection, studied, liquidation, stress, Optional.of(curve));
  }

  /** {@return the assessment of the studied position} */
  RiskAssessment studiedAssessment() {
    return projection.after().orElse(projection.before());
  }

  /** {@return the status of the position the command reports on: after the changes, if any} */
  Optional<RiskStatus> studiedStatus() {
    return (changes.isEmpty() ? Optional.of(projection.before()) : projection.after())
        .map(assessment -> assessment.status());
  }
}
