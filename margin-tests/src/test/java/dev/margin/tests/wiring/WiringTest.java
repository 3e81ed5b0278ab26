package dev.margin.tests.wiring;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpModule;
import dev.margin.adapters.http.kucoin.KucoinRateBudget;
import dev.margin.adapters.http.kucoin.KucoinStreamConfig;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationModule;
import dev.margin.app.MarginRisk;
import dev.margin.app.MarketRules;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.RiskAssessment;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarginModule;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.KucoinStubs;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Guice modules composed as a host composes them. */
class WiringTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final List<Class<?>> PORTS =
      List.of(
          MarginMarketData.class,
          CrossMarginSymbols.class,
          IsolatedMarginSymbols.class,
          LeveragedTokens.class,
          MarkPrices.class,
          MarginSettings.class);

  @Test
  void httpAndApplicationModulesAnswerThroughKucoin() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    Injector injector =
        Guice.createInjector(
            new KucoinHttpModule(KucoinStubs.config(KUCOIN)), new MarginApplicationModule());

    MarketRulesCache cache = injector.getInstance(MarketRulesCache.class);
    cache.refreshRules();
    cache.refreshMarkPrices();
    MarketRules rules = injector.getInstance(MarketRules.class);

    assertThat(rules).isSameAs(cache);
    assertThat(rules.crossRules(Symbol.parse("BTC-USDT"))).isEqualTo(KucoinExamples.BTC_USDT_CROSS);
    assertThat(rules.isolatedRules(Symbol.parse("BTC-USDT")))
        .contains(KucoinExamples.BTC_USDT_ISOLATED);
    assertThat(rules.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    assertThat(rules.markPrices())
        .containsValues(KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
    assertThat(injector.getInstance(MarkPrices.class).allMarkPrices())
        .containsExactly(KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
  }

  /**
   * The HTTP and application modules over the example market, with a clock five seconds after its
   * mark prices, rules and prices loaded.
   */
  static Injector loadedOverHttp() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    Clock clock =
        Clock.fixed(KucoinExamples.USDT_BTC_MARK.timePoint().plusSeconds(5), ZoneOffset.UTC);
    Injector injector =
        Guice.createInjector(
            new KucoinHttpModule(KucoinStubs.config(KUCOIN)),
            new MarginApplicationModule(MarginApplicationConfig.defaults(), clock));
    MarketRulesCache cache = injector.getInstance(MarketRulesCache.class);
    cache.refreshRules();
    cache.refreshMarkPrices();
    return injector;
  }

  @Test
  void orderValidationWorksThroughTheHttpAdapterWithAnInjectedClock() {
    Injector injector = loadedOverHttp();
    OrderValidation validation = injector.getInstance(OrderValidation.class);

    // BTC-USDT = 1 / mark(USDT-BTC) = 1 / 0.00001504 = 66489.36...; band +-10%
    ValidationResult inside =
        validation.validate(
            OrderRequest.limit(
                Symbol.parse("BTC-USDT"),
                Side.BUY,
                new BigDecimal("66000.1"),
                new BigDecimal("0.001")));
    ValidationResult outside =
        validation.validate(
            OrderRequest.limit(
                Symbol.parse("BTC-USDT"),
                Side.BUY,
                new BigDecimal("80000"),
                new BigDecimal("0.001")));

    assertThat(inside.isValid()).as(inside.toString()).isTrue();
    assertThat(outside.codes()).containsExactly(ViolationCode.PRICE_OUTSIDE_LIMIT);
  }

  @Test
  void riskChecksWorkThroughTheHttpAdapter() {
    Injector injector = loadedOverHttp();
    MarginRisk risk = injector.getInstance(MarginRisk.class);

    // 1 BTC = 1 / 0.00001504 USDT = 66489.36...; owing 63164.89 USDT is 0.95 of it
    RiskAssessment assessment =
        risk.assess(
            MarginPosition.cross(
                Map.of(Currency.BTC, BigDecimal.ONE),
                Map.of(Currency.USDT, new BigDecimal("63164.89"))),
            Currency.USDT);

    assertThat(assessment.status()).isEqualTo(RiskStatus.SAFE);
    assertThat(assessment.debtRatio().orElseThrow()).isEqualByComparingTo("0.94999994560");
    assertThat(assessment.totalAssets())
        .isEqualByComparingTo("66489.36170212765957446808510638298");
    assertThat(injector.getInstance(MarginRisk.class)).isSameAs(risk);
  }

  @Test
  void thePreTradeCheckWorksThroughTheHttpAdapter() {
    Injector injector = loadedOverHttp();
    PreTradeCheck check = injector.getInstance(PreTradeCheck.class);

    // 0.001 BTC at 66000 holds 66 USDT of the 100 held
    PreTradeVerdict verdict =
        check.check(
            MarginPosition.cross(Map.of(Currency.USDT, new BigDecimal("100")), Map.of()),
            OrderRequest.builder(Symbol.parse("BTC-USDT"), Side.BUY)
                .limit(new BigDecimal("66000"), new BigDecimal("0.001"))
                .clientOid("wired-1")
                .build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.after().orElseThrow().status()).isEqualTo(RiskStatus.SAFE);
    assertThat(injector.getInstance(PreTradeCheck.class)).isSameAs(check);
  }

  @Test
  void everyPortIsOneSharedAdapter() {
    Injector injector = Guice.createInjector(new KucoinHttpModule(KucoinStubs.config(KUCOIN)));

    Object adapter = injector.getInstance(MarginMarketData.class);

    for (Class<?> port : PORTS) {
      assertThat(injector.getInstance(port)).as(port.getSimpleName()).isSameAs(adapter);
    }
  }

  @Test
  void theHttpModuleExposesOnlyThePorts() {
    Injector injector = Guice.createInjector(new KucoinHttpModule(KucoinStubs.config(KUCOIN)));

    Set<Class<?>> exposed =
        injector.getBindings().keySet().stream()
            .map(Key::getTypeLiteral)
            .map(t -> (Class<?>) t.getRawType())
            .filter(type -> type.getName().startsWith("dev.margin."))
            .collect(Collectors.toSet());

    assertThat(exposed)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(PORTS.stream(), Stream.of(MarkPriceStream.class)).toList());
  }

  @Test
  void theStreamsTokenCallsGoThroughTheModulesPolicyAndListener() throws Exception {
    serveAToken();
    BlockingQueue<KucoinCallListener.CallEvent> calls = new LinkedBlockingQueue<>();
    Injector injector =
        Guice.createInjector(new KucoinHttpModule(KucoinStubs.config(KUCOIN), calls::add));

    MarkPriceStream stream = injector.getInstance(MarkPriceStream.class);
    assertThat(injector.getInstance(MarkPriceStream.class)).isSameAs(stream);
    assertThat(calls).isEmpty();
    try (MarkPriceStream.Subscription live =
        stream.subscribe(Set.of(Symbol.parse("USDT-BTC")), new IgnoringListener())) {
      KucoinCallListener.CallEvent token = calls.poll(10, TimeUnit.SECONDS);
      assertThat(token).isNotNull();
      assertThat(token.endpoint()).isEqualTo("POST /api/v1/bullet-public");
      assertThat(token.succeeded()).isTrue();
    }
  }

  @Test
  void aStreamMadeFromTheRestAdapterSharesItsListenerAndItsRateBudget() throws Exception {
    serveAToken();
    Hearing hearing = new Hearing();
    BlockingQueue<KucoinCallListener.CallEvent> calls = hearing.calls;
    List<KucoinRateBudget> budgets = hearing.budgets;
    MarginMarketData rest = KucoinHttp.create(KucoinStubs.config(KUCOIN), hearing);
    MarkPriceStream stream =
        KucoinHttp.markPriceStream(rest, KucoinStreamConfig.defaults(), Clock.systemUTC());

    assertThat(budgets).hasSize(1);
    KucoinRateBudget budget = budgets.get(0);
    long before = budget.remaining("public");
    try (MarkPriceStream.Subscription live =
        stream.subscribe(Set.of(Symbol.parse("USDT-BTC")), new IgnoringListener())) {
      KucoinCallListener.CallEvent token = calls.poll(10, TimeUnit.SECONDS);
      assertThat(token).isNotNull();
      assertThat(token.endpoint()).isEqualTo("POST /api/v1/bullet-public");
    }
    assertThat(before - budget.remaining("public")).isGreaterThanOrEqualTo(10);
    assertThat(budgets).hasSize(1);
  }

  @Test
  void aStreamCannotBeMadeFromAnAdapterKucoinHttpDidNotMake() {
    MarginMarketData other = InMemoryMarginMarketData.ofKucoinExamples();

    assertThatThrownBy(
            () ->
                KucoinHttp.markPriceStream(other, KucoinStreamConfig.defaults(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KucoinHttp.create");
    assertThatThrownBy(
            () ->
                KucoinHttp.markPriceStream(
                    (MarginMarketData) null, KucoinStreamConfig.defaults(), Clock.systemUTC()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theModuleHandsItsOneRateBudgetToTheListenerOnce() {
    Hearing hearing = new Hearing();
    List<KucoinRateBudget> budgets = hearing.budgets;
    Injector injector =
        Guice.createInjector(
            new KucoinHttpModule(
                KucoinStubs.config(KUCOIN).withRateBudget(120, 300, Duration.ofMinutes(1), false),
                hearing));

    injector.getInstance(MarginMarketData.class);
    injector.getInstance(MarkPriceStream.class);

    assertThat(budgets).hasSize(1);
    KucoinRateBudget budget = budgets.get(0);
    assertThat(budget.pools()).containsExactly("public", "spot");
    assertThat(budget.quota("public")).isEqualTo(120);
    assertThat(budget.quota("spot")).isEqualTo(300);
    assertThat(budget.remaining("spot")).isEqualTo(300);
    assertThatThrownBy(() -> budget.remaining("futures"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("futures");
    assertThatThrownBy(() -> budget.quota(null)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A public token whose server accepts nothing: enough for a subscription to ask for one. */
  static void serveAToken() {
    KUCOIN.stubFor(
        post(urlEqualTo("/api/v1/bullet-public"))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"data\":{\"token\":\"t-1\",\"instanceServers\":[{\"endpoint\":"
                        + "\"ws://127.0.0.1:9/\",\"encrypt\":false,\"protocol\":\"websocket\","
                        + "\"pingInterval\":18000,\"pingTimeout\":10000}]}}")));
  }

  /** Hears every call, and keeps each rate budget it is handed. */
  static final class Hearing implements KucoinCallListener {
    final BlockingQueue<CallEvent> calls = new LinkedBlockingQueue<>();
    final List<KucoinRateBudget> budgets = new CopyOnWriteArrayList<>();

    @Override
    public void onCall(CallEvent event) {
      calls.add(event);
    }

    @Override
    public void onRateBudget(KucoinRateBudget budget) {
      budgets.add(budget);
    }
  }

  /** Hears a stream and does nothing. */
  static final class IgnoringListener implements MarkPriceListener {
    @Override
    public void onMarkPrice(MarkPrice price) {}

    @Override
    public void onConnect() {}

    @Override
    public void onDisconnect(String reason) {}

    @Override
    public void onGap(Instant lastBefore, Instant firstAfter) {}

    @Override
    public void onDropped(String reason) {}
  }

  @Test
  void theHttpModuleDoesNotClashWithTheHostsOwnBindings() {
    Injector injector =
        Guice.createInjector(
            new KucoinHttpModule(KucoinStubs.config(KUCOIN)),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(HttpClient.class).toInstance(HttpClient.newHttpClient());
              }
            });

    assertThat(injector.getInstance(MarkPrices.class)).isNotNull();
  }

  @Test
  void buildingTheInjectorMakesNoNetworkCall() {
    Guice.createInjector(
        Stage.PRODUCTION,
        new KucoinHttpModule(KucoinStubs.config(KUCOIN)),
        new MarginApplicationModule());

    assertThat(KUCOIN.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void theTestKitModuleReplacesTheHttpModule() {
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
    Injector injector =
        Guice.createInjector(new InMemoryMarginModule(market), new MarginApplicationModule());
    MarketRulesCache rules = injector.getInstance(MarketRulesCache.class);
    rules.refreshRules();

    assertThat(rules.crossRules(Symbol.parse("BTC-USDT"))).isEqualTo(KucoinExamples.BTC_USDT_CROSS);
    for (Class<?> port : PORTS) {
      assertThat(injector.getInstance(port)).as(port.getSimpleName()).isSameAs(market);
    }

    assertThat(
            injector
                .getInstance(MarginRisk.class)
                .checkBorrow(MarginPosition.cross(Map.of(), Map.of()), Currency.of("1INCH")))
        .isEmpty();

    market.failWith(new MarketDataUnavailableException("venue down", null));
    assertThatThrownBy(rules::refreshRules).hasMessage("venue down");
    assertThat(rules.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    assertThat(rules.status().lastRulesFailure()).isPresent();
    market.recover();
    rules.refreshRules();
    assertThat(rules.status().lastRulesFailure()).isEmpty();
  }

  @Test
  void theApplicationModuleAloneNamesTheMissingPorts() {
    assertThatThrownBy(() -> Guice.createInjector(new MarginApplicationModule()))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining(CrossMarginSymbols.class.getName())
        .hasMessageContaining(MarkPrices.class.getName());
  }

  @Test
  void theClockGivenToTheApplicationModuleIsTheOneBound() {
    Clock clock = Clock.fixed(KucoinExamples.USDT_BTC_MARK.timePoint(), ZoneOffset.UTC);
    InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();

    Injector given =
        Guice.createInjector(
            new InMemoryMarginModule(market),
            new MarginApplicationModule(MarginApplicationConfig.defaults(), clock));
    Injector standard =
        Guice.createInjector(new InMemoryMarginModule(market), new MarginApplicationModule());

    assertThat(given.getInstance(Clock.class)).isSameAs(clock);
    assertThat(standard.getInstance(Clock.class)).isEqualTo(Clock.systemUTC());
    assertThatThrownBy(() -> new MarginApplicationModule(MarginApplicationConfig.defaults(), null))
        .hasMessage("clock is null");
  }
}
