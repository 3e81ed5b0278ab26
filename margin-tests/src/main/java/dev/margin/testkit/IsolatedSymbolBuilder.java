package dev.margin.testkit;

import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;

/**
 * Builds {@link IsolatedMarginSymbol}s; decimals are given as text. The record's constructor
 * validates at {@link #build()}, so a builder can make the invalid terms a test needs rejected.
 */
public final class IsolatedSymbolBuilder {
  private final Symbol symbol;
  private int maxLeverage = 10;
  private String flDebtRatio = "0.97";
  private boolean tradeEnable = true;
  private String autoRenewMaxDebtRatio = "0.96";
  private boolean baseBorrowEnable = true;
  private boolean quoteBorrowEnable = true;
  private boolean baseTransferInEnable = true;
  private boolean quoteTransferInEnable = true;
  private String baseBorrowCoefficient = "1";
  private String quoteBorrowCoefficient = "1";

  IsolatedSymbolBuilder(Symbol symbol) {
    this.symbol = symbol;
  }

  /**
   * Sets the largest leverage.
   *
   * @param leverage at least 1 (checked at {@link #build()})
   * @return this builder
   */
  public IsolatedSymbolBuilder withMaxLeverage(int leverage) {
    this.maxLeverage = leverage;
    return this;
  }

  /**
   * Sets the debt ratio at which forced liquidation starts.
   *
   * @param ratio positive decimal text, e.g. {@code "0.9"}
   * @return this builder
   */
  public IsolatedSymbolBuilder withFlDebtRatio(String ratio) {
    this.flDebtRatio = MarginFixtures.text(ratio);
    return this;
  }

  /**
   * Sets whether the symbol trades in isolated margin.
   *
   * @param enabled false for a halted symbol
   * @return this builder
   */
  public IsolatedSymbolBuilder withTradeEnabled(boolean enabled) {
    this.tradeEnable = enabled;
    return this;
  }

  /**
   * Sets the highest debt ratio at which loans are renewed.
   *
   * @param ratio decimal text at least zero, e.g. {@code "0.96"}
   * @return this builder
   */
  public IsolatedSymbolBuilder withAutoRenewMaxDebtRatio(String ratio) {
    this.autoRenewMaxDebtRatio = MarginFixtures.text(ratio);
    return this;
  }

  /**
   * Sets whether each currency can be borrowed.
   *
   * @param base whether the base currency can be borrowed
   * @param quote whether the quote currency can be borrowed
   * @return this builder
   */
  public IsolatedSymbolBuilder withBorrowEnabled(boolean base, boolean quote) {
    this.baseBorrowEnable = base;
    this.quoteBorrowEnable = quote;
    return this;
  }

  /**
   * Sets whether each currency can be transferred in.
   *
   * @param base whether the base currency can be transferred in
   * @param quote whether the quote currency can be transferred in
   * @return this builder
   */
  public IsolatedSymbolBuilder withTransferInEnabled(boolean base, boolean quote) {
    this.baseTransferInEnable = base;
    this.quoteTransferInEnable = quote;
    return this;
  }

  /**
   * Sets the borrow coefficients.
   *
   * @param base decimal text at least zero for the base currency
   * @param quote decimal text at least zero for the quote currency
   * @return this builder
   */
  public IsolatedSymbolBuilder withBorrowCoefficients(String base, String quote) {
    this.baseBorrowCoefficient = MarginFixtures.text(base);
    this.quoteBorrowCoefficient = MarginFixtures.text(quote);
    return this;
  }

  /**
   * Builds the terms; the symbol name is the pair's code.
   *
   * @return the terms
   * @throws IllegalArgumentException if the record's constructor rejects a value
   */
  public IsolatedMarginSymbol build() {
    return new IsolatedMarginSymbol(
        symbol,
        symbol.code(),
        symbol.base(),
        symbol.quote(),
        maxLeverage,
        new BigDecimal(flDebtRatio),
        tradeEnable,
        new BigDecimal(autoRenewMaxDebtRatio),
        baseBorrowEnable,
        quoteBorrowEnable,
        baseTransferInEnable,
        quoteTransferInEnable,
        new BigDecimal(baseBorrowCoefficient),
        new BigDecimal(quoteBorrowCoefficient));
  }
}
