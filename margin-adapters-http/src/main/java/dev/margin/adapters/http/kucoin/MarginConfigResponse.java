package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;
import java.util.List;

/** The {@code data} of {@code GET /api/v1/margin/config}; {@code maxLeverage} may be a string. */
record MarginConfigResponse(
    List<String> currencyList,
    Integer maxLeverage,
    BigDecimal warningDebtRatio,
    BigDecimal liqDebtRatio) {}
