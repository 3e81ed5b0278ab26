package dev.margin.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The venue's rate-limit headers of one response: {@code gw-ratelimit-limit}, {@code
 * gw-ratelimit-remaining} and {@code gw-ratelimit-reset}.
 *
 * @param limit the size of the quota pool in the current window, at least zero
 * @param remaining the quota left in the current window, at least zero
 * @param resetIn the time until the window resets, not negative
 */
public record RateLimitStatus(long limit, long remaining, Duration resetIn) {

  /**
   * Validates.
   *
   * @throws NullPointerException if {@code resetIn} is null
   * @throws IllegalArgumentException if a number is negative
   * @param limit see {@link #limit()}
   * @param remaining see {@link #remaining()}
   * @param resetIn see {@link #resetIn()}
   */
  public RateLimitStatus {
    Objects.requireNonNull(resetIn, "resetIn is null");
    if (limit < 0 || remaining < 0 || resetIn.isNegative()) {
      throw new IllegalArgumentException(
          "rate-limit values must not be negative: " + limit + ", " + remaining + ", " + resetIn);
    }
  }
}
