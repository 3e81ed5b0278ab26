package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A call event names its endpoint's path template, without the symbol it asked for. */
class EndpointTemplateTest {

  static KucoinCallListener.CallEvent event(String endpoint) {
    return new KucoinCallListener.CallEvent(
        endpoint, 1, Duration.ZERO, 200, Optional.empty(), Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(KucoinEndpoint.class)
  void everyEndpointListedIsItsOwnTemplate(KucoinEndpoint endpoint) {
    assertThat(event(endpoint.describe(null)).endpointTemplate()).contains(endpoint.description);
  }

  @Test
  void aMarkPriceOfOneSymbolIsTheTemplateWithoutTheSymbol() {
    assertThat(event(KucoinEndpoint.MARK_PRICE.describe("BTC-USDT")).endpointTemplate())
        .contains("GET /api/v1/mark-price/{symbol}/current");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /api/v1/mark-price//current",
        "GET /api/v1/mark-price/A/B/current",
        "GET /api/v1/mark-price/A?x=1/current",
        "POST /api/v3/margin/symbols",
        "GET /api/v3/margin/symbols?symbol=BTC-USDT",
        ""
      })
  void anythingElseHasNoTemplate(String endpoint) {
    assertThat(event(endpoint).endpointTemplate()).isEmpty();
  }

  @Test
  void noEndpointHasNoTemplate() {
    assertThat(event(null).endpointTemplate()).isEmpty();
  }

  @Test
  void anEventMadeWithoutAWaitWaitedNone() {
    assertThat(event("GET /api/v1/margin/config").rateLimitWait()).isZero();
  }
}
