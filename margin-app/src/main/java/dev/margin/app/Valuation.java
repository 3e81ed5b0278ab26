package dev.margin.app;

import dev.margin.app.internal.Sum;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Values a position at the marks: totals summed in BTC, exactly wherever the marks are {@code
 * X-BTC} pairs (a product of two decimals is exact); an inverse pair or a conversion to another
 * valuation currency divides at {@link Valuer#PRECISION}. The status is decided on the unrounded
 * BTC totals.
 */
final class Valuation {
  private Valuation() {}

  static RiskAssessment assess(
      MarginPosition position, Currency valuationCurrency, Thresholds thresholds, Valuer valuer) {
    BigDecimal assets = total(position.assets(), valuer);
    BigDecimal liabilities = total(position.liabilities(), valuer);
    BigDecimal unit = valuer.inBtc(valuationCurrency);
    return new RiskAssessment(
        position.mode(),
        valuationCurrency,
        inValuation(assets, unit),
        inValuation(liabilities, unit),
        Thresholds.ratio(assets, liabilities),
        thresholds.status(assets, liabilities),
        java.util.Optional.ofNullable(thresholds.warning()),
        thresholds.liquidation(),
        valuer.used());
  }

  /** The total in BTC of amounts by currency. */
  static BigDecimal total(Map<Currency, BigDecimal> amounts, Valuer valuer) {
    Sum total = new Sum();
    for (Map.Entry<Currency, BigDecimal> amount : amounts.entrySet()) {
      valuer.addTo(total, amount.getKey(), amount.getValue());
    }
    return total.value();
  }

  /** A BTC value in the valuation currency whose value in BTC is {@code unit}. */
  static BigDecimal inValuation(BigDecimal btc, BigDecimal unit) {
    BigDecimal value =
        unit.compareTo(BigDecimal.ONE) == 0 ? btc : btc.divide(unit, Valuer.PRECISION);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
