package dev.margin.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.KucoinStubs;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults seen from above: the cache through an outage, and many callers through a storm. */
class FaultStormTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static KucoinHttpConfig config() {
    return KucoinStubs.config(KUCOIN)
        .withReadTimeout(Duration.ofMillis(300))
        .withDeadline(Duration.ofSeconds(2))
        .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(20));
  }

  /**
   * One call with the default timeouts first, so that the storm's 300 ms read timeout measures the
   * faults and not a cold JVM or a cold server on a loaded machine.
   */
  static void warmUp() {
    KucoinHttp.create(KucoinStubs.config(KUCOIN)).allCrossSymbols();
  }

  @Test
  void theCacheServesItsLastGoodSnapshotThroughAnOutageAndReportsItsAge() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    warmUp();
    MutableClock clock = new MutableClock(KucoinExamples.USDT_BTC_MARK.timePoint().plusSeconds(1));
    MarginApplication margin =
        MarginApplication.create(
            KucoinHttp.create(config()), MarginApplicationConfig.defaults(), clock);
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    var loadedAt = margin.marketRules().status().rulesLoadedAt().orElseThrow();
    OrderRequest order =
        OrderRequest.limit(
            Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("66000"), new BigDecimal("0.001"));

    ResponseDefinitionBuilder[] outages = {
      aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
      aResponse().withStatus(503).withBody("<html>down</html>"),
      aResponse()
          .withStatus(200)
          .withBody("{\"code\":\"200000\",\"data\":{\"items\":[{\"symbol\":5}]}}"),
      aResponse().withStatus(429).withBody(body("error-429000.json")),
      aResponse().withStatus(200).withBody("<html>maintenance</html>")
    };
    for (ResponseDefinitionBuilder outage : outages) {
      KUCOIN.resetAll();
      KUCOIN.stubFor(get(urlEqualTo("/api/v3/margin/symbols")).willReturn(outage));
      clock.advance(Duration.ofSeconds(2));

      assertThatThrownBy(() -> margin.marketRules().refreshRules())
          .isInstanceOf(MarketDataException.class);

      assertThat(margin.orderValidation().validate(order).isValid()).isTrue();
      assertThat(margin.marketRules().crossRules(Symbol.parse("BTC-USDT")))
          .isEqualTo(KucoinExamples.BTC_USDT_CROSS);
      assertThat(margin.marketRules().status().lastRulesFailure()).isPresent();
      assertThat(margin.marketRules().status().rulesLoadedAt()).contains(loadedAt);
    }
    assertThat(Duration.between(loadedAt, clock.instant())).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void eightThreadsThroughAFaultStormSeeOnlyTypedErrorsOrCorrectData() throws Exception {
    String url = "/api/v3/mark-price/all-symbols";
    ResponseDefinitionBuilder[] storm = {
      okJson(body("mark-price-all-symbols.json")),
      aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
      aResponse().withStatus(503),
      okJson(body("mark-price-all-symbols.json")),
      aResponse()
          .withStatus(200)
          .withBody(
              "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":\"x\"}]}"),
      aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
      aResponse().withStatus(429).withBody(body("error-429000.json")),
      okJson(body("mark-price-all-symbols.json")).withFixedDelay(400),
      aResponse()
          .withStatus(200)
          .withBody(
              "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1,\"value\":1"),
      aResponse().withFault(Fault.EMPTY_RESPONSE)
    };
    for (int i = 0; i < storm.length; i++) {
      String state = i == 0 ? STARTED : "s" + i;
      KUCOIN.stubFor(
          get(urlEqualTo(url))
              .inScenario("storm")
              .whenScenarioStateIs(state)
              .willReturn(storm[i])
              .willSetStateTo("s" + ((i + 1) % storm.length == 0 ? "0" : (i + 1) % storm.length)));
    }
    KUCOIN.stubFor(
        get(urlEqualTo(url))
            .inScenario("storm")
            .whenScenarioStateIs("s0")
            .willReturn(storm[0])
            .willSetStateTo("s1"));
    MarginMarketData kucoin = KucoinHttp.create(config());
    AtomicInteger correct = new AtomicInteger();
    AtomicInteger typed = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> untyped = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> callers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        callers.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < 25; i++) {
                    try {
                      var prices = kucoin.allMarkPrices();
                      assertThat(prices)
                          .containsExactly(
                              KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
                      correct.incrementAndGet();
                    } catch (MarketDataException e) {
                      typed.incrementAndGet();
                    } catch (Throwable e) {
                      untyped.add(e);
                    }
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> caller : callers) {
        caller.get(3, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(untyped).isEmpty();
    assertThat(correct.get() + typed.get()).isEqualTo(200);
    assertThat(correct.get()).isPositive();
    assertThat(typed.get()).isPositive();
  }
}
