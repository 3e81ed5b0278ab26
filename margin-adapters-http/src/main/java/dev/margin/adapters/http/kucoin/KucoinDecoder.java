package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.type.TypeReference;
import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Decodes a 2xx response into an {@link Answer}: checks KuCoin's envelope, then reads {@code data}
 * into the wire type the answer holds; for a {@link Decoded} answer, straight into the domain
 * values where the body is the plain case.
 */
final class KucoinDecoder implements Decoder {
  /** The direct readers, by the wire type they stand in for. */
  private static final Map<Type, StreamedEnvelope.Data> DIRECT =
      Map.of(
          CrossMarginSymbolsResponse.class,
          new CrossSymbolsReader(),
          new TypeReference<List<MarkPriceResponse>>() {}.getType(),
          new MarkPricesReader());

  /** Reads nothing: the body goes to the wire records. */
  private static final StreamedEnvelope.Data NONE = parser -> StreamedEnvelope.UNREAD;

  private final Envelopes envelopes;

  KucoinDecoder(Envelopes envelopes) {
    this.envelopes = envelopes;
  }

  @Override
  public Object decode(Response response, Type type) {
    Type data = dataType(type);
    if (data instanceof ParameterizedType decoded && decoded.getRawType() == Decoded.class) {
      Type wire = decoded.getActualTypeArguments()[0];
      return envelopes.decoded(response, wire, DIRECT.getOrDefault(wire, NONE));
    }
    return envelopes.success(response, data);
  }

  /** The {@code T} of {@code Answer<T>}, the only return type of {@link KucoinApi}'s methods. */
  static Type dataType(Type type) {
    if (type instanceof ParameterizedType answer && answer.getRawType() == Answer.class) {
      return answer.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("expected an Answer<T>, got " + type);
  }
}
