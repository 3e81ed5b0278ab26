package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.RateLimitedException;
import feign.FeignException;
import feign.Request;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs one call to KuCoin: the client's rate budget first, then up to {@code maxAttempts} requests
 * within one deadline, each with a read timeout no longer than what is left of it. The read timeout
 * is the longest wait for the response headers and for each next byte of the body; each attempt's
 * {@link AttemptOptions} carry the deadline itself to the client ({@link BoundedClient}), so a body
 * that trickles past it ends the attempt at the deadline, as a timeout.
 *
 * <p>Retried (all six endpoints are idempotent GETs): I/O failures and timeouts, HTTP 5xx and code
 * {@code 500000}, and a 429 without rate-limit headers (server overload), after an exponential
 * backoff with full jitter. A 429 that says when its window resets is waited out when the reset
 * comes before the deadline, else it fails at once with the {@link RateLimitedException}. Never
 * retried: other 4xx, error envelopes in a 2xx, malformed bodies, unknown symbols.
 *
 * <p>A hand-written loop rather than Feign's {@code Retryer}: Feign reuses one {@code
 * Request.Options} for every attempt of an invocation, so its retries cannot shrink the read
 * timeout to the time left; and a library (Resilience4j, Failsafe) would add a dependency every
 * host must converge with, for some thirty lines.
 */
final class CallPolicy {
  private final KucoinHttpConfig config;
  private final RateBudget budget;
  private final KucoinCallListener listener;
  private final LongSupplier nanoTime;
  private final int connectTimeoutMillis;

  CallPolicy(
      KucoinHttpConfig config,
      RateBudget budget,
      KucoinCallListener listener,
      LongSupplier nanoTime) {
    this.config = config;
    this.budget = budget;
    this.listener = listener;
    this.nanoTime = nanoTime;
    this.connectTimeoutMillis = (int) config.connectTimeout().toMillis();
    try {
      listener.onRateBudget(budget);
    } catch (RuntimeException ignored) {
      // a listener's failure must not stop the adapter
    }
  }

