package dev.margin.adapters.http.kucoin;

import feign.Param;
import feign.Request;
import feign.RequestLine;
import java.util.List;

/**
 * KuCoin's six public margin endpoints. The decoder unwraps the envelope, so each method returns
 * the envelope's {@code data}, or null where {@code data} is JSON null. Each takes the request
 * options of its attempt ({@link AttemptOptions}), whose read timeout is bounded by what is left of
 * the call's deadline and which carry the deadline itself, for the body.
 */
interface KucoinApi {

  @RequestLine("GET /api/v3/margin/symbols")
  CrossMarginSymbolsResponse crossMarginSymbols(Request.Options options);

  @RequestLine("GET /api/v3/margin/symbols?symbol={symbol}")
  CrossMarginSymbolsResponse crossMarginSymbol(
      @Param("symbol") String symbol, Request.Options options);

  @RequestLine("GET /api/v3/etf/info")
  List<LeveragedTokenResponse> leveragedTokens(Request.Options options);

  @RequestLine("GET /api/v3/etf/info?currency={currency}")
  List<LeveragedTokenResponse> leveragedToken(
      @Param("currency") String currency, Request.Options options);

  @RequestLine("GET /api/v1/mark-price/{symbol}/current")
  MarkPriceResponse markPrice(@Param("symbol") String symbol, Request.Options options);

  @RequestLine("GET /api/v3/mark-price/all-symbols")
  List<MarkPriceResponse> allMarkPrices(Request.Options options);

  @RequestLine("GET /api/v1/margin/config")
  MarginConfigResponse marginConfig(Request.Options options);

  @RequestLine("GET /api/v1/isolated/symbols")
  List<IsolatedMarginSymbolResponse> isolatedMarginSymbols(Request.Options options);
}
