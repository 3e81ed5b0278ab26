package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The cross-margin configuration, as {@code GET /api/v1/margin/config} returns it. The component
 * names are KuCoin's field names.
 *
 * @param currencyList the currencies available for margin trading, in KuCoin's order, immutable
 * @param maxLeverage the largest cross-margin leverage, at least 1
 * @param warningDebtRatio the debt ratio at which the account is warned, positive
 * @param liqDebtRatio the debt ratio at which forced liquidation starts, at least {@code
 *     warningDebtRatio}
 */
public record MarginConfig(
    List<Currency> currencyList,
    int maxLeverage,
    BigDecimal warningDebtRatio,
    BigDecimal liqDebtRatio) {

  /**
   * Validates, canonicalises and copies.
   *
   * @throws NullPointerException if a component or a listed currency is null
   * @throws IllegalArgumentException if the leverage is below 1, a ratio is not positive, or the
   *     warning ratio is above the liquidation ratio
   * @param currencyList see {@link #currencyList()}
   * @param maxLeverage see {@link #maxLeverage()}
   * @param warningDebtRatio see {@link #warningDebtRatio()}
   * @param liqDebtRatio see {@link #liqDebtRatio()}
   */
  public MarginConfig {
    currencyList = List.copyOf(Objects.requireNonNull(currencyList, "currencyList is null"));
    if (maxLeverage < 1) {
      throw new IllegalArgumentException("maxLeverage is below 1: " + maxLeverage);
    }
    warningDebtRatio = Decimals.positive(warningDebtRatio, "warningDebtRatio");
    liqDebtRatio = Decimals.positive(liqDebtRatio, "liqDebtRatio");
    Decimals.notAbove(warningDebtRatio, "warningDebtRatio", liqDebtRatio, "liqDebtRatio");
  }

  /**
   * Whether {@code currency} is available for cross-margin trading.
   *
   * @param currency the currency; never null
   * @return true if it is listed
   */
  public boolean isMarginCurrency(Currency currency) {
    return currencyList.contains(Objects.requireNonNull(currency, "currency is null"));
  }
}
