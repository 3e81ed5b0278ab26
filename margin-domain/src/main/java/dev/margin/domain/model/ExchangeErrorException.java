package dev.margin.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The venue answered with an error: a KuCoin error envelope ({@code {"code":"400100","msg":...}})
 * in a successful or failed HTTP response, or an HTTP error status without a readable envelope.
 */
public class ExchangeErrorException extends MarketDataUnavailableException {
  private static final long serialVersionUID = 1L;

  /** KuCoin's code for "too many requests". */
  public static final String TOO_MANY_REQUESTS = "429000";

  /** The request that failed. */
  private final String endpoint;

  /** The HTTP status of the answer, 0 if none. */
  private final int httpStatus;

  /** KuCoin's code, or null. */
  private final String code;

  /** KuCoin's message, or null. */
  private final String exchangeMessage;

  private final transient RateLimitStatus rateLimit;

  /**
   * An exception describing one error answer.
   *
   * @param endpoint the request, e.g. {@code GET /api/v3/margin/symbols}; never null
   * @param httpStatus the HTTP status of the answer
   * @param code KuCoin's code, e.g. {@code 400100}, or null if the answer carried none
   * @param exchangeMessage KuCoin's message, or null if the answer carried none
   * @param rateLimit the rate-limit headers of the answer, or null if it did not carry them all
   */
  public ExchangeErrorException(
      String endpoint,
      int httpStatus,
      String code,
      String exchangeMessage,
      RateLimitStatus rateLimit) {
    this(
        describe(endpoint, httpStatus, code, exchangeMessage),
        endpoint,
        httpStatus,
        code,
        exchangeMessage,
        rateLimit);
  }

  /**
   * An exception with its own message, for subclasses.
   *
   * @param message what went wrong
   * @param endpoint the request; never null
   * @param httpStatus the HTTP status, or 0 where the venue was not asked
   * @param code KuCoin's code, or null
   * @param exchangeMessage KuCoin's message, or null
   * @param rateLimit the rate-limit headers, or null
   */
  protected ExchangeErrorException(
      String message,
      String endpoint,
      int httpStatus,
      String code,
      String exchangeMessage,
      RateLimitStatus rateLimit) {
    super(message, null);
    this.endpoint = endpoint;
    this.httpStatus = httpStatus;
    this.code = code;
    this.exchangeMessage = exchangeMessage;
    this.rateLimit = rateLimit;
  }

  static String describe(String endpoint, int httpStatus, String code, String message) {
    Objects.requireNonNull(endpoint, "endpoint is null");
    return endpoint
        + (httpStatus == 0 ? " refused before sending" : " failed: HTTP " + httpStatus)
        + (code == null ? "" : ", code " + code)
        + (message == null ? "" : ", message '" + message + "'");
  }

  /** {@return the request that failed, e.g. {@code GET /api/v3/margin/symbols}} */
  public String endpoint() {
    return endpoint;
  }

  /**
   * {@return the HTTP status of the answer (200 for an error envelope in a successful response)}
   */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return KuCoin's error code, such as {@code 400100}, if the answer carried one} */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return KuCoin's error message, if the answer carried one} */
  public Optional<String> exchangeMessage() {
    return Optional.ofNullable(exchangeMessage);
  }

  /** {@return the rate-limit headers of the answer, if it carried all three} */
  public Optional<RateLimitStatus> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /**
   * {@return whether the venue refused the call for too many requests (HTTP 429 or code 429000)}
   */
  public boolean isRateLimited() {
    return httpStatus == 429 || TOO_MANY_REQUESTS.equals(code);
  }
}
