package dev.margin.adapters.http.kucoin;

import feign.Response;
import feign.codec.Decoder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Decodes a 2xx response into an {@link Answer}: checks KuCoin's envelope, then reads {@code data}
 * into the wire type the answer holds.
 */
final class KucoinDecoder implements Decoder {
  private final Envelopes envelopes;

  KucoinDecoder(Envelopes envelopes) {
    this.envelopes = envelopes;
  }

  @Override
  public Object decode(Response response, Type type) {
    return envelopes.success(response, dataType(type));
  }

  /** The {@code T} of {@code Answer<T>}, the only return type of {@link KucoinApi}'s methods. */
  static Type dataType(Type type) {
    if (type instanceof ParameterizedType answer && answer.getRawType() == Answer.class) {
      return answer.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("expected an Answer<T>, got " + type);
  }
}
