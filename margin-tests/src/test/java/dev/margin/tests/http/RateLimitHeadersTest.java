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
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RateLimitStatus;
import dev.margin.domain.model.RateLimitedException;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.tests.KucoinStubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * KuCoin's three rate-limit headers, each honoured on its own. A 429 with a readable reset is
 * waited out when the reset comes before the deadline, else thrown at once with {@code resetIn()};
 * a 429 with any other header but no readable reset is a spent quota with no known reset, thrown at
 * once; only a 429 with none of the three readable is an overload, retried with backoff. The
 * complete {@link RateLimitStatus} is there only when all three were read.
 */
class RateLimitHeadersTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final Duration DEADLINE = Duration.ofSeconds(2);
  static final Duration SLACK = Duration.ofSeconds(3);
  static final String MARKS = "/api/v3/mark-price/all-symbols";
  static final String LIMIT = "gw-ratelimit-limit";
  static final String REMAINING = "gw-ratelimit-remaining";
  static final String RESET = "gw-ratelimit-reset";

  /** Header values that are not a whole number of a long's size: each is read as absent. */
  static final List<String> MALFORMED =
      List.of(
          "",
          "abc",
          "-1",
          "-0",
          "+5",
          "1.5",
          "1e3",
          "0x10",
          "60 000",
          "99999999999999999999",
          "NaN");

  final List<KucoinCallListener.CallEvent> events = new CopyOnWriteArrayList<>();
  final MarginMarketData kucoin =
      KucoinHttp.create(
          KucoinStubs.config(KUCOIN)
              .withReadTimeout(Duration.ofMillis(500))
              .withDeadline(DEADLINE)
              .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(100)),
          events::add);

  static ResponseDefinitionBuilder tooManyRequests(Map<String, String> headers) {
    ResponseDefinitionBuilder response =
        aResponse()
            .withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withBody(body("error-429000.json"));
    headers.forEach(response::withHeader);
    return response;
  }

  static void thenOk(ResponseDefinitionBuilder first) {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .inScenario("429")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("answered"));
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .inScenario("429")
            .whenScenarioStateIs("answered")
            .willReturn(okJson(body("mark-price-all-symbols.json"))));
  }

  static int requests() {
    return KUCOIN.findAll(getRequestedFor(urlEqualTo(MARKS))).size();
  }

  Throwable failureWithinDeadline() {
    long start = System.nanoTime();
    Throwable failure = null;
    try {
      kucoin.allMarkPrices();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(SLACK));
    assertThat(failure).as("the call should have failed").isNotNull();
    return failure;
  }

  /** Every non-empty subset of the three headers, with the given reset. */
  static List<Map<String, String>> subsets(String reset) {
    List<Map<String, String>> subsets = new ArrayList<>();
    for (int mask = 1; mask < 8; mask++) {
      Map<String, String> headers = new LinkedHashMap<>();
      if ((mask & 1) != 0) {
        headers.put(LIMIT, "2000");
      }
      if ((mask & 2) != 0) {
        headers.put(REMAINING, "0");
      }
      if ((mask & 4) != 0) {
        headers.put(RESET, reset);
      }
      subsets.add(headers);
    }
    return subsets;
  }

  static Stream<Map<String, String>> withAFarReset() {
    return subsets("60000").stream().filter(h -> h.containsKey(RESET));
  }

  static Stream<Map<String, String>> withANearReset() {
    return subsets("300").stream().filter(h -> h.containsKey(RESET));
  }

  /** The subsets without a reset, and every subset whose reset is malformed. */
  static Stream<Arguments> withoutAReadableReset() {
    List<Arguments> cases = new ArrayList<>();
    for (Map<String, String> headers : subsets("60000")) {
      if (!headers.containsKey(RESET)) {
        cases.add(Arguments.of(headers));
      } else if (headers.size() > 1) {
        for (String malformed : MALFORMED) {
          Map<String, String> broken = new LinkedHashMap<>(headers);
          broken.put(RESET, malformed);
          cases.add(Arguments.of(broken));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("withAFarReset")
  void aResetBeyondTheDeadlineIsThrownAtOnceWithItsReset(Map<String, String> headers) {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(tooManyRequests(headers)));

    Throwable failure = failureWithinDeadline();

    assertThat(failure)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.resetIn()).contains(Duration.ofSeconds(60));
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.code()).contains("429000");
              assertThat(e.rateLimit().isPresent()).isEqualTo(headers.size() == 3);
            });
    assertThat(requests()).isEqualTo(1);
    // the pool is known spent until the reset: the next call sends nothing
    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.httpStatus()).isZero());
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("withANearReset")
  void aResetInsideTheDeadlineIsWaitedOut(Map<String, String> headers) {
    thenOk(tooManyRequests(headers));

    long start = System.nanoTime();
    assertThat(kucoin.allMarkPrices()).hasSize(2);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300))
        .isLessThan(DEADLINE.plus(SLACK));
    assertThat(requests()).isEqualTo(2);
    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.rateLimitWait()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
              assertThat(event.rateLimitWait()).isLessThanOrEqualTo(event.latency());
            });
  }

  @ParameterizedTest
  @MethodSource("withoutAReadableReset")
  void aQuotaRefusalWithNoReadableResetIsThrownAtOnce(Map<String, String> headers) {
    thenOk(tooManyRequests(headers));

    Throwable failure = failureWithinDeadline();

    assertThat(failure)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> {
              assertThat(e.resetIn()).isEmpty();
              assertThat(e.rateLimit()).isEmpty();
              assertThat(e.httpStatus()).isEqualTo(429);
            });
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {LIMIT, REMAINING, RESET})
  void aMalformedHeaderAloneCountsAsNoHeader(String name) {
    for (String malformed : MALFORMED) {
      KUCOIN.resetAll();
      thenOk(tooManyRequests(Map.of(name, malformed)));

      assertThat(kucoin.allMarkPrices()).as(name + ": " + malformed).hasSize(2);
      assertThat(requests()).as("an overload is retried").isEqualTo(2);
    }
  }

  @Test
  void allThreeMalformedIsAnOverloadRetriedUntilTheAttemptsRunOut() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(tooManyRequests(Map.of(LIMIT, "x", REMAINING, "-3", RESET, "1.5"))));

    Throwable failure = failureWithinDeadline();

    assertThat(failure)
        .isExactlyInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("after 3 attempts")
        .hasCauseInstanceOf(RateLimitedException.class);
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void aResetHeaderWithSpacesAroundIsRead() {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(tooManyRequests(Map.of(RESET, " 60000 "))));

    assertThat(failureWithinDeadline())
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.resetIn()).contains(Duration.ofSeconds(60)));
  }

  @Test
  void theRemainingHeaderAloneKeepsTheBudgetInStep() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(okJson(body("mark-price-all-symbols.json")).withHeader(REMAINING, "5")));
    MarginMarketData budgeted =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN)
                .withDeadline(DEADLINE)
                .withRateBudget(2000, 4000, Duration.ofMinutes(1), false));

    budgeted.allMarkPrices(); // KuCoin says 5 remain: less than the next call's weight of 10

    assertThatThrownBy(budgeted::allMarkPrices)
        .isInstanceOfSatisfying(
            RateLimitedException.class, e -> assertThat(e.httpStatus()).isZero());
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void theResetHeaderAloneMovesTheBudgetsWindow() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(okJson(body("mark-price-all-symbols.json")).withHeader(RESET, "45000")));
    MarginMarketData budgeted =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN)
                .withDeadline(DEADLINE)
                .withRateBudget(10, 4000, Duration.ofMinutes(5), false));

    budgeted.allMarkPrices(); // spends the 10; KuCoin says the window resets in 45 s, not 5 min

    assertThatThrownBy(budgeted::allMarkPrices)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e ->
                assertThat(e.resetIn().orElseThrow())
                    .isLessThanOrEqualTo(Duration.ofSeconds(45))
                    .isGreaterThan(Duration.ofSeconds(40)));
  }

  @Test
  void theListenerIsToldTheCompleteStatusOnlyWhenAllThreeWereRead() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(tooManyRequests(Map.of(LIMIT, "2000", REMAINING, "0", RESET, "60000"))));
    failureWithinDeadline();
    KUCOIN.resetAll();
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(tooManyRequests(Map.of(RESET, "60000"))));
    MarginMarketData other =
        KucoinHttp.create(KucoinStubs.config(KUCOIN).withDeadline(DEADLINE), events::add);
    assertThatThrownBy(other::allMarkPrices).isInstanceOf(RateLimitedException.class);

    assertThat(events).hasSize(2);
    assertThat(events.get(0).rateLimit())
        .contains(new RateLimitStatus(2000, 0, Duration.ofSeconds(60)));
    assertThat(events.get(1).rateLimit()).isEmpty();
  }
}
