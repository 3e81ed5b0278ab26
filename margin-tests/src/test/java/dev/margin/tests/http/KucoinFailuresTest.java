package dev.margin.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.RateLimitStatus;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.tests.KucoinStubs;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way KuCoin, or the network, can fail: each a typed exception, nothing half-read. */
class KucoinFailuresTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final String CROSS = "/api/v3/margin/symbols";
  static final String MARKS = "/api/v3/mark-price/all-symbols";
  static final String CONFIG = "/api/v1/margin/config";

  MarginMarketData kucoin;

  /** One attempt per call: this class checks how each single answer is translated. */
  static dev.margin.adapters.http.kucoin.KucoinHttpConfig singleAttempt() {
    return KucoinStubs.config(KUCOIN).withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1));
  }

  @BeforeEach
  void createAdapter() {
    kucoin = KucoinHttp.create(singleAttempt());
  }

  // --- KuCoin error envelopes -------------------------------------------------------------------

  @Test
  void anErrorEnvelopeInAnHttpErrorIsAnExchangeError() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(body("error-400100.json"))
                    .withHeader("Content-Type", "application/json")));

    assertThatThrownBy(kucoin::marginConfig)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.code()).contains("400100");
              assertThat(e.exchangeMessage()).contains("Invalid Parameter.");
              assertThat(e.endpoint()).isEqualTo("GET /api/v1/margin/config");
              assertThat(e.isRateLimited()).isFalse();
              assertThat(e.rateLimit()).isEmpty();
            });
  }

  @Test
  void anErrorEnvelopeInHttp200IsAnExchangeErrorToo() {
    KUCOIN.stubFor(get(urlEqualTo(CONFIG)).willReturn(okJson(body("error-400100.json"))));

    assertThatThrownBy(kucoin::marginConfig)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(200);
              assertThat(e.code()).contains("400100");
            });
  }

  @Test
  void tooManyRequestsCarriesTheRateLimitHeaders() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("gw-ratelimit-limit", "2000")
                    .withHeader("gw-ratelimit-remaining", "0")
                    .withHeader("gw-ratelimit-reset", "12345")
                    .withBody(body("error-429000.json"))));

    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.isRateLimited()).isTrue();
              assertThat(e.code()).contains("429000");
              assertThat(e.exchangeMessage()).contains("Too Many Requests");
              assertThat(e.rateLimit())
                  .contains(new RateLimitStatus(2000, 0, Duration.ofMillis(12345)));
            });
  }

  @Test
  void overloadTooManyRequestsWithoutHeadersHasNoRateLimit() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(aResponse().withStatus(429).withBody(body("error-429000.json"))));

    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.isRateLimited()).isTrue();
              assertThat(e.rateLimit()).isEmpty();
            });
  }

  @Test
  void cloudflareHtmlRateLimitPageIsARateLimitedError() {
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "text/html; charset=UTF-8")
                    .withBody(
                        "<!DOCTYPE html><html><head><title>Access denied | api.kucoin.com used"
                            + " Cloudflare to restrict access</title></head><body>Error 1015"
                            + "</body></html>")));

    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(429);
              assertThat(e.isRateLimited()).isTrue();
              assertThat(e.code()).isEmpty();
            });
  }

  @Test
  void aServerErrorPageIsAnExchangeErrorWithItsStatus() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));

    assertThatThrownBy(kucoin::marginConfig)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(503);
              assertThat(e.code()).isEmpty();
              assertThat(e).hasMessageContaining("HTTP 503");
            });
  }

  @Test
  void anInternalErrorEnvelopeKeepsItsCode() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody("{\"code\":\"500000\",\"msg\":\"Internal\"}")));

    assertThatThrownBy(kucoin::marginConfig)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class, e -> assertThat(e.code()).contains("500000"));
  }

  @Test
  void aRedirectIsNotFollowed() {
    KUCOIN.stubFor(
        get(urlEqualTo(CONFIG))
            .willReturn(aResponse().withStatus(302).withHeader("Location", "http://10.0.0.1/")));

    assertThatThrownBy(kucoin::marginConfig)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class, e -> assertThat(e.httpStatus()).isEqualTo(302));
  }

  @Test
  void aSuccessCodeOtherThan200000IsAnExchangeError() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v3/etf/info"))
            .willReturn(okJson(body("found/etf-info.kucoin-net-tests.json"))));

    assertThatThrownBy(kucoin::allLeveragedTokens)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class,
            e -> {
              assertThat(e.code()).contains("200");
              assertThat(e.exchangeMessage()).contains("success");
            });
  }

  // --- unknown symbols --------------------------------------------------------------------------

  @Test
  void symbolNotExistsOnAMarkPriceIsNoSuchSymbol() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/mark-price/NOPE-BTC/current"))
            .willReturn(aResponse().withStatus(400).withBody(body("world/error-900001.json"))));

    assertThatThrownBy(() -> kucoin.markPrice(Symbol.parse("NOPE-BTC")))
        .isInstanceOfSatisfying(
            NoSuchSymbolException.class,
            e -> {
              assertThat(e.symbol()).isEqualTo("NOPE-BTC");
              assertThat(e).hasMessageContaining("symbol not exists");
            });
  }

  @Test
  void aNullMarkPriceIsNoSuchSymbol() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/mark-price/NOPE-BTC/current"))
            .willReturn(okJson("{\"code\":\"200000\",\"data\":null}")));

    assertThatThrownBy(() -> kucoin.markPrice(Symbol.parse("NOPE-BTC")))
        .isInstanceOf(NoSuchSymbolException.class);
  }

  @Test
  void symbolNotExistsOnACrossSymbolIsNoSuchSymbol() {
    KUCOIN.stubFor(get(urlPathEqualTo(CROSS)).willReturn(okJson(body("world/error-900001.json"))));

    assertThatThrownBy(() -> kucoin.crossSymbol(Symbol.parse("NOPE-USDT")))
        .isInstanceOf(NoSuchSymbolException.class);
  }

  @Test
  void symbolNotExistsOnAListIsAnExchangeError() {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(okJson(body("world/error-900001.json"))));

    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOfSatisfying(
            ExchangeErrorException.class, e -> assertThat(e.code()).contains("900001"));
  }

  @Test
  void aMarkPriceForAnotherSymbolIsMalformed() {
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/mark-price/ETH-BTC/current"))
            .willReturn(okJson(body("mark-price-detail.json"))));

    assertThatThrownBy(() -> kucoin.markPrice(Symbol.parse("ETH-BTC")))
        .isInstanceOfSatisfying(
            MalformedMarketDataException.class,
            e -> {
              assertThat(e.field()).isEqualTo("data.symbol");
              assertThat(e.problem()).isEqualTo("asked for ETH-BTC, got USDT-BTC");
            });
  }

  @Test
  void aTokenFilterAnsweredWithOtherTokensIsNoSuchSymbol() {
    KUCOIN.stubFor(
        get(urlPathEqualTo("/api/v3/etf/info")).willReturn(okJson(body("etf-info.json"))));

    assertThatThrownBy(() -> kucoin.leveragedToken(Currency.of("ETHUP")))
        .isInstanceOf(NoSuchSymbolException.class);
  }

  // --- malformed bodies -------------------------------------------------------------------------

  static final String BTC_ITEM =
      "{\"symbol\":\"BTC-USDT\",\"name\":\"BTC-USDT\",\"enableTrading\":true,\"market\":\"USDS\","
          + "\"baseCurrency\":\"BTC\",\"quoteCurrency\":\"USDT\",\"baseIncrement\":\"0.00000001\","
          + "\"baseMinSize\":\"0.00001\",\"baseMaxSize\":\"10000000000\","
          + "\"quoteIncrement\":\"0.000001\",\"quoteMinSize\":\"0.1\",\"quoteMaxSize\":\"99999999\","
          + "\"priceIncrement\":\"0.1\",\"feeCurrency\":\"USDT\",\"priceLimitRate\":\"0.1\","
          + "\"minFunds\":\"0.1\"}";

  static String crossBody(String item) {
    return "{\"code\":\"200000\",\"data\":{\"timestamp\":1729665839353,\"items\":[" + item + "]}}";
  }

  static String btcWith(String field, String json) {
    String replaced =
        BTC_ITEM.replaceFirst(
            "\"" + field + "\":(\"[^\"]*\"|true|false)", "\"" + field + "\":" + json);
    if (replaced.equals(BTC_ITEM)) {
      throw new IllegalArgumentException("no field " + field);
    }
    return replaced;
  }

  static String btcWithout(String field) {
    String removed = BTC_ITEM.replaceFirst("\"" + field + "\":(\"[^\"]*\"|true|false),?", "");
    if (removed.equals(BTC_ITEM)) {
      throw new IllegalArgumentException("no field " + field);
    }
    return removed.replace(",}", "}");
  }

  static Stream<Arguments> malformedCrossSymbols() {
    return Stream.of(
        Arguments.of("not JSON", "<html><body>Bad gateway</body></html>", "(body)", "not JSON"),
        Arguments.of("empty body", "", "(body)", "empty body"),
        Arguments.of("truncated", crossBody(BTC_ITEM).substring(0, 120), "(body)", "not JSON"),
        Arguments.of("an array", "[1,2,3]", "(body)", "got ARRAY"),
        Arguments.of("a bare string", "\"200000\"", "(body)", "got STRING"),
        Arguments.of("no code", "{\"data\":{\"items\":[]}}", "code", "missing"),
        Arguments.of("an object code", "{\"code\":{},\"data\":null}", "code", "expected a string"),
        Arguments.of("no data", "{\"code\":\"200000\"}", "data", "missing"),
        Arguments.of("null data", "{\"code\":\"200000\",\"data\":null}", "data", "missing or null"),
        Arguments.of(
            "data of another shape", "{\"code\":\"200000\",\"data\":[]}", "data", "wrong type"),
        Arguments.of(
            "no items",
            "{\"code\":\"200000\",\"data\":{\"timestamp\":1}}",
            "data.items",
            "missing or null"),
        Arguments.of("a null item", crossBody("null"), "data.items[0]", "missing or null"),
        Arguments.of("trailing garbage", crossBody(BTC_ITEM) + "}", "(body)", "not JSON"),
        Arguments.of(
            "a duplicate key",
            "{\"code\":\"200000\",\"code\":\"400100\",\"data\":null}",
            "(body)",
            "Duplicate"),
        Arguments.of(
            "a second item missing baseIncrement",
            crossBody(BTC_ITEM + "," + btcWithout("baseIncrement")),
            "data.items[1].baseIncrement",
            "missing or null"),
        Arguments.of(
            "missing symbol", crossBody(btcWithout("symbol")), "data.items[0].symbol", "missing"),
        Arguments.of(
            "missing enableTrading",
            crossBody(btcWithout("enableTrading")),
            "data.items[0].enableTrading",
            "missing"),
        Arguments.of(
            "a null minFunds",
            crossBody(btcWith("minFunds", "null")),
            "data.items[0].minFunds",
            "missing"),
        Arguments.of(
            "a word for a flag",
            crossBody(btcWith("enableTrading", "\"maybe\"")),
            "data.items[0].enableTrading",
            "wrong type"),
        Arguments.of(
            "an object for a decimal",
            crossBody(btcWith("baseMinSize", "{}")),
            "data.items[0].baseMinSize",
            "wrong type"),
        Arguments.of(
            "a word for a decimal",
            crossBody(btcWith("baseMinSize", "\"lots\"")),
            "data.items[0].baseMinSize",
            "wrong type"),
        Arguments.of(
            "NaN as text",
            crossBody(btcWith("minFunds", "\"NaN\"")),
            "data.items[0].minFunds",
            "wrong type"),
        Arguments.of(
            "NaN as a literal", crossBody(btcWith("minFunds", "NaN")), "(body)", "not JSON"),
        Arguments.of(
            "Infinity as text",
            crossBody(btcWith("minFunds", "\"Infinity\"")),
            "data.items[0].minFunds",
            "wrong type"),
        Arguments.of(
            "a zero increment",
            crossBody(btcWith("priceIncrement", "\"0\"")),
            "data.items[0].priceIncrement",
            "must be positive"),
        Arguments.of(
            "a negative zero increment",
            crossBody(btcWith("priceIncrement", "-0")),
            "data.items[0].priceIncrement",
            "must be positive"),
        Arguments.of(
            "a negative increment",
            crossBody(btcWith("baseIncrement", "\"-0.001\"")),
            "data.items[0].baseIncrement",
            "must be positive"),
        Arguments.of(
            "a huge exponent as text",
            crossBody(btcWith("baseMaxSize", "\"1e1000000000\"")),
            "data.items[0].baseMaxSize",
            "out of range"),
        Arguments.of(
            "a huge exponent as a number",
            crossBody(btcWith("baseMaxSize", "1e1000000000")),
            "data.items[0].baseMaxSize",
            "out of range"),
        Arguments.of(
            "a tiny exponent",
            crossBody(btcWith("priceIncrement", "\"1E-999999\"")),
            "data.items[0].priceIncrement",
            "out of range"),
        Arguments.of(
            "a 5000-digit number",
            crossBody(btcWith("baseMaxSize", "1" + "0".repeat(4999))),
            "(body)",
            "Number value length"),
        Arguments.of(
            "a 5000-digit string",
            crossBody(btcWith("baseMaxSize", "\"1" + "1".repeat(4999) + "\"")),
            "data.items[0].baseMaxSize",
            "wrong type"),
        Arguments.of(
            "a negative minimum",
            crossBody(btcWith("baseMinSize", "\"-1\"")),
            "data.items[0]",
            "baseMinSize is negative"),
        Arguments.of(
            "a minimum above the maximum",
            crossBody(btcWith("baseMinSize", "\"20000000000\"")),
            "data.items[0]",
            "baseMinSize (20000000000) is above baseMaxSize"),
        Arguments.of(
            "a malformed symbol",
            crossBody(btcWith("symbol", "\"BTCUSDT\"")),
            "data.items[0].symbol",
            "BASE-QUOTE"),
        Arguments.of(
            "a lower-case currency",
            crossBody(btcWith("feeCurrency", "\"usdt\"")),
            "data.items[0].feeCurrency",
            "currency code"),
        Arguments.of(
            "a blank name", crossBody(btcWith("name", "\" \"")), "data.items[0].name", "blank"),
        Arguments.of(
            "deep nesting",
            "{\"code\":\"200000\",\"data\":" + "[".repeat(200) + "]".repeat(200) + "}",
            "(body)",
            "nesting depth"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedCrossSymbols")
  void malformedCrossSymbolBodiesNameTheFieldAtFault(
      String description, String body, String field, String problem) {
    KUCOIN.stubFor(
        get(urlEqualTo(CROSS))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));

    assertThatThrownBy(kucoin::allCrossSymbols)
        .isInstanceOfSatisfying(
            MalformedMarketDataException.class,
            e -> {
              assertThat(e.endpoint()).isEqualTo("GET /api/v3/margin/symbols");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
              assertThat(e).isInstanceOf(MarketDataUnavailableException.class);
            });
  }

  static Stream<Arguments> malformedOtherEndpoints() {
    Consumer<MarginMarketData> marks = MarginMarketData::allMarkPrices;
    Consumer<MarginMarketData> config = MarginMarketData::marginConfig;
    Consumer<MarginMarketData> isolated = MarginMarketData::allIsolatedSymbols;
    Consumer<MarginMarketData> etf = MarginMarketData::allLeveragedTokens;
    String mark =
        "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1729676522000,\"value\":%s}]}";
    String cfg =
        "{\"code\":\"200000\",\"data\":{\"currencyList\":[\"BTC\"],\"maxLeverage\":%s,\"warningDebtRatio\":\"0.95\",\"liqDebtRatio\":\"0.97\"}}";
    return Stream.of(
        Arguments.of(
            "zero mark price",
            MARKS,
            String.format(mark, "0"),
            marks,
            "data[0].value",
            "must be positive"),
        Arguments.of(
            "negative zero mark price",
            MARKS,
            String.format(mark, "-0.0"),
            marks,
            "data[0].value",
            "must be positive"),
        Arguments.of(
            "negative mark price",
            MARKS,
            String.format(mark, "-1.5E-5"),
            marks,
            "data[0].value",
            "must be positive"),
        Arguments.of(
            "mark price as a word",
            MARKS,
            String.format(mark, "\"cheap\""),
            marks,
            "data[0].value",
            "wrong type"),
        Arguments.of(
            "missing mark price",
            MARKS,
            "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1}]}",
            marks,
            "data[0].value",
            "missing"),
        Arguments.of(
            "fractional time point",
            MARKS,
            "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":1.5,\"value\":1}]}",
            marks,
            "data[0].timePoint",
            "wrong type"),
        Arguments.of(
            "negative time point",
            MARKS,
            "{\"code\":\"200000\",\"data\":[{\"symbol\":\"USDT-BTC\",\"timePoint\":-1,\"value\":1}]}",
            marks,
            "data[0].timePoint",
            "negative"),
        Arguments.of(
            "mark prices as an object",
            MARKS,
            "{\"code\":\"200000\",\"data\":{}}",
            marks,
            "data",
            "wrong type"),
        Arguments.of(
            "fractional leverage",
            CONFIG,
            String.format(cfg, "5.5"),
            config,
            "data.maxLeverage",
            "wrong type"),
        Arguments.of(
            "leverage zero",
            CONFIG,
            String.format(cfg, "0"),
            config,
            "data",
            "maxLeverage is below 1"),
        Arguments.of(
            "leverage as a word",
            CONFIG,
            String.format(cfg, "\"five\""),
            config,
            "data.maxLeverage",
            "wrong type"),
        Arguments.of(
            "missing leverage",
            CONFIG,
            String.format(cfg, "null"),
            config,
            "data.maxLeverage",
            "missing"),
        Arguments.of(
            "a bad currency in the list",
            CONFIG,
            "{\"code\":\"200000\",\"data\":{\"currencyList\":[\"BTC\",\"\"],\"maxLeverage\":5,\"warningDebtRatio\":\"0.95\",\"liqDebtRatio\":\"0.97\"}}",
            config,
            "data.currencyList[1]",
            "currency code"),
        Arguments.of(
            "a null currency in the list",
            CONFIG,
            "{\"code\":\"200000\",\"data\":{\"currencyList\":[null],\"maxLeverage\":5,\"warningDebtRatio\":\"0.95\",\"liqDebtRatio\":\"0.97\"}}",
            config,
            "data.currencyList[0]",
            "missing"),
        Arguments.of(
            "warning above liquidation",
            CONFIG,
            "{\"code\":\"200000\",\"data\":{\"currencyList\":[],\"maxLeverage\":5,\"warningDebtRatio\":\"0.99\",\"liqDebtRatio\":\"0.97\"}}",
            config,
            "data",
            "warningDebtRatio (0.99) is above liqDebtRatio (0.97)"),
        Arguments.of(
            "isolated without flDebtRatio",
            "/api/v1/isolated/symbols",
            body("isolated-margin-symbols.json").replace("\"flDebtRatio\": \"0.97\",", ""),
            isolated,
            "data[0].flDebtRatio",
            "missing"),
        Arguments.of(
            "isolated with a text flag",
            "/api/v1/isolated/symbols",
            body("isolated-margin-symbols.json")
                .replace("\"tradeEnable\": true", "\"tradeEnable\": \"yes\""),
            isolated,
            "data[0].tradeEnable",
            "wrong type"),
        Arguments.of(
            "token without issuedSize",
            "/api/v3/etf/info",
            body("etf-info.json").replace("\"issuedSize\": \"107134.87655291\",", ""),
            etf,
            "data[0].issuedSize",
            "missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedOtherEndpoints")
  void malformedBodiesOfOtherEndpointsNameTheFieldAtFault(
      String description,
      String path,
      String body,
      Consumer<MarginMarketData> call,
      String field,
      String problem) {
    KUCOIN.stubFor(get(urlEqualTo(path)).willReturn(okJson(body)));

    assertThatThrownBy(() -> call.accept(kucoin))
        .isInstanceOfSatisfying(
            MalformedMarketDataException.class,
            e -> {
              assertThat(e.endpoint()).isEqualTo("GET " + path);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.problem()).contains(problem);
            });
  }

  // --- the network ------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Fault.class)
  void brokenConnectionsAreUnavailable(Fault fault) {
    KUCOIN.stubFor(get(urlEqualTo(MARKS)).willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(kucoin::allMarkPrices)
        .isInstanceOf(MarketDataUnavailableException.class)
        .hasMessageStartingWith("GET /api/v3/mark-price/all-symbols");
  }

  @Test
  void aSlowServerTimesOutAsUnavailable() {
    MarginMarketData impatient =
        KucoinHttp.create(singleAttempt().withReadTimeout(Duration.ofMillis(200)));
    KUCOIN.stubFor(
        get(urlEqualTo(MARKS))
            .willReturn(okJson(body("mark-price-all-symbols.json")).withFixedDelay(5_000)));

    assertThatThrownBy(impatient::allMarkPrices)
        .isInstanceOf(MarketDataUnavailableException.class)
        .hasMessageContaining("HttpTimeoutException")
        .hasRootCauseInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void aClosedPortIsUnavailable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MarginMarketData nowhere =
        KucoinHttp.create(singleAttempt().withBaseUrl("http://127.0.0.1:" + closedPort));

    assertThatThrownBy(nowhere::marginConfig)
        .isInstanceOf(MarketDataUnavailableException.class)
        .hasMessageStartingWith("GET /api/v1/margin/config failed: ");
  }
}
