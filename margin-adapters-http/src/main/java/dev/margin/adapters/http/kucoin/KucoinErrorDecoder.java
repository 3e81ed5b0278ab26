package dev.margin.adapters.http.kucoin;

import feign.Response;
import feign.codec.ErrorDecoder;

/** Turns every non-2xx response into an {@link dev.margin.domain.model.ExchangeErrorException}. */
final class KucoinErrorDecoder implements ErrorDecoder {
  private final KucoinJson json;

  KucoinErrorDecoder(KucoinJson json) {
    this.json = json;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return json.errorOf(response);
  }
}
