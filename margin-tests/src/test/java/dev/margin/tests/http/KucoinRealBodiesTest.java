package dev.margin.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.tests.KucoinStubs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real KuCoin bodies beyond the example market, through the real adapter. */
class KucoinRealBodiesTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  MarginMarketData kucoin;

  @BeforeEach
  void createAdapter() {
    kucoin = KucoinHttp.create(KucoinStubs.config(KUCOIN));
  }

  @Test
  void markPriceDetailInExponentNotationIsExact() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/mark-price/USDT-BTC/current"))
            .willReturn(okJson(body("mark-price-detail.json"))));

    MarkPrice price = kucoin.markPrice(Symbol.parse("USDT-BTC"));

    assertThat(price.value().toPlainString()).isEqualTo("0.000015045");
    assertThat(price.value()).isEqualTo(new BigDecimal("0.000015045"));
    assertThat(price.timePoint()).isEqualTo(Instant.ofEpochMilli(1729676888000L));
  }

  @Test
  void legacyMarkPriceInPlainNotationIsExact() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/mark-price/USDT-BTC/current"))
            .willReturn(okJson(body("mark-price-detail.legacy-docs.json"))));

    assertThat(kucoin.markPrice(Symbol.parse("USDT-BTC")).value().toPlainString())
        .isEqualTo("0.0000429");
  }

  @Test
  void markPricesBeyondDoublePrecisionLoseNothing() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/mark-price/all-symbols"))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\","
                        + "\"timePoint\":1714769146000,\"value\":0.000015880000000},"
                        + "{\"symbol\":\"ETH-BTC\",\"timePoint\":1714769146000,"
                        + "\"value\":0.031560000000001},{\"symbol\":\"KCS-BTC\","
                        + "\"timePoint\":1714769146000,\"value\":1.2345678901234567890123E-4}]}")));

    List<MarkPrice> prices = kucoin.allMarkPrices();

    assertThat(prices.get(0).value().toPlainString()).isEqualTo("0.00001588");
    assertThat(prices.get(1).value().toPlainString()).isEqualTo("0.031560000000001");
    // 23 significant digits: no double holds this, so it proves no double on the way
    assertThat(prices.get(2).value().toPlainString()).isEqualTo("0.00012345678901234567890123");
  }

  @Test
  void decimalsSentAsJsonNumbersAreReadExactly() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/margin/symbols"))
            .willReturn(okJson(body("found/cross-margin-symbols.kucoin-net-tests.json"))));

    CrossMarginSymbol atom = kucoin.allCrossSymbols().get(0);

    assertThat(atom.symbol()).isEqualTo(Symbol.parse("ATOM-USDT"));
    assertThat(atom.baseIncrement().value().toPlainString()).isEqualTo("0.0001");
    assertThat(atom.priceIncrement().value().toPlainString()).isEqualTo("0.0001");
    assertThat(atom.baseMaxSize().toPlainString()).isEqualTo("10000000000");
    assertThat(atom.priceLimitRate()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void aRecentBodyWithATighterPriceLimitIsRead() {
    KUCOIN.stubFor(
        get(urlPathEqualTo("/api/v3/margin/symbols"))
            .withQueryParam("symbol", equalTo("BTC-USDT"))
            .willReturn(
                okJson(body("found/cross-margin-symbols.dereckscompany-kucoin-2026-03.json"))));

    assertThat(kucoin.crossSymbol(Symbol.parse("BTC-USDT")).priceLimitRate().toPlainString())
        .isEqualTo("0.01");
  }

  @Test
  void legacyIsolatedSymbolsWithoutCoefficientsDefaultToOne() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/isolated/symbols"))
            .willReturn(okJson(body("isolated-margin-symbols.legacy-docs.json"))));

    List<IsolatedMarginSymbol> symbols = kucoin.allIsolatedSymbols();

    assertThat(symbols)
        .extracting(IsolatedMarginSymbol::symbol)
        .containsExactly(Symbol.parse("EOS-USDC"), Symbol.parse("MANA-USDT"));
    assertThat(symbols.get(1).flDebtRatio().toPlainString()).isEqualTo("0.9");
    assertThat(symbols)
        .allSatisfy(
            s -> {
              assertThat(s.baseBorrowCoefficient()).isEqualTo(BigDecimal.ONE);
              assertThat(s.quoteBorrowCoefficient()).isEqualTo(BigDecimal.ONE);
            });
  }

  @Test
  void anIsolatedSymbolWithLowerLeverageIsRead() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/isolated/symbols"))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"data\":"
                        + body("found/isolated-margin-symbols.ccxt-comment.json")
                        + "}")));

    assertThat(kucoin.allIsolatedSymbols().get(0).maxLeverage()).isEqualTo(5);
  }

  @Test
  void maxLeverageSentAsAStringIsAccepted() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/margin/config"))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"data\":"
                        + body("found/margin-config.kucoin-api-docs-2019.json")
                        + "}")));

    MarginConfig config = kucoin.marginConfig();

    assertThat(config.maxLeverage()).isEqualTo(3);
    assertThat(config.currencyList())
        .containsExactly(Currency.BTC, Currency.USDT, Currency.of("EOS"));
    assertThat(config.warningDebtRatio()).isEqualTo(new BigDecimal("0.8"));
    assertThat(config.liqDebtRatio()).isEqualTo(new BigDecimal("0.9"));
  }

  @Test
  void unknownFieldsAreTolerated() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/mark-price/all-symbols"))
            .willReturn(
                okJson(
                    "{\"code\":\"200000\",\"extra\":{\"a\":[1,2]},\"data\":[{\"symbol\":\"USDT-BTC\","
                        + "\"granularity\":5000,\"timePoint\":1568701710000,"
                        + "\"value\":0.00009807}]}")));

    assertThat(kucoin.allMarkPrices())
        .containsExactly(MarkPrice.of("USDT-BTC", 1568701710000L, "0.00009807"));
  }

  @Test
  void aNumericSuccessCodeIsAccepted() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/mark-price/all-symbols"))
            .willReturn(
                okJson(
                    "{\"code\":200000,\"data\":[{\"symbol\":\"USDT-BTC\","
                        + "\"timePoint\":1,\"value\":1E-5}]}")));

    assertThat(kucoin.allMarkPrices()).hasSize(1);
  }

  @Test
  void requestsCarryTheFiltersTheUserAgentAndNoCredentials() {
    KucoinStubs.serveExampleMarket(KUCOIN);

    kucoin.crossSymbol(Symbol.parse("BTC-USDT"));
    kucoin.leveragedToken(Currency.of("BTCUP"));
    kucoin.markPrice(Symbol.parse("USDT-BTC"));

    KUCOIN.verify(
        getRequestedFor(urlEqualTo("/api/v3/margin/symbols?symbol=BTC-USDT"))
            .withHeader("User-Agent", equalTo(KucoinHttp.USER_AGENT))
            .withHeader("Accept", equalTo("application/json"))
            .withoutHeader("Authorization")
            .withoutHeader("KC-API-KEY"));
    KUCOIN.verify(getRequestedFor(urlEqualTo("/api/v3/etf/info?currency=BTCUP")));
    KUCOIN.verify(getRequestedFor(urlEqualTo("/api/v1/mark-price/USDT-BTC/current")));
    assertThat(KUCOIN.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()))).hasSize(3);
  }
}
