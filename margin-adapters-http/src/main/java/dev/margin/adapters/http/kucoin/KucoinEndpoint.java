package dev.margin.adapters.http.kucoin;

/**
 * KuCoin's six public margin endpoints and the public WebSocket token: the request each sends, as
 * {@link KucoinApi} declares it, and the rate-limit pool each charges with its weight. The request,
 * method and path without host or query, is how every message and listener event names the
 * endpoint.
 */
enum KucoinEndpoint {
  CROSS_SYMBOLS(KucoinApi.CROSS_SYMBOLS, Pool.PUBLIC, 3),
  ETF_INFO(KucoinApi.ETF_INFO, Pool.PUBLIC, 3),
  MARK_PRICE(KucoinApi.MARK_PRICE, Pool.PUBLIC, 2),
  ALL_MARK_PRICES(KucoinApi.ALL_MARK_PRICES, Pool.PUBLIC, 10),
  MARGIN_CONFIG(KucoinApi.MARGIN_CONFIG, Pool.SPOT, 25),
  ISOLATED_SYMBOLS(KucoinApi.ISOLATED_SYMBOLS, Pool.PUBLIC, 3),
  BULLET_PUBLIC(KucoinApi.BULLET_PUBLIC, Pool.PUBLIC, 10);

  /** KuCoin's rate-limit pools. */
  enum Pool {
    PUBLIC,
    SPOT
  }

  private static final String SYMBOL = "{symbol}";

  /**
   * The request line, e.g. {@code GET /api/v3/margin/symbols}; a path may hold {@code {symbol}}.
   */
  final String description;

  final Pool pool;
  final int weight;

  KucoinEndpoint(String description, Pool pool, int weight) {
    this.description = description;
    this.pool = pool;
    this.weight = weight;
  }

  /**
   * The request for one key, e.g. {@code GET /api/v1/mark-price/BTC-USDT/current}: the key in place
   * of the path's {@code {symbol}}; the request line itself where the path holds none (a key in the
   * query is not part of the name).
   *
   * @param key a symbol or currency code, or null for the endpoint's list
   */
  String describe(String key) {
    return key == null ? description : description.replace(SYMBOL, key);
  }

  /**
   * The request line of the endpoint a {@link #describe described} request went to, with {@code
   * {symbol}} in place of the key again; null if it is none of these endpoints.
   */
  static String templateOf(String request) {
    if (request == null) {
      return null;
    }
    for (KucoinEndpoint endpoint : values()) {
      String template = endpoint.description;
      int key = template.indexOf(SYMBOL);
      if (key < 0) {
        if (template.equals(request)) {
          return template;
        }
      } else {
        String before = template.substring(0, key);
        String after = template.substring(key + SYMBOL.length());
        if (request.length() > before.length() + after.length()
            && request.startsWith(before)
            && request.endsWith(after)
            && request
                .substring(before.length(), request.length() - after.length())
                .chars()
                .noneMatch(c -> c == '/' || c == ' ' || c == '?')) {
          return template;
        }
      }
    }
    return null;
  }
}
