package dev.margin.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MarginHealthTest {
  @RegisterExtension static final WireMockExtension KUCOIN = KucoinServer.loopback();

  /** A second after KuCoin's example mark prices were marked. */
  private final MutableClock clock = new MutableClock(Instant.ofEpochMilli(1729676523000L));

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  MarginAutoConfiguration.class, MarginHealthAutoConfiguration.class))
          .withPropertyValues(
              "margin.rules.start=false",
              "margin.kucoin.max-attempts=1",
              KucoinServer.baseUrl(KUCOIN))
          .withBean(Clock.class, () -> clock);

  @Test
  void upWhileFreshFromKucoinThenDownOnceTheMarkPricesAge() {
    KucoinServer.serveExampleMarket(KUCOIN);
    runner.run(
        context -> {
          HealthIndicator indicator =
              context.getBean("marginHealthIndicator", HealthIndicator.class);
          MarketRulesCache rules = context.getBean(MarketRulesCache.class);
          rules.refreshRules();
          rules.refreshMarkPrices();

          Health health = indicator.health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails())
              .containsEntry("rulesAge", "PT0S")
              .containsEntry("markPricesAge", "PT0S")
              .containsEntry("rulesMaxAge", "PT30M")
              .containsEntry("markPricesMaxAge", "PT1M")
              .containsEntry("symbols", 1)
              .containsEntry("markPriceCount", 2)
              .doesNotContainKeys("reason", "lastRulesFailure", "lastMarkPricesFailure");
          OrderRequest order =
              OrderRequest.limit(
                  Symbol.parse("BTC-USDT"),
                  Side.BUY,
                  new BigDecimal("30000.1"),
                  new BigDecimal("0.001"));
          assertThat(context.getBean(OrderValidation.class).validate(order).isValid()).isTrue();

          clock.advance(Duration.ofSeconds(60));
          assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
          clock.advance(Duration.ofSeconds(1));
          Health stale = indicator.health();
          assertThat(stale.getStatus()).isEqualTo(Status.DOWN);
          assertThat(stale.getDetails())
              .containsEntry("markPricesAge", "PT1M1S")
              .containsEntry("reason", "markPrices older than PT1M");
        });
  }

  @Test
  void downWhenNothingWasEverLoaded() {
    runner.run(
        context -> {
          Health health = context.getBean("marginHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails())
              .containsEntry("rulesLoadedAt", "never")
              .containsEntry("markPricesLoadedAt", "never")
              .containsEntry("reason", "rules never loaded; markPrices never loaded");
        });
  }

  @Test
  void theLastFailureIsInTheDetails() {
    KucoinServer.serveExampleMarket(KUCOIN);
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/mark-price/all-symbols")).willReturn(aResponse().withStatus(503)));
    runner.run(
        context -> {
          MarketRulesCache rules = context.getBean(MarketRulesCache.class);
          rules.refreshRules();
          assertThatThrownBy(rules::refreshMarkPrices).isInstanceOf(MarketDataException.class);
          Map<String, Object> details =
              context.getBean("marginHealthIndicator", HealthIndicator.class).health().getDetails();
          assertThat(details.get("lastMarkPricesFailure"))
              .asString()
              .startsWith("ExchangeErrorException: ");
          assertThat(details).containsEntry("rulesAge", "PT0S");
        });
  }

  @Test
  void theLiveStreamsStateIsInTheDetails() {
    runner
        .withPropertyValues(
            "margin.source=in-memory",
            "margin.mark-prices.live.enabled=true",
            "margin.mark-prices.live.symbols=USDT-BTC")
        .run(
            context -> {
              context.getBean(MarketRulesCache.class).start();
              Map<String, Object> details =
                  context
                      .getBean("marginHealthIndicator", HealthIndicator.class)
                      .health()
                      .getDetails();
              assertThat(details.get("liveStream"))
                  .isInstanceOfSatisfying(
                      Map.class,
                      live ->
                          assertThat(live)
                              .containsKeys("up", "since", "polling", "ticks", "dropped"));
            });
  }

  @Test
  void noIndicatorWithoutSpringBootHealth() {
    runner
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(MarketRulesCache.class)
                    .doesNotHaveBean("marginHealthIndicator"));
  }

  @Test
  void noIndicatorWhenTheHostTurnsItOff() {
    runner
        .withPropertyValues("management.health.margin.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("marginHealthIndicator"));
  }

  @Test
  void theHostsIndicatorWins() {
    HealthIndicator own = () -> Health.outOfService().build();
    runner
        .withBean("marginHealthIndicator", HealthIndicator.class, () -> own)
        .run(
            context ->
                assertThat(context.getBean("marginHealthIndicator", HealthIndicator.class))
                    .isSameAs(own));
  }
}
