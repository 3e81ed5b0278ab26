package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.RateLimitStatus;
import feign.Response;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/**
 * KuCoin's three rate-limit headers of one response, each read on its own: {@code
 * gw-ratelimit-limit} (the pool's quota), {@code gw-ratelimit-remaining} (what is left of it) and
 * {@code gw-ratelimit-reset} (milliseconds until the window resets). A header that is missing, not
 * a whole number, negative or beyond a {@code long} is absent; the others still count.
 *
 * @param limit the quota, or null
 * @param remaining what is left, or null
 * @param resetMillis milliseconds to the reset, or null
 */
record RateLimitHeaders(Long limit, Long remaining, Long resetMillis) {
  static final RateLimitHeaders NONE = new RateLimitHeaders(null, null, null);

  static RateLimitHeaders of(Response response) {
    return new RateLimitHeaders(
        header(response, "gw-ratelimit-limit"),
        header(response, "gw-ratelimit-remaining"),
        header(response, "gw-ratelimit-reset"));
  }

  /** {@return true if no header was there to read} */
  boolean isEmpty() {
    return limit == null && remaining == null && resetMillis == null;
  }

  /** {@return when the window resets, where the reset header says} */
  Optional<Duration> resetIn() {
    return resetMillis == null ? Optional.empty() : Optional.of(Duration.ofMillis(resetMillis));
  }

  /** {@return the complete status, or null unless all three headers were read} */
  RateLimitStatus status() {
    return limit == null || remaining == null || resetMillis == null
        ? null
        : new RateLimitStatus(limit, remaining, Duration.ofMillis(resetMillis));
  }

  private static Long header(Response response, String name) {
    Collection<String> values = response.headers().get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String text = values.iterator().next();
    if (text == null) {
      return null;
    }
    text = text.trim();
    // digits only: no sign, no exponent, no fraction; at most a long
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.valueOf(text);
  }
}
