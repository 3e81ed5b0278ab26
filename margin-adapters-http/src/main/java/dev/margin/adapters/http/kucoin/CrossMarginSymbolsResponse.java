package dev.margin.adapters.http.kucoin;

import java.util.List;

/** The {@code data} of {@code GET /api/v3/margin/symbols}. */
record CrossMarginSymbolsResponse(Long timestamp, List<CrossMarginSymbolResponse> items) {}
