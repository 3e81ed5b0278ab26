package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.RateLimitStatus;
import dev.margin.domain.model.RateLimitedException;

/** Classifies KuCoin's refusals: a rate-limit refusal, or another exchange error. */
final class KucoinErrors {

  private KucoinErrors() {}

  /**
   * A rate-limit refusal for HTTP 429 or code 429000, else an exchange error. The refusal's reset
   * comes from the reset header alone; the complete status only where all three headers were read.
   */
  static ExchangeErrorException error(
      String endpoint, int status, String code, String message, RateLimitHeaders headers) {
    RateLimitStatus rateLimit = headers.status();
    if (status == 429 || ExchangeErrorException.TOO_MANY_REQUESTS.equals(code)) {
      return new RateLimitedException(
          endpoint, status, code, message, rateLimit, headers.resetIn().orElse(null));
    }
    return new ExchangeErrorException(endpoint, status, code, message, rateLimit);
  }
}
