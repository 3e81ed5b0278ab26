package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.MarketDataException;
import feign.Response;
import java.util.function.Function;

/**
 * A response the adapter cannot use, thrown by the decoders: its status and rate-limit headers, and
 * the exception it stands for, named once the call policy supplies the endpoint. Never leaves the
 * adapter: {@link CallPolicy} unwraps it.
 */
final class FailedResponse extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Answer<?> answer;
  private final transient Function<String, ? extends MarketDataException> exception;

  FailedResponse(Response response, Function<String, ? extends MarketDataException> exception) {
    super(null, null, false, false);
    this.answer = new Answer<>(null, response.status(), RateLimitHeaders.of(response));
    this.exception = exception;
  }

  /** {@return the failure {@code e} is or wraps, or null if it is no response's} */
  static FailedResponse in(Throwable e) {
    if (e instanceof FailedResponse failed) {
      return failed;
    }
    return e != null && e.getCause() instanceof FailedResponse failed ? failed : null;
  }

  /** {@return the status and rate-limit headers of the response, without a value} */
  Answer<?> answer() {
    return answer;
  }

  /** {@return the exception this response stands for, naming {@code endpoint}} */
  MarketDataException exception(String endpoint) {
    return exception.apply(endpoint);
  }
}
