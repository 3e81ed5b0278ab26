package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import java.util.List;

/**
 * KuCoin's six public margin endpoints and the public WebSocket token. The decoder unwraps the
 * envelope, so each method answers the envelope's {@code data} (null where {@code data} is JSON
 * null) with the response's status and rate-limit headers. Each takes the request options of its
 * attempt ({@link AttemptOptions}), whose read timeout is bounded by what is left of the call's
 * deadline and which carry the deadline itself, for the body. The request lines are the ones {@link
 * KucoinEndpoint} names. The two largest lists answer a {@link Decoded}: their plain bodies are
 * read straight into domain values.
 */
interface KucoinApi {
  String CROSS_SYMBOLS = "GET /api/v3/margin/symbols";
  String ETF_INFO = "GET /api/v3/etf/info";
  String MARK_PRICE = "GET /api/v1/mark-price/{symbol}/current";
  String ALL_MARK_PRICES = "GET /api/v3/mark-price/all-symbols";
  String MARGIN_CONFIG = "GET /api/v1/margin/config";
  String ISOLATED_SYMBOLS = "GET /api/v1/isolated/symbols";
  String BULLET_PUBLIC = "POST /api/v1/bullet-public";

  @RequestLine(CROSS_SYMBOLS)
  Answer<Decoded<CrossMarginSymbolsResponse, List<CrossMarginSymbol>>> crossMarginSymbols(
      Request.Options options);

  @RequestLine(CROSS_SYMBOLS + "?symbol={symbol}")
  Answer<Decoded<CrossMarginSymbolsResponse, List<CrossMarginSymbol>>> crossMarginSymbol(
      @Param("symbol") String symbol, Request.Options options);

  @RequestLine(ETF_INFO)
  Answer<List<LeveragedTokenResponse>> leveragedTokens(Request.Options options);

  @RequestLine(ETF_INFO + "?currency={currency}")
  Answer<List<LeveragedTokenResponse>> leveragedToken(
      @Param("currency") String currency, Request.Options options);

  @RequestLine(MARK_PRICE)
  Answer<MarkPriceResponse> markPrice(@Param("symbol") String symbol, Request.Options options);

  @RequestLine(ALL_MARK_PRICES)
  Answer<Decoded<List<MarkPriceResponse>, List<MarkPrice>>> allMarkPrices(Request.Options options);

  @RequestLine(MARGIN_CONFIG)
  Answer<MarginConfigResponse> marginConfig(Request.Options options);

  @RequestLine(ISOLATED_SYMBOLS)
  Answer<List<IsolatedMarginSymbolResponse>> isolatedMarginSymbols(Request.Options options);

  @RequestLine(BULLET_PUBLIC)
  Answer<BulletResponse> bulletPublic(Request.Options options);
}
