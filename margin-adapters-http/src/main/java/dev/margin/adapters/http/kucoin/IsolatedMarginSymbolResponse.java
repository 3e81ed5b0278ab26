package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;

/** One item of {@code GET /api/v1/isolated/symbols}. */
record IsolatedMarginSymbolResponse(
    String symbol,
    String symbolName,
    String baseCurrency,
    String quoteCurrency,
    Integer maxLeverage,
    BigDecimal flDebtRatio,
    Boolean tradeEnable,
    BigDecimal autoRenewMaxDebtRatio,
    Boolean baseBorrowEnable,
    Boolean quoteBorrowEnable,
    Boolean baseTransferInEnable,
    Boolean quoteTransferInEnable,
    BigDecimal baseBorrowCoefficient,
    BigDecimal quoteBorrowCoefficient) {}
