package dev.margin.adapters.http.kucoin;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;

/**
 * Feign's {@link Http2Client} on the JDK client, with every response body bounded by its attempt
 * ({@link BoundedBody}): the read timeout between two bytes, and the call's deadline carried by the
 * {@link AttemptOptions}. The JDK's request timeout, which {@code Http2Client} sets from the read
 * timeout, covers the wait for the headers only.
 *
 * <p>The bound is put on the stream as it leaves the JDK, before {@code Http2Client} wraps it in a
 * gzip decoder, whose constructor already reads: a compressed body that stalls before its first
 * bytes is bounded too, and a closed stream never leaves a decoder half-way.
 */
final class BoundedClient implements Client {
  /** The deadline of a request made with plain options: none beyond its read timeout. */
  private static final long NO_DEADLINE = TimeUnit.DAYS.toNanos(365);

  private final HttpClient http;
  private final BoundedBody.Alarms alarms;

  BoundedClient(HttpClient http) {
    this(http, BoundedBody.SHARED);
  }

  BoundedClient(HttpClient http, BoundedBody.Alarms alarms) {
    this.http = http;
    this.alarms = alarms;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    return new Attempt(http, options, alarms).execute(request, options);
  }

  /** {@code Http2Client} for one attempt, on the shared pooled client: it bounds the body. */
  private static final class Attempt extends Http2Client {
    private final Request.Options options;
    private final BoundedBody.Alarms alarms;

    Attempt(HttpClient http, Request.Options options, BoundedBody.Alarms alarms) {
      super(http);
      this.options = options;
      this.alarms = alarms;
    }

    @Override
    protected Response toFeignResponse(Request request, HttpResponse<InputStream> response) {
      long readTimeout = TimeUnit.MILLISECONDS.toNanos(options.readTimeoutMillis());
      BoundedBody body;
      if (options instanceof AttemptOptions attempt) {
        body =
            BoundedBody.of(
                response.body(), readTimeout, attempt.deadline(), attempt.nanoTime(), alarms);
      } else {
        long now = System.nanoTime();
        body =
            BoundedBody.of(
                response.body(), readTimeout, now + NO_DEADLINE, System::nanoTime, alarms);
      }
      return super.toFeignResponse(request, new Bounded(response, body));
    }
  }

  /** The JDK's response with its body bounded. */
  private record Bounded(HttpResponse<InputStream> response, InputStream body)
      implements HttpResponse<InputStream> {
    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<InputStream>> previousResponse() {
      return response.previousResponse();
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }
  }
}
