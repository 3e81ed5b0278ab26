package dev.margin.adapters.http.kucoin;

import java.util.List;

/**
 * A live view of the client's own rate budget: per KuCoin pool, the weight left in the current
 * window, as the adapter charges it before each request and brings it into step with KuCoin's
 * {@code gw-ratelimit-*} headers. Handed to {@link KucoinCallListener#onRateBudget} once, when an
 * adapter is created; read it whenever a metric is wanted. Thread-safe; reading it sends nothing.
 */
public interface KucoinRateBudget {

  /** {@return the pools, in lower case: {@code public} and {@code spot}} */
  List<String> pools();

  /**
   * The weight left in a pool's window now (the full quota once the window has reset).
   *
   * @param pool one of {@link #pools()}
   * @return the weight left, never negative
   * @throws IllegalArgumentException if {@code pool} is none of {@link #pools()}
   */
  long remaining(String pool);

  /**
   * A pool's quota per window, as configured.
   *
   * @param pool one of {@link #pools()}
   * @return the quota, positive
   * @throws IllegalArgumentException if {@code pool} is none of {@link #pools()}
   */
  long quota(String pool);
}
