package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An isolated-margin symbol, as {@code GET /api/v1/isolated/symbols} lists it. The component names
 * are KuCoin's field names.
 *
 * @param symbol the pair, e.g. {@code BTC-USDT}
 * @param symbolName the display name
 * @param baseCurrency the listed base currency
 * @param quoteCurrency the listed quote currency
 * @param maxLeverage the largest leverage of this symbol, at least 1
 * @param flDebtRatio the debt ratio at which forced liquidation starts, positive
 * @param tradeEnable whether the symbol trades in isolated margin
 * @param autoRenewMaxDebtRatio the highest debt ratio at which loans are renewed, at least zero
 * @param baseBorrowEnable whether the base currency can be borrowed
 * @param quoteBorrowEnable whether the quote currency can be borrowed
 * @param baseTransferInEnable whether the base currency can be transferred in
 * @param quoteTransferInEnable whether the quote currency can be transferred in
 * @param baseBorrowCoefficient the borrow coefficient of the base currency, at least zero (1 where
 *     an older response does not carry it)
 * @param quoteBorrowCoefficient the borrow coefficient of the quote currency, at least zero (1
 *     where an older response does not carry it)
 */
public record IsolatedMarginSymbol(
    Symbol symbol,
    String symbolName,
    Currency baseCurrency,
    Currency quoteCurrency,
    int maxLeverage,
    BigDecimal flDebtRatio,
    boolean tradeEnable,
    BigDecimal autoRenewMaxDebtRatio,
    boolean baseBorrowEnable,
    boolean quoteBorrowEnable,
    boolean baseTransferInEnable,
    boolean quoteTransferInEnable,
    BigDecimal baseBorrowCoefficient,
    BigDecimal quoteBorrowCoefficient) {

  /**
   * Validates every component.
   *
   * @throws NullPointerException if any component is null (the message names it)
   * @throws IllegalArgumentException if a text is blank, the leverage is below 1, the liquidation
   *     ratio is not positive, or another amount is negative
   * @param symbol see {@link #symbol()}
   * @param symbolName see {@link #symbolName()}
   * @param baseCurrency see {@link #baseCurrency()}
   * @param quoteCurrency see {@link #quoteCurrency()}
   * @param maxLeverage see {@link #maxLeverage()}
   * @param flDebtRatio see {@link #flDebtRatio()}
   * @param tradeEnable see {@link #tradeEnable()}
   * @param autoRenewMaxDebtRatio see {@link #autoRenewMaxDebtRatio()}
   * @param baseBorrowEnable see {@link #baseBorrowEnable()}
   * @param quoteBorrowEnable see {@link #quoteBorrowEnable()}
   * @param baseTransferInEnable see {@link #baseTransferInEnable()}
   * @param quoteTransferInEnable see {@link #quoteTransferInEnable()}
   * @param baseBorrowCoefficient see {@link #baseBorrowCoefficient()}
   * @param quoteBorrowCoefficient see {@link #quoteBorrowCoefficient()}
   */
  public IsolatedMarginSymbol {
    Objects.requireNonNull(symbol, "symbol is null");
    symbolName = Decimals.text(symbolName, "symbolName");
    Objects.requireNonNull(baseCurrency, "baseCurrency is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    if (maxLeverage < 1) {
      throw new IllegalArgumentException("maxLeverage is below 1: " + maxLeverage);
    }
    flDebtRatio = Decimals.positive(flDebtRatio, "flDebtRatio");
    autoRenewMaxDebtRatio = Decimals.nonNegative(autoRenewMaxDebtRatio, "autoRenewMaxDebtRatio");
    baseBorrowCoefficient = Decimals.nonNegative(baseBorrowCoefficient, "baseBorrowCoefficient");
    quoteBorrowCoefficient = Decimals.nonNegative(quoteBorrowCoefficient, "quoteBorrowCoefficient");
  }
}
