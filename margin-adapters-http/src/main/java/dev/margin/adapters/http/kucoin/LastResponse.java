package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.RateLimitStatus;

/**
 * The status and rate-limit headers of the response the decoders saw last on this thread. Feign
 * calls are synchronous, so the adapter reads them right after the call it made, to keep its rate
 * budget in step and to tell its listener.
 */
final class LastResponse {
  private static final ThreadLocal<LastResponse> CURRENT =
      ThreadLocal.withInitial(LastResponse::new);

  int status;
  RateLimitStatus rateLimit;
  RateLimitHeaders headers = RateLimitHeaders.NONE;

  static LastResponse current() {
    return CURRENT.get();
  }

  static void record(int status, RateLimitHeaders headers) {
    LastResponse last = CURRENT.get();
    last.status = status;
    last.headers = headers;
    last.rateLimit = headers.status();
  }

  void clear() {
    status = 0;
    rateLimit = null;
    headers = RateLimitHeaders.NONE;
  }
}
