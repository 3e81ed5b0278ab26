package dev.margin.domain.model;

import java.time.Duration;
import java.util.Optional;

/**
 * The call was refused for too many requests: by the venue (HTTP 429 or code {@code 429000}, or
 * Cloudflare's 1015 page), or by the client's own budget before anything was sent ({@link
 * #httpStatus()} 0). Carries when the window resets, where that is known.
 */
public final class RateLimitedException extends ExchangeErrorException {
  private static final long serialVersionUID = 1L;

  private final transient Duration resetIn;

  /**
   * A rate-limit refusal.
   *
   * @param endpoint the request; never null
   * @param httpStatus the HTTP status, or 0 for the client's own budget
   * @param code KuCoin's code, or null
   * @param exchangeMessage KuCoin's message, or a description of the client's budget
   * @param rateLimit the rate-limit headers, or null
   * @param resetIn how long until the window resets, or null if unknown
   */
  public RateLimitedException(
      String endpoint,
      int httpStatus,
      String code,
      String exchangeMessage,
      RateLimitStatus rateLimit,
      Duration resetIn) {
    super(
        describe(endpoint, httpStatus, code, exchangeMessage)
            + (resetIn == null ? "" : ", resets in " + resetIn.toMillis() + " ms"),
        endpoint,
        httpStatus,
        code,
        exchangeMessage,
        rateLimit);
    this.resetIn = resetIn;
  }

  /** {@return how long until the rate-limit window resets, if known} */
  public Optional<Duration> resetIn() {
    return Optional.ofNullable(resetIn);
  }

  /** Always true. */
  @Override
  public boolean isRateLimited() {
    return true;
  }
}
