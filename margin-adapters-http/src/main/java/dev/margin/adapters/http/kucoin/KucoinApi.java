package dev.margin.adapters.http.kucoin;

import feign.Param;
import feign.RequestLine;
import java.util.List;

/**
 * KuCoin's six public margin endpoints. The decoder unwraps the envelope, so each method returns
 * the envelope's {@code data}, or null where {@code data} is JSON null.
 */
interface KucoinApi {

  @RequestLine("GET /api/v3/margin/symbols")
  CrossMarginSymbolsResponse crossMarginSymbols();

  @RequestLine("GET /api/v3/margin/symbols?symbol={symbol}")
  CrossMarginSymbolsResponse crossMarginSymbol(@Param("symbol") String symbol);

  @RequestLine("GET /api/v3/etf/info")
  List<LeveragedTokenResponse> leveragedTokens();

  @RequestLine("GET /api/v3/etf/info?currency={currency}")
  List<LeveragedTokenResponse> leveragedToken(@Param("currency") String currency);

  @RequestLine("GET /api/v1/mark-price/{symbol}/current")
  MarkPriceResponse markPrice(@Param("symbol") String symbol);

  @RequestLine("GET /api/v3/mark-price/all-symbols")
  List<MarkPriceResponse> allMarkPrices();

  @RequestLine("GET /api/v1/margin/config")
  MarginConfigResponse marginConfig();

  @RequestLine("GET /api/v1/isolated/symbols")
  List<IsolatedMarginSymbolResponse> isolatedMarginSymbols();
}
