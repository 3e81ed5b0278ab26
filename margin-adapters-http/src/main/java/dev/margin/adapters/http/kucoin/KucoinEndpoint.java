package dev.margin.adapters.http.kucoin;

/** KuCoin's six public margin endpoints, with the rate-limit pool each charges and its weight. */
enum KucoinEndpoint {
  CROSS_SYMBOLS("GET /api/v3/margin/symbols", Pool.PUBLIC, 3),
  ETF_INFO("GET /api/v3/etf/info", Pool.PUBLIC, 3),
  MARK_PRICE("GET /api/v1/mark-price/{symbol}/current", Pool.PUBLIC, 2),
  ALL_MARK_PRICES("GET /api/v3/mark-price/all-symbols", Pool.PUBLIC, 10),
  MARGIN_CONFIG("GET /api/v1/margin/config", Pool.SPOT, 25),
  ISOLATED_SYMBOLS("GET /api/v1/isolated/symbols", Pool.PUBLIC, 3);

  /** KuCoin's rate-limit pools. */
  enum Pool {
    PUBLIC,
    SPOT
  }

  final String description;
  final Pool pool;
  final int weight;

  KucoinEndpoint(String description, Pool pool, int weight) {
    this.description = description;
    this.pool = pool;
    this.weight = weight;
  }
}
