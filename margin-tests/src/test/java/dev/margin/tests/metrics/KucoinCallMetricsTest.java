package dev.margin.tests.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RateLimitedException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.micrometer.MarginMetrics;
import dev.margin.tests.KucoinStubs;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calls the real KuCoin adapter makes to a loopback server serving KuCoin's bodies, as the
 * listener of {@link MarginMetrics#callListener} records them.
 */
class KucoinCallMetricsTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final String CONFIG = "/api/v1/margin/config";
  static final String MARKS = "/api/v3/mark-price/all-symbols";
  static final String CONFIG_ENDPOINT = "GET /api/v1/margin/config";
  static final String MARKS_ENDPOINT = "GET /api/v3/mark-price/all-symbols";

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  MarginMarketData kucoin;

  @BeforeEach
  void createAdapter() {
    kucoin =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN).withRetries(3, Duration.ofMillis(1), Duration.ofMillis(2)),
            MarginMetrics.callListener(registry));
  }

  Timer calls(String endpoint, String outcome, String status) {
    return registry
        .get("margin.kucoin.calls")
        .tags("endpoint", endpoint, "outcome", outcome, "status", status)
        .timer();
  }

  DistributionSummary attempts(String endpoint) {
    return registry.get("margin.kucoin.call.attempts").tag("endpoint", endpoint).summary();
  }

  double retries(String endpoint) {
    return registry.get("margin.kucoin.call.retries").tag("endpoint", endpoint).counter().count();
  }

  @Test
  void aSuccessIsTimedWithItsEndpointAndStatusAndItsRateLimitRemainingIsAGauge() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                okJson(body("margin-config.json"))
                    .withHeader("gw-ratelimit-limit", "4000")
                    .withHeader("gw-ratelimit-remaining", "3975")
                    .withHeader("gw-ratelimit-reset", "29000")));

    kucoin.marginConfig();

    Timer timer = calls(CONFIG_ENDPOINT, "success", "200");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    assertThat(attempts(CONFIG_ENDPOINT).count()).isEqualTo(1);
    assertThat(attempts(CONFIG_ENDPOINT).totalAmount()).isEqualTo(1);
    assertThat(retries(CONFIG_ENDPOINT)).isZero();
    assertThat(
            registry
                .get("margin.kucoin.ratelimit.remaining")
                .tag("endpoint", CONFIG_ENDPOINT)
                .gauge()
                .value())
        .isEqualTo(3975);
  }

  @Test
  void aTooManyRequestsWithItsResetIsARateLimitedOutcomeOf429() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("gw-ratelimit-limit", "2000")
                    .withHeader("gw-ratelimit-remaining", "0")
                    .withHeader("gw-ratelimit-reset", "25000")
                    .withBody(body("error-429000.json"))));

    assertThatThrownBy(kucoin::allMarkPrices).isInstanceOf(RateLimitedException.class);

    assertThat(calls(MARKS_ENDPOINT, "RateLimitedException", "429").count()).isEqualTo(1);
    assertThat(attempts(MARKS_ENDPOINT).totalAmount()).isEqualTo(1);
    assertThat(
            registry
                .get("margin.kucoin.ratelimit.remaining")
                .tag("endpoint", MARKS_ENDPOINT)
                .gauge()
                .value())
        .isZero();
  }

  @Test
  void aServerErrorIsRetriedAndTheRetriesAreCounted() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>503 Service Temporarily Unavailable</body></html>")));

    assertThatThrownBy(kucoin::marginConfig).isInstanceOf(MarketDataUnavailableException.class);

    assertThat(calls(CONFIG_ENDPOINT, "MarketDataUnavailableException", "503").count())
        .isEqualTo(1);
    assertThat(attempts(CONFIG_ENDPOINT).count()).isEqualTo(1);
    assertThat(attempts(CONFIG_ENDPOINT).totalAmount()).isEqualTo(3);
    assertThat(retries(CONFIG_ENDPOINT)).isEqualTo(2);
  }

  @Test
  void aKucoinErrorEnvelopeInAnHttp200IsAnExchangeErrorOutcomeOf200() {
    KUCOIN.stubFor(get(urlEqualTo(CONFIG)).willReturn(okJson(body("error-400100.json"))));

    assertThatThrownBy(kucoin::marginConfig).isInstanceOf(ExchangeErrorException.class);

    assertThat(calls(CONFIG_ENDPOINT, "ExchangeErrorException", "200").count()).isEqualTo(1);
    assertThat(retries(CONFIG_ENDPOINT)).isZero();
  }

  @Test
  void aKucoinErrorEnvelopeInAnHttp400IsAnExchangeErrorOutcomeOf400() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body("error-400100.json"))));

    assertThatThrownBy(kucoin::marginConfig).isInstanceOf(ExchangeErrorException.class);

    assertThat(calls(CONFIG_ENDPOINT, "ExchangeErrorException", "400").count()).isEqualTo(1);
  }

  @Test
  void noResponseAtAllIsStatusNone() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    MarginMarketData refused =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN)
                .withBaseUrl("http://127.0.0.1:" + freePort())
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)),
            MarginMetrics.callListener(registry));

    assertThatThrownBy(refused::marginConfig).isInstanceOf(MarketDataUnavailableException.class);

    assertThat(calls(CONFIG_ENDPOINT, "MarketDataUnavailableException", "none").count())
        .isEqualTo(1);
  }

  @Test
  void aMarkPriceOfOneSymbolIsTaggedWithThePathTemplateNotTheSymbol() {
    KucoinStubs.serveExampleMarket(KUCOIN);

    kucoin.markPrice(Symbol.parse("USDT-BTC"));

    assertThat(calls("GET /api/v1/mark-price/{symbol}/current", "success", "200").count())
        .isEqualTo(1);
    assertThat(registry.getMeters())
        .flatMap(meter -> meter.getId().getTags())
        .noneMatch(tag -> tag.getValue().contains("USDT-BTC"));
  }

  @Test
  void theClientsOwnBudgetIsAGaugePerPoolReadLiveAsCallsChargeIt() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    MarginMarketData budgeted =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN).withRateBudget(100, 200, Duration.ofMinutes(1), false),
            MarginMetrics.callListener(own));
    KucoinStubs.serveExampleMarket(KUCOIN);

    assertThat(budgetLeft(own, "public")).isEqualTo(100);
    assertThat(budgetLeft(own, "spot")).isEqualTo(200);

    budgeted.allMarkPrices(); // weight 10 of the public pool
    budgeted.marginConfig(); // weight 25 of the spot pool

    assertThat(budgetLeft(own, "public")).isEqualTo(90);
    assertThat(budgetLeft(own, "spot")).isEqualTo(175);
  }

  @Test
  void theBudgetGaugeFollowsTheRemainingKucoinSends() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    MarginMarketData budgeted =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN).withRateBudget(2000, 4000, Duration.ofMinutes(1), false),
            MarginMetrics.callListener(own));
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                okJson(body("margin-config.json"))
                    .withHeader("gw-ratelimit-remaining", "3975")
                    .withHeader("gw-ratelimit-reset", "29000")));

    budgeted.marginConfig();

    assertThat(budgetLeft(own, "spot")).isEqualTo(3975);
    assertThat(budgetLeft(own, "public")).isEqualTo(2000);
  }

  @Test
  void aCallThatWaitsOutA429sResetIsTimedAsARateLimitWait() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .inScenario("reset")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("gw-ratelimit-limit", "2000")
                    .withHeader("gw-ratelimit-remaining", "0")
                    .withHeader("gw-ratelimit-reset", "150")
                    .withBody(body("error-429000.json")))
            .willSetStateTo("reset"));
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .inScenario("reset")
            .whenScenarioStateIs("reset")
            .willReturn(okJson(body("mark-price-all-symbols.json"))));
    KUCOIN.stubFor(get(urlEqualTo(CONFIG)).willReturn(okJson(body("margin-config.json"))));

    kucoin.allMarkPrices();
    kucoin.marginConfig();

    Timer marks =
        registry.get("margin.kucoin.ratelimit.waits").tag("endpoint", MARKS_ENDPOINT).timer();
    assertThat(marks.count()).isEqualTo(1);
    assertThat(marks.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
        .isGreaterThanOrEqualTo(150);
    assertThat(
            registry
                .get("margin.kucoin.ratelimit.waits")
                .tag("endpoint", CONFIG_ENDPOINT)
                .timer()
                .count())
        .isZero();
  }

  @Test
  void aCallThatWaitsForTheClientsOwnBudgetIsTimedAsARateLimitWait() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    MarginMarketData budgeted =
        KucoinHttp.create(
            KucoinStubs.config(KUCOIN)
                .withDeadline(Duration.ofSeconds(5))
                .withRateBudget(10, 4000, Duration.ofMillis(200), true),
            MarginMetrics.callListener(own));
    KucoinStubs.serveExampleMarket(KUCOIN);

    budgeted.allMarkPrices(); // the 10 are spent
    budgeted.allMarkPrices(); // waits for the window

    Timer waits = own.get("margin.kucoin.ratelimit.waits").tag("endpoint", MARKS_ENDPOINT).timer();
    assertThat(waits.count()).isEqualTo(1);
    assertThat(waits.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    assertThat(own.get("margin.kucoin.calls").tag("endpoint", MARKS_ENDPOINT).timer().count())
        .isEqualTo(2);
  }

  static double budgetLeft(SimpleMeterRegistry registry, String pool) {
    return registry.get("margin.kucoin.ratebudget.remaining").tag("pool", pool).gauge().value();
  }

  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
