package dev.margin.adapters.http.kucoin;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Turns every non-2xx response into a {@link FailedResponse} standing for an {@link
 * dev.margin.domain.model.ExchangeErrorException}.
 */
final class KucoinErrorDecoder implements ErrorDecoder {
  private final Envelopes envelopes;

  KucoinErrorDecoder(Envelopes envelopes) {
    this.envelopes = envelopes;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return envelopes.errorOf(response);
  }
}
