package dev.margin.tests.wiring;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.margin.adapters.http.kucoin.KucoinHttpModule;
import dev.margin.app.MarginApplicationModule;
import dev.margin.app.MarketRules;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;
import dev.margin.tests.KucoinStubs;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.InMemoryMarginModule;
import dev.margin.testkit.KucoinExamples;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    MarketRules rules = injector.getInstance(MarketRules.class);

    assertThat(rules.crossRules(Symbol.parse("BTC-USDT"))).isEqualTo(KucoinExamples.BTC_USDT_CROSS);
    assertThat(rules.isolatedRules(Symbol.parse("BTC-USDT")))
        .contains(KucoinExamples.BTC_USDT_ISOLATED);
    assertThat(rules.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
    assertThat(injector.getInstance(MarkPrices.class).allMarkPrices())
        .containsExactly(KucoinExamples.USDT_BTC_MARK, KucoinExamples.USDC_BTC_MARK);
    assertThat(injector.getInstance(MarketRules.class)).isSameAs(rules);
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

    assertThat(exposed).containsExactlyInAnyOrderElementsOf(PORTS);
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
    MarketRules rules = injector.getInstance(MarketRules.class);

    assertThat(rules.crossRules(Symbol.parse("BTC-USDT"))).isEqualTo(KucoinExamples.BTC_USDT_CROSS);
    for (Class<?> port : PORTS) {
      assertThat(injector.getInstance(port)).as(port.getSimpleName()).isSameAs(market);
    }

    market.failWith(new MarketDataUnavailableException("venue down", null));
    assertThatThrownBy(rules::marginConfig).hasMessage("venue down");
    market.recover();
    assertThat(rules.marginConfig()).isEqualTo(KucoinExamples.MARGIN_CONFIG);
  }

  @Test
  void theApplicationModuleAloneNamesTheMissingPorts() {
    assertThatThrownBy(() -> Guice.createInjector(new MarginApplicationModule()))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining(CrossMarginSymbols.class.getName())
        .hasMessageContaining(MarkPrices.class.getName());
  }
}
