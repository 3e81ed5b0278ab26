package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;

/** One item of {@code GET /api/v3/etf/info}. */
record LeveragedTokenResponse(
    String currency,
    BigDecimal netAsset,
    String targetLeverage,
    BigDecimal actualLeverage,
    BigDecimal issuedSize,
    String basket) {}
