package dev.margin.adapters.http.kucoin;

import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarkPriceStream;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The plain-Java way to the KuCoin adapter, for hosts without Guice:
 *
 * <pre>{@code
 * MarginMarketData kucoin = KucoinHttp.create(KucoinHttpConfig.defaults());
 * MarkPrice usdt = kucoin.markPrice(Symbol.parse("USDT-BTC"));
 * }</pre>
 *
 * <p>Creating an adapter makes no network call. The adapter is thread-safe and holds one pooled
 * HTTP client: create it once and share it.
 */
public final class KucoinHttp {

  /** The {@code User-Agent} sent with every request, e.g. {@code margin/0.1.0}. */
  public static final String USER_AGENT = "margin/" + version();

  private KucoinHttp() {}

  /**
   * Creates the adapter.
   *
   * @param config where and how to connect; never null
   * @return the adapter, implementing every market-data port
   */
  public static MarginMarketData create(KucoinHttpConfig config) {
    return create(config, KucoinCallListener.NONE);
  }

  /**
   * Creates the adapter, reporting every call to {@code listener}.
   *
   * @param config where and how to connect; never null
   * @param listener hears each call's endpoint, attempts, latency, status and rate-limit headers;
   *     never null
   * @return the adapter, implementing every market-data port
   */
  public static MarginMarketData create(KucoinHttpConfig config, KucoinCallListener listener) {
    return marketData(connect(config, listener));
  }

  /**
   * Creates the live mark-price stream. Creating it makes no network call; each subscription gets
   * its own link, and its token from {@code POST /api/v1/bullet-public} under {@code config}'s
   * deadline, retries and rate budget.
   *
   * <pre>{@code
   * MarkPriceStream stream =
   *     KucoinHttp.markPriceStream(KucoinHttpConfig.defaults(), KucoinStreamConfig.defaults());
   * }</pre>
   *
   * @param config where and how to fetch the token; never null
   * @param bounds the stream's timeouts, backoff and largest message; never null
   * @return the stream
   */
  public static MarkPriceStream markPriceStream(
      KucoinHttpConfig config, KucoinStreamConfig bounds) {
    return markPriceStream(config, bounds, Clock.systemUTC());
  }

  /**
   * Creates the live mark-price stream, timing gaps with {@code clock}.
   *
   * @param config where and how to fetch the token; never null
   * @param bounds the stream's timeouts, backoff and largest message; never null
   * @param clock what the instants of {@link dev.margin.domain.port.MarkPriceListener#onGap} are
   *     read from; never null
   * @return the stream
   */
  public static MarkPriceStream markPriceStream(
      KucoinHttpConfig config, KucoinStreamConfig bounds, Clock clock) {
    return markPriceStream(config, KucoinCallListener.NONE, bounds, clock);
  }

  /**
   * Creates the live mark-price stream, reporting each token call to {@code listener} as the REST
   * adapter reports its calls.
   *
   * @param config where and how to fetch the token; never null
   * @param listener hears each token call; never null
   * @param bounds the stream's timeouts, backoff and largest message; never null
   * @param clock what the instants of {@link dev.margin.domain.port.MarkPriceListener#onGap} are
   *     read from; never null
   * @return the stream
   */
  public static MarkPriceStream markPriceStream(
      KucoinHttpConfig config,
      KucoinCallListener listener,
      KucoinStreamConfig bounds,
      Clock clock) {
    return markPriceStream(connect(config, listener), bounds, clock);
  }

