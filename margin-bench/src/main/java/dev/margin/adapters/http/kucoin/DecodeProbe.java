package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import feign.Request;
import feign.Response;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The adapter's own decode path (envelope, wire records, mapping to validated domain records) on
 * bytes already in memory, for the decode benchmark only: it sits in the adapter's package so that
 * it reaches the package-private decoder, on the benchmark's class path, never in the adapter.
 */
public final class DecodeProbe {
  private static final Map<String, Collection<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));

  private final KucoinDecoder decoder = new KucoinDecoder(new Envelopes(KucoinJsonMapper.create()));
  private final Type crossSymbols = returnType("crossMarginSymbols");
  private final Type markPrices = returnType("allMarkPrices");

  /**
   * Decodes a body of the cross-margin symbols endpoint.
   *
   * @param body the body as KuCoin sends it
   * @return the symbols
   */
  @SuppressWarnings("unchecked")
  public List<CrossMarginSymbol> crossSymbols(byte[] body) {
    Answer<?> answer =
        (Answer<?>) decoder.decode(response(body, KucoinApi.CROSS_SYMBOLS), crossSymbols);
    return ((Decoded<CrossMarginSymbolsResponse, List<CrossMarginSymbol>>) answer.value())
        .orMap(wire -> KucoinMapper.crossSymbols(KucoinEndpoint.CROSS_SYMBOLS.description, wire));
  }

  /**
   * Decodes a body of the all-mark-prices endpoint.
   *
   * @param body the body as KuCoin sends it
   * @return the mark prices
   */
  @SuppressWarnings("unchecked")
  public List<MarkPrice> markPrices(byte[] body) {
    Answer<?> answer =
        (Answer<?>) decoder.decode(response(body, KucoinApi.ALL_MARK_PRICES), markPrices);
    return ((Decoded<List<MarkPriceResponse>, List<MarkPrice>>) answer.value())
        .orMap(wire -> KucoinMapper.markPrices(KucoinEndpoint.ALL_MARK_PRICES.description, wire));
  }

  private static Response response(byte[] body, String requestLine) {
    String path = requestLine.substring(requestLine.indexOf(' ') + 1);
    return Response.builder()
        .status(200)
        .reason("OK")
        .headers(JSON)
        .request(
            Request.create(
                Request.HttpMethod.GET,
                "http://127.0.0.1" + path,
                Map.of(),
                null,
                StandardCharsets.UTF_8,
                null))
        .body(body)
        .build();
  }

  private static Type returnType(String method) {
    try {
      return KucoinApi.class.getMethod(method, Request.Options.class).getGenericReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