  /**
   * Calls the endpoint's list, or the endpoint for one key.
   *
   * @param key the symbol or currency asked for, or null; named in messages where the path holds it
   * @return the answer's value
   */
  <T> T call(KucoinEndpoint endpoint, String key, Function<Request.Options, Answer<T>> request) {
    String description = endpoint.describe(key);
    long start = nanoTime.getAsLong();
    long deadline = start + config.deadline().toNanos();
    int attempts = 0;
    long rateLimitWait = 0;
    Answer<?> last = Answer.NONE;
    MarketDataException failure = null;
    try {
      while (true) {
        try {
          rateLimitWait += budget.acquire(endpoint, description, deadline);
        } catch (RateLimitedException spent) {
          throw attempts == 0 ? spent : exhausted(description, attempts, spent);
        }
        long left = deadline - nanoTime.getAsLong();
        if (left <= 0) {
          throw deadlineExceeded(description, attempts, failure);
        }
        attempts++;
        last = Answer.NONE;
        try {
          Answer<T> answer = request.apply(options(left, deadline));
          last = answer;
          budget.observe(endpoint, answer.headers());
          report(description, attempts, start, rateLimitWait, last, null);
          return answer.value();
        } catch (RuntimeException e) {
          FailedResponse response = FailedResponse.in(e);
          if (response != null) {
            last = response.answer();
            failure = response.exception(description);
          } else {
            failure = translate(description, e);
          }
          budget.observe(endpoint, last.headers());
        }
        long wait = waitBeforeRetry(endpoint, failure, last.headers(), attempts);
        if (wait < 0) {
          throw attempts > 1 && retryable(failure, last.headers())
              ? exhausted(description, attempts, failure)
              : failure;
        }
        if (nanoTime.getAsLong() + wait >= deadline) {
          if (failure instanceof RateLimitedException) {
            throw failure;
          }
          throw deadlineExceeded(description, attempts, failure);
        }
        long before = nanoTime.getAsLong();
        Waits.sleepNanos(wait);
        if (failure instanceof RateLimitedException) {
          rateLimitWait += nanoTime.getAsLong() - before;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      MarketDataUnavailableException interrupted =
          new MarketDataUnavailableException(description + " interrupted", failure);
      report(description, attempts, start, rateLimitWait, last, interrupted);
      throw interrupted;
    } catch (MarketDataException e) {
      report(description, attempts, start, rateLimitWait, last, e);
      throw e;
    }
  }

  private Request.Options options(long leftNanos, long deadline) {
    long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(leftNanos));
    long read = Math.min(config.readTimeout().toMillis(), left);
    return new AttemptOptions(connectTimeoutMillis, read, deadline, nanoTime);
  }

  /** Nanoseconds to wait before the next attempt, or -1 not to make one. */
  private long waitBeforeRetry(
      KucoinEndpoint endpoint,
      MarketDataException failure,
      RateLimitHeaders headers,
      int attempts) {
    if (failure instanceof RateLimitedException limited && limited.resetIn().isPresent()) {
      Duration reset = limited.resetIn().get();
      if (!config.waitWhenRateLimited() || attempts >= config.maxAttempts()) {
        return -1;
      }
      budget.exhaust(endpoint, reset);
      return reset.toNanos();
    }
    if (!retryable(failure, headers) || attempts >= config.maxAttempts()) {
      return -1;
    }
    long ceiling =
        Math.min(
            config.maxBackoff().toNanos(),
            config.initialBackoff().toNanos() << Math.min(attempts - 1, 20));
    return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
  }

  /**
   * Whether a failure is worth another attempt. A rate-limit refusal is, only when the venue sent
   * none of its rate-limit headers with it (an overload, not a spent quota); any one of them makes
   * it a quota refusal, waited out where the reset is known and thrown at once where it is not.
   */
  static boolean retryable(MarketDataException failure, RateLimitHeaders headers) {
    if (failure instanceof RateLimitedException limited) {
      return limited.httpStatus() != 0 && limited.resetIn().isEmpty() && headers.isEmpty();
    }
    if (failure instanceof MalformedMarketDataException
        || failure instanceof NoSuchSymbolException) {
      return false;
    }
    if (failure instanceof ExchangeErrorException error) {
      return error.httpStatus() >= 500 || error.code().filter("500000"::equals).isPresent();
    }
    return failure instanceof MarketDataUnavailableException;
  }

  private static MarketDataException translate(String description, RuntimeException e) {
    if (e instanceof MarketDataException known) {
      return known;
    }
    if (e instanceof FeignException feign) {
      if (feign.getCause() instanceof MarketDataException known) {
        return known;
      }
      Throwable cause = feign.getCause() != null ? feign.getCause() : feign;
      String message = cause.getMessage();
      return new MarketDataUnavailableException(
          description
              + " failed: "
              + cause.getClass().getSimpleName()
              + (message == null ? "" : ": " + message),
          feign);
    }
    return new MarketDataUnavailableException(description + " failed: " + e, e);
  }

  private static MarketDataUnavailableException exhausted(
      String description, int attempts, MarketDataException last) {
    return new MarketDataUnavailableException(
        description + " failed after " + attempts + " attempts; the last: " + last.getMessage(),
        last);
  }

  private MarketDataUnavailableException deadlineExceeded(
      String description, int attempts, MarketDataException last) {
    return new MarketDataUnavailableException(
        description
            + " gave up at its "
            + config.deadline().toMillis()
            + " ms deadline after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + (last == null ? "" : "; the last: " + last.getMessage()),
        last);
  }

  private void report(
      String description,
      int attempts,
      long start,
      long rateLimitWait,
      Answer<?> last,
      RuntimeException failure) {
    try {
      listener.onCall(
          new KucoinCallListener.CallEvent(
              description,
              attempts,
              Duration.ofNanos(nanoTime.getAsLong() - start),
              last.status(),
              Optional.ofNullable(last.headers().status()),
              Optional.ofNullable(failure),
              Duration.ofNanos(rateLimitWait)));
    } catch (RuntimeException ignored) {
      // a listener's failure must not change the call's outcome
    }
  }
}
