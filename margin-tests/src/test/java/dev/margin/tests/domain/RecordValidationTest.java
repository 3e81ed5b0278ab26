package dev.margin.tests.domain;

import static dev.margin.testkit.MarginFixtures.anIsolatedSymbolBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.RateLimitStatus;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  static CrossMarginSymbol btcUsdt(String baseMinSize, String baseMaxSize) {
    return new CrossMarginSymbol(
        BTC_USDT,
        "BTC-USDT",
        true,
        "USDS",
        Currency.BTC,
        Currency.USDT,
        Increment.of("0.00000001"),
        new BigDecimal(baseMinSize),
        Increment.of("0.000001"),
        new BigDecimal("0.1"),
        new BigDecimal(baseMaxSize),
        new BigDecimal("99999999"),
        Increment.of("0.1"),
        Currency.USDT,
        new BigDecimal("0.1"),
        new BigDecimal("0.1"));
  }

  @Test
  void crossSymbolKeepsExactValuesWithoutTrailingZeros() {
    CrossMarginSymbol symbol = btcUsdt("0.000010", "10000000000");

    assertThat(symbol.baseMinSize()).isEqualTo(new BigDecimal("0.00001"));
    assertThat(symbol.baseMaxSize().toPlainString()).isEqualTo("10000000000");
    assertThat(symbol).isEqualTo(btcUsdt("0.00001", "1E+10"));
  }

  @Test
  void crossSymbolRejectsNegativeAndInvertedLimits() {
    assertThatThrownBy(() -> btcUsdt("-1", "10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseMinSize is negative: -1");
    assertThatThrownBy(() -> btcUsdt("11", "10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseMinSize (11) is above baseMaxSize (10)");
  }

  @Test
  void crossSymbolNamesTheMissingComponent() {
    assertThatThrownBy(
            () ->
                new CrossMarginSymbol(
                    BTC_USDT,
                    "BTC-USDT",
                    true,
                    "USDS",
                    Currency.BTC,
                    Currency.USDT,
                    Increment.of("1"),
                    BigDecimal.ONE,
                    Increment.of("1"),
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    null,
                    Currency.USDT,
                    BigDecimal.ONE,
                    BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("priceIncrement is null");
    assertThatThrownBy(
            () ->
                new CrossMarginSymbol(
                    BTC_USDT,
                    " ",
                    true,
                    "USDS",
                    Currency.BTC,
                    Currency.USDT,
                    Increment.of("1"),
                    BigDecimal.ONE,
                    Increment.of("1"),
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    Increment.of("1"),
                    Currency.USDT,
                    BigDecimal.ONE,
                    BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is blank");
  }

  @Test
  void markPriceIsExactAndCanonical() {
    MarkPrice price = MarkPrice.of("USDT-BTC", 1729676888000L, "1.5045E-5");

    assertThat(price.value().toPlainString()).isEqualTo("0.000015045");
    assertThat(price).isEqualTo(MarkPrice.of("USDT-BTC", 1729676888000L, "0.0000150450"));
    assertThat(price.timePoint()).isEqualTo(Instant.parse("2024-10-23T09:48:08Z"));
    assertThat(price.ageAt(Instant.parse("2024-10-23T09:48:18Z")))
        .isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void markPriceMustBePositive() {
    assertThatThrownBy(() -> MarkPrice.of("USDT-BTC", 0, "0"))
        .hasMessage("value is not positive: 0");
    assertThatThrownBy(() -> MarkPrice.of("USDT-BTC", 0, "-0.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MarkPrice(BTC_USDT, null, BigDecimal.ONE))
        .hasMessage("timePoint is null");
  }

  @Test
  void marginConfigCopiesItsListAndOrdersItsRatios() {
    List<Currency> currencies = new ArrayList<>(List.of(Currency.BTC, Currency.USDT));
    MarginConfig config =
        new MarginConfig(currencies, 5, new BigDecimal("0.950"), new BigDecimal("0.97"));
    currencies.clear();

    assertThat(config.currencyList()).containsExactly(Currency.BTC, Currency.USDT);
    assertThat(config.warningDebtRatio()).isEqualTo(new BigDecimal("0.95"));
    assertThat(config.isMarginCurrency(Currency.BTC)).isTrue();
    assertThat(config.isMarginCurrency(Currency.of("DOGE"))).isFalse();
    assertThatThrownBy(
            () -> new MarginConfig(List.of(), 5, new BigDecimal("0.98"), new BigDecimal("0.97")))
        .hasMessage("warningDebtRatio (0.98) is above liqDebtRatio (0.97)");
    assertThatThrownBy(
            () -> new MarginConfig(List.of(), 0, new BigDecimal("0.9"), new BigDecimal("0.97")))
        .hasMessage("maxLeverage is below 1: 0");
  }

  @Test
  void isolatedSymbolValidatesLeverageAndRatios() {
    assertThatThrownBy(() -> isolated(0, "0.97")).hasMessage("maxLeverage is below 1: 0");
    assertThatThrownBy(() -> isolated(10, "0")).hasMessage("flDebtRatio is not positive: 0");
    assertThat(isolated(10, "0.970").flDebtRatio()).isEqualTo(new BigDecimal("0.97"));
  }

  @Test
  void leveragedTokenKeepsTextFieldsAsText() {
    LeveragedToken token =
        new LeveragedToken(
            Currency.of("BTCUP"),
            new BigDecimal("33.846"),
            "2-4",
            new BigDecimal("-2.1648"),
            new BigDecimal("107134.87655291"),
            "118.324559 XBTUSDTM");

    assertThat(token.targetLeverage()).isEqualTo("2-4");
    assertThat(token.actualLeverage()).isEqualByComparingTo("-2.1648");
    assertThatThrownBy(
            () ->
                new LeveragedToken(
                    Currency.of("BTCUP"),
                    BigDecimal.ONE,
                    "2-4",
                    BigDecimal.ONE,
                    new BigDecimal("-1"),
                    "x"))
        .hasMessage("issuedSize is negative: -1");
  }

  @Test
  void exchangeErrorCarriesEverythingTheVenueSaid() {
    RateLimitStatus rate = new RateLimitStatus(2000, 0, Duration.ofMillis(1500));
    ExchangeErrorException error =
        new ExchangeErrorException(
            "GET /api/v1/margin/config", 429, "429000", "Too Many Requests", rate);

    assertThat(error.isRateLimited()).isTrue();
    assertThat(error.code()).contains("429000");
    assertThat(error.rateLimit()).contains(rate);
    assertThat(error)
        .isInstanceOf(MarketDataUnavailableException.class)
        .hasMessage(
            "GET /api/v1/margin/config failed: HTTP 429, code 429000, message 'Too Many Requests'");
    assertThat(new ExchangeErrorException("GET /x", 400, "400100", null, null).isRateLimited())
        .isFalse();
    assertThatThrownBy(() -> new RateLimitStatus(-1, 0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static IsolatedMarginSymbol isolated(int maxLeverage, String flDebtRatio) {
    return anIsolatedSymbolBuilder("BTC-USDT")
        .withMaxLeverage(maxLeverage)
        .withFlDebtRatio(flDebtRatio)
        .build();
  }
}
