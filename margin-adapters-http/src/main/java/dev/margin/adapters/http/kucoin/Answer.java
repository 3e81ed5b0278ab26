package dev.margin.adapters.http.kucoin;

/**
 * One response's decoded {@code data} with the HTTP status and rate-limit headers it came with, so
 * that the call policy reads them from the value itself.
 *
 * @param value the envelope's {@code data} read into the wire type, or null where it is JSON null
 * @param status the HTTP status, or 0 where no response arrived
 * @param headers the rate-limit headers of the response
 * @param <T> the wire type
 */
record Answer<T>(T value, int status, RateLimitHeaders headers) {

  /** No response at all. */
  static final Answer<Object> NONE = new Answer<>(null, 0, RateLimitHeaders.NONE);
}
