package dev.margin.adapters.http.kucoin;

import java.math.BigDecimal;

/**
 * The {@code data} of {@code GET /api/v1/mark-price/{symbol}/current}, and one item of {@code GET
 * /api/v3/mark-price/all-symbols}. {@code value} is a JSON number such as {@code 1.5045E-5}, read
 * exactly from its text.
 */
record MarkPriceResponse(String symbol, Long timePoint, BigDecimal value) {}