  /**
   * Creates the live mark-price stream over the client of a REST adapter made by {@link #create}:
   * its token calls go through that adapter's connection pool, deadline, retries, rate budget and
   * call listener, as the Guice module wires them. Prefer this to making the stream from a config
   * when the host has both: KuCoin counts both against one quota.
   *
   * <pre>{@code
   * MarginMarketData kucoin = KucoinHttp.create(config, listener);
   * MarkPriceStream stream =
   *     KucoinHttp.markPriceStream(kucoin, KucoinStreamConfig.defaults(), Clock.systemUTC());
   * }</pre>
   *
   * @param adapter an adapter {@link #create} returned; never null
   * @param bounds the stream's timeouts, backoff and largest message; never null
   * @param clock what the instants of {@link dev.margin.domain.port.MarkPriceListener#onGap} are
   *     read from; never null
   * @return the stream
   * @throws IllegalArgumentException if {@code adapter} was not made by {@link #create}
   */
  public static MarkPriceStream markPriceStream(
      MarginMarketData adapter, KucoinStreamConfig bounds, Clock clock) {
    Objects.requireNonNull(adapter, "adapter is null");
    if (!(adapter instanceof KucoinMarginMarketData kucoin)) {
      throw new IllegalArgumentException(
          "adapter is not one KucoinHttp.create made: " + adapter.getClass().getName());
    }
    return markPriceStream(kucoin.connection(), bounds, clock);
  }

  /**
   * Whether an adapter is one {@link #create} made, so that {@link
   * #markPriceStream(MarginMarketData, KucoinStreamConfig, Clock)} can share its client.
   *
   * @param adapter any adapter, or null
   * @return true if {@link #create} made it
   */
  public static boolean isKucoinAdapter(MarginMarketData adapter) {
    return adapter instanceof KucoinMarginMarketData;
  }

  /** One host's connection: a client, the API over it and one call policy. */
  static KucoinConnection connect(KucoinHttpConfig config, KucoinCallListener listener) {
    Objects.requireNonNull(config, "config is null");
    Objects.requireNonNull(listener, "listener is null");
    HttpClient http = httpClient(config);
    return new KucoinConnection(http, api(config, http), policy(config, listener));
  }

  /** The REST adapter over a connection. */
  static MarginMarketData marketData(KucoinConnection connection) {
    return new KucoinMarginMarketData(connection);
  }

  /** The stream over a connection: its token calls under the connection's policy. */
  static MarkPriceStream markPriceStream(
      KucoinConnection connection, KucoinStreamConfig bounds, Clock clock) {
    Objects.requireNonNull(bounds, "bounds is null");
    Objects.requireNonNull(clock, "clock is null");
    KucoinApi api = connection.api();
    CallPolicy policy = connection.policy();
    return new KucoinMarkPriceStream(
        () -> StreamToken.of(policy.call(KucoinEndpoint.BULLET_PUBLIC, null, api::bulletPublic)),
        connection.http(),
        bounds,
        clock);
  }

  private static KucoinApi api(KucoinHttpConfig config, HttpClient http) {
    Envelopes envelopes = new Envelopes(KucoinJsonMapper.create());
    return Feign.builder()
        .client(new BoundedClient(http))
        .options(options(config))
        .retryer(Retryer.NEVER_RETRY)
        .decoder(new KucoinDecoder(envelopes))
        .errorDecoder(new KucoinErrorDecoder(envelopes))
        .requestInterceptor(
            template ->
                template
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "application/json")
                    .header("Accept-Encoding", "gzip"))
        .target(KucoinApi.class, config.baseUrl().toString());
  }

  private static CallPolicy policy(KucoinHttpConfig config, KucoinCallListener listener) {
    return new CallPolicy(
        config, new RateBudget(config, System::nanoTime), listener, System::nanoTime);
  }

  /**
   * Feign's per-request options. Their connect timeout and redirect policy equal the HTTP client's,
   * so that {@link Http2Client} uses that one pooled client instead of building another.
   */
  static Request.Options options(KucoinHttpConfig config) {
    return new Request.Options(
        config.connectTimeout().toMillis(),
        TimeUnit.MILLISECONDS,
        config.readTimeout().toMillis(),
        TimeUnit.MILLISECONDS,
        false);
  }

  static HttpClient httpClient(KucoinHttpConfig config) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofMillis(config.connectTimeout().toMillis()))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(config.isTls() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    if (!config.isTls()) {
      // plain HTTP (loopback only) never negotiates TLS: don't load it
      builder.sslContext(PlainHttpTls.context()).sslParameters(PlainHttpTls.parameters());
    }
    return builder.build();
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = KucoinHttp.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    return version.isBlank() || version.startsWith("$") ? "dev" : version;
  }
}
