package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;

/** One item of {@code GET /api/v3/margin/symbols}: decimals arrive as strings or numbers. */
record CrossMarginSymbolResponse(
    String symbol,
    String name,
    Boolean enableTrading,
    String market,
    String baseCurrency,
    String quoteCurrency,
    BigDecimal baseIncrement,
    BigDecimal baseMinSize,
    BigDecimal quoteIncrement,
    BigDecimal quoteMinSize,
    BigDecimal baseMaxSize,
    BigDecimal quoteMaxSize,
    BigDecimal priceIncrement,
    String feeCurrency,
    BigDecimal priceLimitRate,
    BigDecimal minFunds) {}
