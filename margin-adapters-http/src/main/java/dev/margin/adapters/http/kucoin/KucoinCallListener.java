package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.RateLimitStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * Hears about every call the KuCoin adapter makes, to feed a host's metrics. Called on the calling
 * thread once the call has succeeded or failed for good; it must be quick and must not throw (what
 * it throws is ignored).
 */
@FunctionalInterface
public interface KucoinCallListener {

  /** A listener that does nothing. */
  KucoinCallListener NONE = event -> {};

  /**
   * One finished call.
   *
   * @param event what happened
   */
  void onCall(CallEvent event);

  /**
   * Called once when an adapter or a stream is made with this listener, before any call, with a
   * live view of the rate budget its calls are charged to: read it when a metric is wanted. The
   * Guice module and {@link KucoinHttp#markPriceStream(dev.margin.domain.port.MarginMarketData,
   * KucoinStreamConfig, java.time.Clock)} share one budget between the REST adapter and the stream;
   * two adapters made apart have one each, and each is handed over. Does nothing by default.
   *
   * @param budget the budget, thread-safe
   */
  default void onRateBudget(KucoinRateBudget budget) {}

  /**
   * One finished call.
   *
   * @param endpoint the request, e.g. {@code GET /api/v3/margin/symbols}
   * @param attempts how many requests were sent (0 if the client's budget refused it)
   * @param latency the time from the call to its outcome, retries and waits included
   * @param httpStatus the last HTTP status, or 0 if no response arrived
   * @param rateLimit the last rate-limit headers, if the last response carried them
   * @param failure the exception the call threw, or empty on success
   * @param rateLimitWait how long of {@code latency} the call waited for a rate limit: for the
   *     client's own budget to refill, or for the reset a 429 named; zero if it did not wait
   */
  record CallEvent(
      String endpoint,
      int attempts,
      Duration latency,
      int httpStatus,
      Optional<RateLimitStatus> rateLimit,
      Optional<RuntimeException> failure,
      Duration rateLimitWait) {

    /**
     * One finished call that did not wait for a rate limit.
     *
     * @param endpoint the request, e.g. {@code GET /api/v3/margin/symbols}
     * @param attempts how many requests were sent (0 if the client's budget refused it)
     * @param latency the time from the call to its outcome, retries and waits included
     * @param httpStatus the last HTTP status, or 0 if no response arrived
     * @param rateLimit the last rate-limit headers, if the last response carried them
     * @param failure the exception the call threw, or empty on success
     */
    public CallEvent(
        String endpoint,
        int attempts,
        Duration latency,
        int httpStatus,
        Optional<RateLimitStatus> rateLimit,
        Optional<RuntimeException> failure) {
      this(endpoint, attempts, latency, httpStatus, rateLimit, failure, Duration.ZERO);
    }

    /** {@return true if the call returned data} */
    public boolean succeeded() {
      return failure.isEmpty();
    }

    /**
     * The endpoint as KuCoin's path template, without the symbol a request for one symbol names,
     * e.g. {@code GET /api/v1/mark-price/{symbol}/current} for {@code GET
     * /api/v1/mark-price/BTC-USDT/current}: one of the adapter's few endpoints, so it suits a
     * metric's tag where {@link #endpoint()} does not.
     *
     * @return the template; empty if {@link #endpoint()} is none of the adapter's endpoints
     */
    public Optional<String> endpointTemplate() {
      return Optional.ofNullable(KucoinEndpoint.templateOf(endpoint));
    }
  }
}
