package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A margin position's debt ratio and status.
 *
 * @param mode cross or isolated
 * @param valuationCurrency the currency the totals are in
 * @param totalAssets everything held, valued at mark prices
 * @param totalLiabilities everything owed, valued at mark prices
 * @param debtRatio liabilities / assets to 34 significant digits, HALF_EVEN, without trailing
 *     zeros; empty when there are liabilities and no assets (no finite ratio)
 * @param status where the ratio stands, decided on the unrounded totals
 * @param warningDebtRatio the warning threshold used, empty where none applies (isolated, unless
 *     the host configured one)
 * @param liquidationDebtRatio the liquidation threshold used
 * @param marksUsed how each currency of the position was valued
 */
public record RiskAssessment(
    MarginMode mode,
    Currency valuationCurrency,
    BigDecimal totalAssets,
    BigDecimal totalLiabilities,
    Optional<BigDecimal> debtRatio,
    RiskStatus status,
    Optional<BigDecimal> warningDebtRatio,
    BigDecimal liquidationDebtRatio,
    List<MarkUsed> marksUsed) {

  /**
   * Copies the list.
   *
   * @param mode see {@link #mode()}
   * @param valuationCurrency see {@link #valuationCurrency()}
   * @param totalAssets see {@link #totalAssets()}
   * @param totalLiabilities see {@link #totalLiabilities()}
   * @param debtRatio see {@link #debtRatio()}
   * @param status see {@link #status()}
   * @param warningDebtRatio see {@link #warningDebtRatio()}
   * @param liquidationDebtRatio see {@link #liquidationDebtRatio()}
   * @param marksUsed see {@link #marksUsed()}
   */
  public RiskAssessment {
    marksUsed = List.copyOf(marksUsed);
  }

  /** {@return whether the status is {@link RiskStatus#SAFE}} */
  public boolean isSafe() {
    return status == RiskStatus.SAFE;
  }
}
