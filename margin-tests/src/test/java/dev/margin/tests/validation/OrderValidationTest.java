package dev.margin.tests.validation;

import static dev.margin.domain.model.ViolationCode.ISOLATED_NOT_AVAILABLE;
import static dev.margin.domain.model.ViolationCode.MARK_PRICE_STALE;
import static dev.margin.domain.model.ViolationCode.MARK_PRICE_UNAVAILABLE;
import static dev.margin.domain.model.ViolationCode.PRICE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.PRICE_NOT_POSITIVE;
import static dev.margin.domain.model.ViolationCode.PRICE_OUTSIDE_LIMIT;
import static dev.margin.domain.model.ViolationCode.RULES_STALE;
import static dev.margin.domain.model.ViolationCode.RULES_UNAVAILABLE;
import static dev.margin.domain.model.ViolationCode.SIZE_BELOW_MIN;
import static dev.margin.domain.model.ViolationCode.SIZE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.SIZE_NOT_POSITIVE;
import static dev.margin.domain.model.ViolationCode.TRADING_DISABLED;
import static dev.margin.domain.model.ViolationCode.UNKNOWN_SYMBOL;
import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderSuggestion;
import dev.margin.app.ValidationResult;
import dev.margin.app.Violation;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every violation code, against KuCoin's real BTC-USDT rules (tick 0.1, lot 0.00000001, minimum
 * size 0.00001, minimum funds 0.1, price limit rate 0.1) and odd ones. BTC-USDT's reference price
 * is 1 / mark(USDT-BTC) = 1 / 0.00003125 = 32000, so its band is 28800 to 35200.
 */
class OrderValidationTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .crossSymbol(
              aCrossSymbol("ETH-USDT")
                  .withBaseIncrement("0.0000001")
                  .withPriceIncrement("0.01")
                  .build())
          .crossSymbol(aCrossSymbol("HALF-USDT").withPriceIncrement("0.5").build())
          .crossSymbol(
              aCrossSymbol("LOT-USDT").withBaseIncrement("25").withSizeLimits("25", "1000").build())
          .crossSymbol(aCrossSymbol("NANO-USDT").withPriceIncrement("1E-9").build())
          .crossSymbol(aCrossSymbol("HALT-USDT").withTradingEnabled(false).build())
          .crossSymbol(aCrossSymbol("XYZ-USDT").build())
          .crossSymbol(aCrossSymbol("TRY-USDT").withPriceIncrement("0.0001").build())
          .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
          .isolatedSymbol(haltedIsolated("HALF-USDT"))
          .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("HALF-BTC", "1", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("LOT-BTC", "1", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("NANO-BTC", "0.00000000000009375", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("HALT-BTC", "1", NOW.minusSeconds(5)))
          .markPrice(aMarkPrice("BTC-TRY", "2000000", NOW.minusSeconds(5)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);

  @BeforeEach
  void loadRules() {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  static dev.margin.domain.model.IsolatedMarginSymbol haltedIsolated(String symbol) {
    var open = anIsolatedSymbol(symbol);
    return new dev.margin.domain.model.IsolatedMarginSymbol(
        open.symbol(),
        open.symbolName(),
        open.baseCurrency(),
        open.quoteCurrency(),
        open.maxLeverage(),
        open.flDebtRatio(),
        false,
        open.autoRenewMaxDebtRatio(),
        true,
        true,
        true,
        true,
        BigDecimal.ONE,
        BigDecimal.ONE);
  }

  ValidationResult limit(String symbol, Side side, String price, String size) {
    return margin
        .orderValidation()
        .validate(
            OrderRequest.limit(
                Symbol.parse(symbol),
                side,
                price == null ? null : new BigDecimal(price),
                size == null ? null : new BigDecimal(size)));
  }

  ValidationResult marketFunds(String symbol, String funds) {
    return margin
        .orderValidation()
        .validate(
            OrderRequest.marketByFunds(Symbol.parse(symbol), Side.BUY, new BigDecimal(funds)));
  }

  ValidationResult marketSize(String symbol, String size) {
    return margin
        .orderValidation()
        .validate(OrderRequest.marketBySize(Symbol.parse(symbol), Side.SELL, new BigDecimal(size)));
  }

  static void assertCodes(ValidationResult result, ViolationCode... codes) {
    assertThat(result.codes()).as(result.toString()).isEqualTo(Set.of(codes));
    assertThat(result.isValid()).isEqualTo(codes.length == 0);
  }

  @Test
  void aSoundLimitOrderIsValidAndTheValidResultIsShared() {
    ValidationResult first = limit("BTC-USDT", Side.BUY, "30000.1", "0.001");
    ValidationResult second = limit("BTC-USDT", Side.SELL, "30000", "0.5");

    assertCodes(first);
    assertThat(second).isSameAs(first);
    assertThat(first.violations()).isEmpty();
    assertThat(first.suggestion()).isEmpty();
  }

  @ParameterizedTest(name = "{0} x {1} on {2}: {3}")
  @CsvSource({
    // real BTC-USDT rules
    "30000.1, 0.001, BTC-USDT, ''",
    "30000.10000000, 0.00100000, BTC-USDT, ''",
    "3.00001E+4, 1E-3, BTC-USDT, ''",
    "30000.15, 0.001, BTC-USDT, PRICE_INCREMENT",
    "30000.1, 0.000000001, BTC-USDT, SIZE_INCREMENT SIZE_BELOW_MIN NOTIONAL_BELOW_MIN_FUNDS",
    "30000.1, 0.000001, BTC-USDT, SIZE_BELOW_MIN NOTIONAL_BELOW_MIN_FUNDS",
    "30000.1, 0.00001, BTC-USDT, ''",
    "30000.1, 20000000000, BTC-USDT, SIZE_ABOVE_MAX",
    "0, 0.001, BTC-USDT, PRICE_NOT_POSITIVE",
    "-30000, 0.001, BTC-USDT, PRICE_NOT_POSITIVE",
    "30000, 0, BTC-USDT, SIZE_NOT_POSITIVE",
    "30000, -0.001, BTC-USDT, SIZE_NOT_POSITIVE",
    "0.1, 0.00001, BTC-USDT, NOTIONAL_BELOW_MIN_FUNDS",
    "10000, 0.00001, BTC-USDT, ''",
    "9999.9, 0.00001, BTC-USDT, NOTIONAL_BELOW_MIN_FUNDS",
    // lot 0.0000001: the issue's own example
    "1600, 1.0000001, ETH-USDT, ''",
    "1600, 1.00000001, ETH-USDT, SIZE_INCREMENT",
    // increments that are not powers of ten
    "32000.5, 0.001, HALF-USDT, ''",
    "32000.25, 0.001, HALF-USDT, PRICE_INCREMENT",
    "32000, 75, LOT-USDT, ''",
    "32000, 80, LOT-USDT, SIZE_INCREMENT",
    "32000, 1025, LOT-USDT, SIZE_ABOVE_MAX",
    "0.000000003, 100000000, NANO-USDT, ''",
    "0.0000000031, 100000000, NANO-USDT, PRICE_INCREMENT",
    // every violation at once
    "30000.15, 0.000000001, BTC-USDT, PRICE_INCREMENT SIZE_INCREMENT SIZE_BELOW_MIN NOTIONAL_BELOW_MIN_FUNDS"
  })
  void limitBuysAreCheckedExactly(String price, String size, String symbol, String codes) {
    ValidationResult result = limit(symbol, Side.BUY, price, size);

    assertCodes(
        result,
        codes.isBlank()
            ? new ViolationCode[0]
            : java.util.Arrays.stream(codes.split(" "))
                .map(ViolationCode::valueOf)
                .toArray(ViolationCode[]::new));
  }

  @Test
  void missingPriceAndSizeAreReported() {
    assertCodes(limit("BTC-USDT", Side.BUY, null, "0.001"), PRICE_NOT_POSITIVE);
    assertCodes(limit("BTC-USDT", Side.BUY, "30000", null), SIZE_NOT_POSITIVE);
  }

  @Test
  void violationsCarryTheValuesInvolved() {
    Violation tick = limit("BTC-USDT", Side.BUY, "30000.15", "0.001").violations().get(0);

    assertThat(tick.code()).isEqualTo(PRICE_INCREMENT);
    assertThat(tick.value()).isEqualByComparingTo("30000.15");
    assertThat(tick.limit()).isEqualByComparingTo("0.1");
    assertThat(tick.message()).isEqualTo("price 30000.15 is not a multiple of the tick 0.1");
  }

  @Test
  void unknownAndHaltedSymbolsAreRefused() {
    assertCodes(limit("NOPE-USDT", Side.BUY, "1", "1"), UNKNOWN_SYMBOL);
    assertCodes(limit("HALT-USDT", Side.BUY, "32000", "0.001"), TRADING_DISABLED);
  }

  @Test
  void isolatedOrdersNeedAnIsolatedSymbolThatTrades() {
    OrderRequest btc =
        OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal("30000"), new BigDecimal("0.001"));
    OrderRequest eth =
        OrderRequest.limit(ETH_USDT, Side.BUY, new BigDecimal("1600"), new BigDecimal("1"));
    OrderRequest half =
        OrderRequest.limit(
            Symbol.parse("HALF-USDT"), Side.BUY, new BigDecimal("32000"), new BigDecimal("0.001"));

    assertCodes(margin.orderValidation().validate(btc.inMode(MarginMode.ISOLATED)));
    assertCodes(margin.orderValidation().validate(eth), new ViolationCode[0]);
    assertCodes(
        margin.orderValidation().validate(eth.inMode(MarginMode.ISOLATED)), ISOLATED_NOT_AVAILABLE);
    assertCodes(
        margin.orderValidation().validate(half.inMode(MarginMode.ISOLATED)),
        ISOLATED_NOT_AVAILABLE);
  }

  @ParameterizedTest(name = "market buy for funds {0}: {1}")
  @CsvSource({
    "10, ''",
    "10.000001, ''",
    "10.0000001, FUNDS_INCREMENT",
    "0, FUNDS_NOT_POSITIVE",
    "-5, FUNDS_NOT_POSITIVE",
    "0.01, FUNDS_BELOW_MIN",
    "100000000, FUNDS_ABOVE_MAX"
  })
  void marketFundsAreChecked(String funds, String code) {
    ValidationResult result = marketFunds("BTC-USDT", funds);

    assertCodes(
        result,
        code.isBlank() ? new ViolationCode[0] : new ViolationCode[] {ViolationCode.valueOf(code)});
  }

  @Test
  void marketSizesAreCheckedWithoutABand() {
    assertCodes(marketSize("BTC-USDT", "0.001"));
    assertCodes(marketSize("BTC-USDT", "0.0000000001"), SIZE_INCREMENT, SIZE_BELOW_MIN);
    assertCodes(marketSize("BTC-USDT", "0"), SIZE_NOT_POSITIVE);
  }

  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    "BUY, 35200, BTC-USDT, ''",
    "BUY, 35200.1, BTC-USDT, PRICE_OUTSIDE_LIMIT",
    "SELL, 28800, BTC-USDT, ''",
    "SELL, 28799.9, BTC-USDT, PRICE_OUTSIDE_LIMIT",
    "SELL, 35200.1, BTC-USDT, ''",
    "BUY, 28799.9, BTC-USDT, ''",
    // ETH-USDT = mark(ETH-BTC) / mark(USDT-BTC) = 0.05 / 0.00003125 = 1600: band 1440 to 1760
    "BUY, 1760, ETH-USDT, ''",
    "BUY, 1760.01, ETH-USDT, PRICE_OUTSIDE_LIMIT",
    "SELL, 1440, ETH-USDT, ''",
    "SELL, 1439.99, ETH-USDT, PRICE_OUTSIDE_LIMIT",
    // TRY-USDT = (1 / mark(BTC-TRY)) / mark(USDT-BTC) = 0.0000005 / 0.00003125 = 0.016
    "BUY, 0.0176, TRY-USDT, ''",
    "BUY, 0.0177, TRY-USDT, PRICE_OUTSIDE_LIMIT",
    // off the tick and outside the band: both reported, the band decided exactly
    "BUY, 35200.05, BTC-USDT, PRICE_INCREMENT PRICE_OUTSIDE_LIMIT",
    "BUY, 35199.95, BTC-USDT, PRICE_INCREMENT"
  })
  void limitPricesStayInsideTheProtectionBand(
      Side side, String price, String symbol, String codes) {
    String size = symbol.equals("TRY-USDT") ? "100" : "0.01";
    ValidationResult result = limit(symbol, side, price, size);

    assertCodes(
        result,
        codes.isBlank()
            ? new ViolationCode[0]
            : java.util.Arrays.stream(codes.split(" "))
                .map(ViolationCode::valueOf)
                .toArray(ViolationCode[]::new));
  }

  @Test
  void aBandRefusalNamesTheReferenceAndTheEdge() {
    Violation band = limit("BTC-USDT", Side.BUY, "40000", "0.01").violations().get(0);

    assertThat(band.code()).isEqualTo(PRICE_OUTSIDE_LIMIT);
    assertThat(band.limit()).isEqualByComparingTo("35200");
    assertThat(band.message())
        .isEqualTo("a buy at 40000 is above 35200, the reference price 32000 plus 0.1 of it");
  }

  @Test
  void noMarkPriceFailsClosed() {
    assertCodes(limit("XYZ-USDT", Side.BUY, "1", "1"), MARK_PRICE_UNAVAILABLE);
  }

  @Test
  void aStaleMarkPriceFailsClosed() {
    clock.advance(Duration.ofSeconds(55));
    assertCodes(limit("BTC-USDT", Side.BUY, "30000", "0.001"));

    clock.advance(Duration.ofMillis(1));

    ValidationResult stale = limit("BTC-USDT", Side.BUY, "30000", "0.001");
    assertCodes(stale, MARK_PRICE_STALE);
    assertThat(stale.violations().get(0).message())
        .isEqualTo("the mark price is 60.001 s old, more than 60 s");
  }

  @Test
  void theCrossRateIsAsOldAsItsOlderMark() {
    market.replace(m -> m.markPrice(aMarkPrice("ETH-BTC", "0.05", NOW.minusSeconds(61))));
    margin.marketRules().refreshMarkPrices();

    assertCodes(limit("ETH-USDT", Side.BUY, "1600", "1"), MARK_PRICE_STALE);
    assertCodes(limit("BTC-USDT", Side.BUY, "30000", "0.001"));
  }

  @Test
  void theBandCheckCanBeSwitchedOff() {
    MarginApplication noBand =
        MarginApplication.create(
            market, MarginApplicationConfig.defaults().withPriceBandCheck(false), clock);
    noBand.marketRules().refreshRules();

    ValidationResult result =
        noBand
            .orderValidation()
            .validate(
                OrderRequest.limit(
                    Symbol.parse("XYZ-USDT"), Side.BUY, new BigDecimal("99999"), BigDecimal.ONE));

    assertCodes(result);
  }

  @Test
  void noRulesLoadedFailsClosed() {
    MarginApplication fresh =
        MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);

    assertCodes(
        fresh
            .orderValidation()
            .validate(OrderRequest.limit(BTC_USDT, Side.BUY, BigDecimal.ONE, BigDecimal.ONE)),
        RULES_UNAVAILABLE);
  }

  @Test
  void staleRulesFailClosedEvenWhenAFailedRefreshKeepsThem() {
    clock.advance(Duration.ofMinutes(30));
    market.failWith(new dev.margin.domain.model.MarketDataUnavailableException("down", null));
    assertThatThrownBy(() -> margin.marketRules().refreshRules()).hasMessage("down");
    market.recover();
    market.replace(m -> m.markPrice(aMarkPrice("USDT-BTC", "0.00003125", clock.instant())));
    margin.marketRules().refreshMarkPrices();

    assertCodes(limit("BTC-USDT", Side.BUY, "30000", "0.001"));

    clock.advance(Duration.ofMillis(1));

    assertCodes(limit("BTC-USDT", Side.BUY, "30000", "0.001"), RULES_STALE);
    assertThat(margin.marketRules().status().lastRulesFailure()).isPresent();
    assertThat(margin.marketRules().status().rulesLoadedAt()).contains(NOW);
  }

  // --- suggestions ------------------------------------------------------------------------------

  @Test
  void anOffTickPriceSuggestsTheNearestTickOnTheSafeSide() {
    assertThat(suggestion(limit("BTC-USDT", Side.BUY, "30000.15", "0.001")).price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("30000.1"));
    assertThat(suggestion(limit("BTC-USDT", Side.SELL, "30000.15", "0.001")).price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("30000.2"));
  }

  @Test
  void aPriceBeyondTheBandSuggestsTheBandEdge() {
    assertThat(suggestion(limit("BTC-USDT", Side.BUY, "40000", "0.001")).price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("35200"));
    assertThat(suggestion(limit("ETH-USDT", Side.SELL, "1000.005", "1")).price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1440"));
  }

  @Test
  void badSizesSuggestTheNearestValidSize() {
    assertThat(suggestion(limit("BTC-USDT", Side.BUY, "30000", "0.0123456789")).size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.01234567"));
    assertThat(suggestion(limit("BTC-USDT", Side.BUY, "30000", "0.000001")).size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.00001"));
    assertThat(suggestion(limit("LOT-USDT", Side.BUY, "32000", "2000")).size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1000"));
    assertThat(suggestion(marketFunds("BTC-USDT", "10.0000009")).funds())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10"));
  }

  @Test
  void aTooSmallOrderValueSuggestsTheSmallestSizeThatReachesIt() {
    OrderSuggestion suggestion = suggestion(limit("BTC-USDT", Side.BUY, "3", "0.00001"));

    assertThat(suggestion.size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.03333334"));
    assertThat(suggestion.price()).isEmpty();
    assertCodes(limit("BTC-USDT", Side.BUY, "3", "0.03333334"));
  }

  @Test
  void aValueWithNoValidNeighbourSuggestsNothing() {
    assertThat(limit("BTC-USDT", Side.BUY, "-1", "0.001").suggestion()).isEmpty();
    assertThat(limit("NOPE-USDT", Side.BUY, "1", "1").suggestion()).isEmpty();
  }

  static OrderSuggestion suggestion(ValidationResult result) {
    assertThat(result.isValid()).isFalse();
    return result.suggestion().orElseThrow();
  }

  // --- the order's own shape --------------------------------------------------------------------

  @Test
  void malformedOrdersAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> OrderRequest.marketByFunds(BTC_USDT, Side.BUY, null))
        .hasMessage("funds is null");
    assertThatThrownBy(() -> OrderRequest.limit(null, Side.BUY, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("symbol is null");
    assertThatThrownBy(() -> OrderRequest.limit(BTC_USDT, null, BigDecimal.ONE, BigDecimal.ONE))
        .hasMessage("side is null");
    assertThatThrownBy(
            () ->
                OrderRequest.limit(
                    BTC_USDT, Side.BUY, new BigDecimal("1e1000000000"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price is out of range");
    assertThatThrownBy(
            () ->
                OrderRequest.marketBySize(BTC_USDT, Side.BUY, new BigDecimal("1" + "0".repeat(70))))
        .hasMessageContaining("size is out of range");
    assertThatThrownBy(() -> margin.orderValidation().validate(null)).hasMessage("order is null");
  }
}
