package dev.margin.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RateLimitedException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.KucoinStubs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite: every failure is typed, bounded in time and loses nothing. Calls run with a
 * 2-second deadline, a 300 ms read timeout and up to 4 attempts; each test measures that the call
 * returned within the deadline plus a generous slack. Bodies that stall, trickle or never end come
 * from a raw loopback server ({@link TricklingServer}), and those calls are held to the deadline
 * plus a small tolerance.
 */
class FaultSuiteTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final Duration DEADLINE = Duration.ofSeconds(2);
  static final Duration SLACK = Duration.ofSeconds(3);
  static final String MARKS = "/api/v3/mark-price/all-symbols";
  static final String CONFIG = "/api/v1/margin/config";

  final List<KucoinCallListener.CallEvent> events = new CopyOnWriteArrayList<>();
  MarginMarketData kucoin;

  static KucoinHttpConfig config() {
    return KucoinStubs.config(KUCOIN)
        .withReadTimeout(Duration.ofMillis(300))
        .withDeadline(DEADLINE)
        .withRetries(4, Duration.ofMillis(20), Duration.ofMillis(100));
  }

  @BeforeEach
  void createAdapter() {
    kucoin = KucoinHttp.create(config(), events::add);
  }

  /** Runs a call, checks it ended within the deadline (plus slack), and returns its failure. */
  static Throwable failureWithinDeadline(Runnable call) {
    return failureWithin(DEADLINE.plus(SLACK), call);
  }

  /** Runs a call, checks it ended within {@code limit}, and returns its failure. */
  static Throwable failureWithin(Duration limit, Runnable call) {
    long start = System.nanoTime();
    Throwable failure = null;
    try {
      call.run();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
    assertThat(failure).as("the call should have failed").isNotNull();
    return failure;
  }

  static int requestsTo(String url) {
    return KUCOIN.findAll(getRequestedFor(urlEqualTo(url))).size();
  }

  // --- the network --------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "CONNECTION_RESET_BY_PEER",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void aBrokenConnectionIsRetriedThenUnavailable(Fault fault) {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(aResponse().withFault(fault)));

    Throwable failure = failureWithinDeadline(kucoin::allMarkPrices);

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageStartingWith("GET /api/v3/mark-price/all-symbols failed after 4 attempts");
    assertThat(failure.getCause()).isInstanceOf(MarketDataUnavailableException.class);
    assertThat(events).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(4));
    // the JDK's client may itself resend a GET over a fresh connection: at least the 4 attempts;
    // WireMock may journal the last one just after the client has seen its connection fail
    assertThat(journalledWithin(MARKS, 4, Duration.ofSeconds(5))).isGreaterThanOrEqualTo(4);
  }

  /** The requests WireMock has journalled to {@code url}, once there are {@code at least}. */
  static int journalledWithin(String url, int atLeast, Duration bound) {
    long end = System.nanoTime() + bound.toNanos();
    int seen = requestsTo(url);
    while (seen < atLeast && System.nanoTime() < end) {
      Thread.onSpinWait();
      seen = requestsTo(url);
    }
    return seen;
  }

  @Test
  void aServerSlowerThanTheReadTimeoutIsRetriedWithinTheDeadline() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(okJson(body("mark-price-all-symbols.json")).withFixedDelay(1_500)));

    Throwable failure = failureWithinDeadline(kucoin::allMarkPrices);

    assertThat(failure).isInstanceOf(MarketDataUnavailableException.class);
    assertThat(failure).hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void serverErrorsAreRetriedAndRecovered() {
    statuses(
        CONFIG,
        aResponse().withStatus(500),
        aResponse().withStatus(502),
        aResponse().withStatus(503),
        okJson(body("margin-config.json")));

    long start = System.nanoTime();
    assertThat(kucoin.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    assertThat(requestsTo(CONFIG)).isEqualTo(4);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.succeeded()).isTrue();
              assertThat(e.attempts()).isEqualTo(4);
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.endpoint()).isEqualTo("GET /api/v1/margin/config");
            });
  }

  @Test
  void unavailableForeverGivesUpAfterTheLastAttempt() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(aResponse().withStatus(503).withBody("<html>busy</html>")));

    Throwable failure = failureWithinDeadline(kucoin::marginConfig);

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("failed after 4 attempts")
        .hasCauseInstanceOf(ExchangeErrorException.class);
    assertThat(((ExchangeErrorException) failure.getCause()).httpStatus()).isEqualTo(503);
    assertThat(requestsTo(CONFIG)).isEqualTo(4);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.succeeded()).isFalse();
              assertThat(e.attempts()).isEqualTo(4);
              assertThat(e.httpStatus()).isEqualTo(503);
            });
  }

  // --- bodies: the read timeout between two bytes, the deadline for the whole ---------------

  /** How much later than its deadline a call whose body is late may return. */
  static final Duration TOLERANCE = Duration.ofMillis(500);

  static final Duration PAUSE = Duration.ofMillis(40);
  static final String MARK = "/api/v1/mark-price/USDT-BTC/current";

  TricklingServer server;

  @AfterEach
  void closeServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** The bodies the bounds are tried on: the smallest KuCoin sends, and a catalog. */
  enum Answer {
    MARK_PRICE(MARK) {
      @Override
      byte[] bytes() {
        return body("mark-price-detail.json").getBytes(StandardCharsets.UTF_8);
      }

      @Override
      Object call(MarginMarketData kucoin) {
        return kucoin.markPrice(Symbol.parse("USDT-BTC"));
      }

      @Override
      void check(Object answer) {
        assertThat(answer)
            .isInstanceOfSatisfying(
                dev.margin.domain.model.MarkPrice.class,
                price -> assertThat(price.value()).isEqualTo(new BigDecimal("0.000015045")));
      }
    },
    CATALOG("/api/v3/margin/symbols") {
      @Override
      byte[] bytes() {
        return catalog(100).getBytes(StandardCharsets.UTF_8);
      }

      @Override
      Object call(MarginMarketData kucoin) {
        return kucoin.allCrossSymbols();
      }

      @Override
      void check(Object answer) {
        assertThat((List<?>) answer)
            .hasSize(100)
            .last()
            .hasFieldOrPropertyWithValue("symbol", Symbol.parse("C099-USDT"));
      }
    };

    final String path;

    Answer(String path) {
      this.path = path;
    }

    abstract byte[] bytes();

    abstract Object call(MarginMarketData kucoin);

    abstract void check(Object answer);
  }

  /** KuCoin's example cross-margin symbol as {@code symbols} symbols, C000-USDT and on. */
  static String catalog(int symbols) {
    String one = body("cross-margin-symbols.json");
    int from = one.indexOf('{', one.indexOf("\"items\""));
    int to = one.lastIndexOf('}', one.lastIndexOf(']')) + 1;
    StringJoiner items = new StringJoiner(",");
    for (int i = 0; i < symbols; i++) {
      items.add(one.substring(from, to).replace("BTC", String.format("C%03d", i)));
    }
    return one.substring(0, from) + items + one.substring(to);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** All of {@code body} but its last byte at once, then a space every 20 ms, for ever. */
  static TricklingServer.Script neverEnding(byte[] body) {
    byte[] space = {' '};
    return out -> {
      out.send(body, 0, body.length - 1);
      while (true) {
        out.pause(Duration.ofMillis(20));
        out.send(space, 0, 1);
      }
    };
  }

  /**
   * Reads {@code answer} once from WireMock, so that a timed call pays no class loading or first
   * connection: a body trickling to its end close to the deadline leaves no room for them.
   */
  void warmUp(Answer answer) {
    KUCOIN.stubFor(
        get(urlEqualTo(answer.path))
            .willReturn(okJson(new String(answer.bytes(), StandardCharsets.UTF_8))));
    answer.check(answer.call(KucoinHttp.create(config())));
  }

  /** Serves {@code script} on a raw loopback server, and points the adapter at it. */
  void serve(int status, String headers, TricklingServer.Script script) {
    server = TricklingServer.start(status, headers, script);
    kucoin = KucoinHttp.create(config().withBaseUrl(server.baseUrl()), events::add);
  }

  @Test
  void theCatalogIsTensOfKilobytes() {
    assertThat(Answer.CATALOG.bytes().length).isGreaterThan(50_000);
    assertThat(Answer.MARK_PRICE.bytes()).hasSize(139);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aBodyThatStallsEndsItsAttemptAtTheReadTimeoutAndIsRetried(Answer answer) {
    byte[] body = answer.bytes();
    serve(
        200,
        "",
        out -> {
          out.send(body, 0, body.length / 2);
          out.stall();
        });

    Throwable failure = failureWithin(DEADLINE.plus(TOLERANCE), () -> answer.call(kucoin));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("no body byte for 300 ms")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
    assertThat(server.requests()).isGreaterThan(1);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aBodyTricklingPastTheDeadlineEndsTheCallAtTheDeadline(Answer answer) {
    byte[] body = answer.bytes();
    serve(200, "", out -> out.trickle(body, 100, PAUSE)); // 4 s of pauses, each under 300 ms

    Throwable failure = failureWithin(DEADLINE.plus(TOLERANCE), () -> answer.call(kucoin));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("gave up at its 2000 ms deadline")
        .hasMessageContaining("body not complete at the deadline")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aBodyThatNeverEndsEndsTheCallAtTheDeadline(Answer answer) {
    byte[] body = answer.bytes();
    serve(200, "", neverEnding(body));

    Throwable failure = failureWithin(DEADLINE.plus(TOLERANCE), () -> answer.call(kucoin));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("gave up at its 2000 ms deadline")
        .hasMessageContaining("body not complete at the deadline")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aBodyTricklingToItsEndJustInsideTheDeadlineIsRead(Answer answer) {
    byte[] body = answer.bytes();
    warmUp(answer);
    // 1.2 s of the 2 s: four read timeouts long, with room for a loaded machine
    serve(200, "", out -> out.trickle(body, 30, PAUSE));

    long start = System.nanoTime();
    Object read = answer.call(kucoin);

    // the wait ends by the deadline; decoding a body that is in is not cut off
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(PAUSE.multipliedBy(30))
        .isLessThan(DEADLINE.plus(SLACK));
    answer.check(read);
    assertThat(server.requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Answer.class)
  void aCompressedBodyTricklingToItsEndJustInsideTheDeadlineIsRead(Answer answer) {
    byte[] body = gzip(answer.bytes());
    warmUp(answer);
    serve(200, "Content-Encoding: gzip\r\n", out -> out.trickle(body, 30, PAUSE));

    long start = System.nanoTime();
    Object read = answer.call(kucoin);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(PAUSE.multipliedBy(30))
        .isLessThan(DEADLINE.plus(SLACK));
    answer.check(read);
  }

  @Test
  void aCompressedBodyThatStallsBeforeItsFirstByteIsRetriedAtTheReadTimeout() {
    // the gzip decoder reads its header as it is made: that wait is bounded too
    serve(200, "Content-Encoding: gzip\r\n", TricklingServer.Body::stall);

    Throwable failure =
        failureWithin(DEADLINE.plus(TOLERANCE), () -> Answer.MARK_PRICE.call(kucoin));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("no body byte for 300 ms")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
    assertThat(server.requests()).isGreaterThan(1);
  }

  @Test
  void anErrorBodyThatNeverEndsEndsTheCallAtTheDeadline() {
    byte[] error = body("error-400100.json").getBytes(StandardCharsets.UTF_8);
    serve(503, "", neverEnding(error));

    Throwable failure =
        failureWithin(DEADLINE.plus(TOLERANCE), () -> Answer.MARK_PRICE.call(kucoin));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("gave up at its 2000 ms deadline")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aMarkPriceDribbledAByteEvery40MsEndsAtTheDeadline() {
    // headers at once, then the 139 bytes over 5.6 s, against a 1.5 s read timeout
    KUCOIN.stubFor(
        get(urlEqualTo(MARK))
            .willReturn(
                okJson(body("mark-price-detail.json"))
                    .withGzipDisabled(true) // compressed, the bytes would all come at the end
                    .withChunkedDribbleDelay(139, 5_560)));
    MarginMarketData patient =
        KucoinHttp.create(config().withReadTimeout(Duration.ofMillis(1_500)), events::add);

    Throwable failure =
        failureWithin(DEADLINE.plus(TOLERANCE), () -> Answer.MARK_PRICE.call(patient));

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("gave up at its 2000 ms deadline")
        .hasMessageContaining("body not complete at the deadline")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
  }

  // --- rate limits ----------------------------------------------------------------------------

  static ResponseDefinitionBuilder tooManyRequests(String resetMillis) {
    ResponseDefinitionBuilder response =
        aResponse()
            .withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withBody(body("error-429000.json"));
    if (resetMillis != null) {
      response
          .withHeader("gw-ratelimit-limit", "2000")
          .withHeader("gw-ratelimit-remaining", "0")
          .withHeader("gw-ratelimit-reset", resetMillis);
    }
    return response;
  }

  @Test
  void aRateLimitWithAResetInsideTheDeadlineIsWaitedOut() {
    statuses(MARKS, tooManyRequests("300"), okJson(body("mark-price-all-symbols.json")));

    long start = System.nanoTime();
    assertThat(kucoin.allMarkPrices()).hasSize(2);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(elapsed)
        .isGreaterThanOrEqualTo(Duration.ofMillis(300))
        .isLessThan(DEADLINE.plus(SLACK));
    assertThat(requestsTo(MARKS)).isEqualTo(2);
  }

  @Test
  void aRateLimitResettingBeyondTheDeadlineFailsAtOnceWithItsReset() {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(tooManyRequests("10000")));

    Throwable failure = failureWithinDeadline(kucoin::allMarkPrices);

    assertThat(failure)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.resetIn()).contains(Duration.ofSeconds(10));
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.code()).contains("429000");
            });
    assertThat(requestsTo(MARKS)).isEqualTo(1);
    // the pool is known spent: the next call fails before sending anything
    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.httpStatus()).isZero());
    assertThat(requestsTo(MARKS)).isEqualTo(1);
  }

  @Test
  void anOverloadRateLimitWithoutHeadersIsRetriedWithBackoff() {
    statuses(
        MARKS,
        tooManyRequests(null),
        tooManyRequests(null),
        okJson(body("mark-price-all-symbols.json")));

    assertThat(kucoin.allMarkPrices()).hasSize(2);
    assertThat(requestsTo(MARKS)).isEqualTo(3);
  }

  @Test
  void theClientsBudgetFailsFastWhenSpent() {
    KucoinHttpConfig tight = config().withRateBudget(20, 4000, Duration.ofMinutes(1), false);
    MarginMarketData budgeted = KucoinHttp.create(tight);
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(okJson(body("mark-price-all-symbols.json"))));

    budgeted.allMarkPrices(); // weight 10
    budgeted.allMarkPrices(); // weight 10: the 20 are spent

    assertThatThrownBy(budgeted::allMarkPrices)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.httpStatus()).isZero();
              assertThat(e.resetIn()).isPresent();
              assertThat(e).hasMessageContaining("refused before sending");
            });
    assertThat(requestsTo(MARKS)).isEqualTo(2);
  }

  @Test
  void theClientsBudgetWaitsForItsWindowWhenAllowed() {
    KucoinHttpConfig tight = config().withRateBudget(10, 4000, Duration.ofMillis(400), true);
    MarginMarketData budgeted = KucoinHttp.create(tight);
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(okJson(body("mark-price-all-symbols.json"))));

    long start = System.nanoTime();
    budgeted.allMarkPrices();
    budgeted.allMarkPrices();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(Duration.ofMillis(300), DEADLINE.plus(SLACK));
    assertThat(requestsTo(MARKS)).isEqualTo(2);
  }

  @Test
  void theBudgetFollowsTheHeadersKucoinSends() {
    KucoinHttpConfig tight = config().withRateBudget(2000, 4000, Duration.ofMinutes(1), false);
    MarginMarketData budgeted = KucoinHttp.create(tight);
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(
                okJson(body("mark-price-all-symbols.json"))
                    .withHeader("gw-ratelimit-limit", "2000")
                    .withHeader("gw-ratelimit-remaining", "5")
                    .withHeader("gw-ratelimit-reset", "20000")));

    budgeted.allMarkPrices(); // KuCoin says 5 remain: less than the next call's weight of 10

    assertThatThrownBy(budgeted::allMarkPrices).isInstanceOf(RateLimitedException.class);
    assertThat(requestsTo(MARKS)).isEqualTo(1);
  }

  // --- hostile answers: typed at once, never retried ------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html><html><body>Error 1015</body></html>",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":1",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1}]}",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":\"soon\",\"value\":1}]}",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":1e1000000000}]}",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":-0}]}",
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":\"NaN\"}]}",
        "",
        "{\"data\":[]}"
      })
  void aMalformedAnswerIsTypedAndNotRetried(String answer) {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(aResponse().withStatus(200).withBody(answer)));

    Throwable failure = failureWithinDeadline(kucoin::allMarkPrices);

    assertThat(failure).isInstanceOf(MalformedMarketDataException.class);
    assertThat(events).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
  }

  @Test
  void aFiveThousandDigitNumberIsMalformed() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":1"
                        + "0".repeat(4999)
                        + "}]}")));

    assertThat(failureWithinDeadline(kucoin::allMarkPrices))
        .isInstanceOf(MalformedMarketDataException.class);
  }

  @Test
  void aNonSuccessCodeInHttp200IsAnExchangeErrorAndNotRetried() {
    KUCOIN.stubFor(get(urlEqualTo(CONFIG)).willReturn(okJson(body("error-400100.json"))));

    assertThat(failureWithinDeadline(kucoin::marginConfig))
        .isExactlyInstanceOf(ExchangeErrorException.class);
    assertThat(events).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
  }

  @Test
  void aFiftyMegabyteBodyIsRefusedWithoutReadingItAll() {
    String huge =
        "{\"code\":\"200000\",\"data\":["
            + "{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":1},".repeat(1_100_000)
            + "]}";
    assertThat(huge.length()).isGreaterThan(50_000_000);
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(okJson(huge)));
    // serving 50 MB takes the local server a while: a patient client, one attempt
    MarginMarketData patient =
        KucoinHttp.create(
            config()
                .withReadTimeout(Duration.ofSeconds(20))
                .withDeadline(Duration.ofSeconds(30))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)));

    long start = System.nanoTime();
    Throwable failure = null;
    try {
      patient.allMarkPrices();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(Duration.ofSeconds(30).plus(SLACK));

    assertThat(failure)
        .isInstanceOfSatisfying(
            MalformedMarketDataException.class,
            e -> assertThat(e.problem()).startsWith("larger than"));
  }

  @Test
  void aListenerThatThrowsChangesNothing() {
    MarginMarketData noisy =
        KucoinHttp.create(
            config(),
            event -> {
              throw new IllegalStateException("broken metrics");
            });
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(okJson(body("mark-price-all-symbols.json"))));

    assertThat(noisy.allMarkPrices()).hasSize(2);
  }

  /** Answers successive requests to {@code url} with {@code responses}, the last one for good. */
  static void statuses(String url, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? STARTED : "step " + i;
      var stub =
          get(urlEqualTo(url)).inScenario(url).whenScenarioStateIs(state).willReturn(responses[i]);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("step " + (i + 1));
      }
      KUCOIN.stubFor(stub);
    }
  }

  static boolean typed(Throwable failure) {
    return failure instanceof MarketDataException;
  }
}
