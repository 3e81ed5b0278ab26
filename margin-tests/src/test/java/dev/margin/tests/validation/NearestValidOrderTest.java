package dev.margin.tests.validation;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderSuggestion;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The nearest valid order passes the whole check, not only the rules the order failed. Symbols with
 * BTC-USDT's increments (tick 0.1, lot 0.00000001), a minimum order value of 100 and a reference
 * price of 50,000 (USDT-BTC marked at 0.00002), so the band is 45,000 to 55,000.
 */
class NearestValidOrderTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(aCrossSymbol("BTC-USDT").withMinFunds("100").build())
          .crossSymbol(
              aCrossSymbol("SMALL-USDT")
                  .withMinFunds("100")
                  .withSizeLimits("0.00001", "0.002")
                  .build())
          .crossSymbol(
              aCrossSymbol("TINY-USDT")
                  .withMinFunds("100")
                  .withSizeLimits("0.00001", "0.001")
                  .build())
          .crossSymbol(
              aCrossSymbol("GAP-USDT")
                  .withBaseIncrement("1")
                  .withSizeLimits("1.5", "1.7")
                  .withQuoteIncrement("1")
                  .withFundsLimits("1.5", "1.7")
                  .build())
          .crossSymbol(aCrossSymbol("HALT-USDT").withTradingEnabled(false).build())
          .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW))
          .markPrice(aMarkPrice("SMALL-BTC", "1", NOW))
          .markPrice(aMarkPrice("TINY-BTC", "1", NOW))
          .markPrice(aMarkPrice("GAP-BTC", "0.00002", NOW))
          .markPrice(aMarkPrice("HALT-BTC", "0.00002", NOW))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), new MutableClock(NOW));

  {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  ValidationResult limit(String symbol, Side side, String price, String size) {
    return margin
        .orderValidation()
        .validate(
            OrderRequest.limit(
                Symbol.parse(symbol), side, new BigDecimal(price), new BigDecimal(size)));
  }

  /** The suggestion, after checking that the order with it in place is valid. */
  OrderSuggestion validSuggestion(String symbol, Side side, String price, String size) {
    ValidationResult result = limit(symbol, side, price, size);
    assertThat(result.isValid()).isFalse();
    assertThat(result.noSuggestionReason()).isEmpty();
    OrderSuggestion suggestion = result.suggestion().orElseThrow();
    ValidationResult again =
        margin
            .orderValidation()
            .validate(
                OrderRequest.limit(
                    Symbol.parse(symbol),
                    side,
                    suggestion.price().orElse(new BigDecimal(price)),
                    suggestion.size().orElse(new BigDecimal(size))));
    assertThat(again.isValid()).as(result + " -> " + again).isTrue();
    return suggestion;
  }

  @Test
  void clampingThePriceIntoTheBandRaisesTheSizeToKeepTheMinimumValue() {
    // 55,000 x 0.00181 = 99.55: the band edge alone would be refused
    OrderSuggestion suggestion = validSuggestion("BTC-USDT", Side.BUY, "60000", "0.00181");

    assertThat(suggestion.price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("55000"));
    assertThat(suggestion.size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.00181819"));
  }

  @Test
  void flooringTheSizeToTheLotRoundsUpWhereTheFloorMissesTheMinimumValue() {
    // 30,000 x 0.00333333 = 99.9999
    OrderSuggestion suggestion = validSuggestion("BTC-USDT", Side.BUY, "30000", "0.003333335");

    assertThat(suggestion.price()).isEmpty();
    assertThat(suggestion.size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.00333334"));
  }

  @Test
  void roundingAPriceDownToTheTickKeepsTheMinimumValue() {
    // 50,000.05 rounds down to 50,000.0; 50,000 x 0.002 = 100 exactly, so the size stays
    OrderSuggestion exact = validSuggestion("BTC-USDT", Side.BUY, "50000.05", "0.002");
    assertThat(exact.size()).isEmpty();
    // 50,000.09 x 0.0019999 = 99.99... rounds to 50,000 x 0.0019999 = 99.995: the size grows
    OrderSuggestion grown = validSuggestion("BTC-USDT", Side.BUY, "50000.09", "0.0019999");
    assertThat(grown.price()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50000"));
    assertThat(grown.size()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.002"));
  }

  @Test
  void cappingTheSizeAtTheMaximumRaisesTheBuyPriceWithinTheBand() {
    // SMALL is worth 50,000 USDT too; 40,000 x 0.002 = 80: the lowest price at which 0.002 reaches
    // 100 is 50,000, inside the band
    OrderSuggestion suggestion = validSuggestion("SMALL-USDT", Side.BUY, "40000", "0.005");

    assertThat(suggestion.price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50000"));
    assertThat(suggestion.size())
        .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.002"));
  }

  @Test
  void aSellTooSmallForTheMinimumValueAsksMore() {
    // a sell has no upper band edge: at most 0.001 may be sold, so the price must reach 100,000
    OrderSuggestion suggestion = validSuggestion("TINY-USDT", Side.SELL, "50000", "0.001");

    assertThat(suggestion.price())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100000"));
    assertThat(suggestion.size()).isEmpty();
  }

  @Test
  void noSizeReachingTheMinimumValueWithinTheBandMeansNoSuggestion() {
    // the most a buy of TINY may be worth: 55,000 x 0.001 = 55
    ValidationResult result = limit("TINY-USDT", Side.BUY, "50000", "0.001");

    assertThat(result.codes()).containsExactly(ViolationCode.NOTIONAL_BELOW_MIN_FUNDS);
    assertThat(result.suggestion()).isEmpty();
    assertThat(result.noSuggestionReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("minimum order value 100")
                    .contains("within the band")
                    .contains("55000"));
  }

  @Test
  void boundsWithNoMultipleBetweenThemMeanNoSuggestion() {
    ValidationResult limit = limit("GAP-USDT", Side.BUY, "1", "1");
    ValidationResult funds =
        margin
            .orderValidation()
            .validate(
                OrderRequest.marketByFunds(
                    Symbol.parse("GAP-USDT"), Side.BUY, new BigDecimal("1")));
    ValidationResult size =
        margin
            .orderValidation()
            .validate(
                OrderRequest.marketBySize(Symbol.parse("GAP-USDT"), Side.BUY, BigDecimal.ONE));

    for (ValidationResult result : new ValidationResult[] {limit, funds, size}) {
      assertThat(result.isValid()).isFalse();
      assertThat(result.suggestion()).as(result.toString()).isEmpty();
      assertThat(result.noSuggestionReason())
          .hasValueSatisfying(reason -> assertThat(reason).contains("no multiple of 1"));
    }
  }

  @Test
  void violationsNoNumberClearsMeanNoSuggestionWithTheirCode() {
    ValidationResult halted = limit("HALT-USDT", Side.BUY, "50000.05", "0.002");
    ValidationResult unknown = limit("NOPE-USDT", Side.BUY, "1", "1");

    assertThat(halted.suggestion()).isEmpty();
    assertThat(halted.noSuggestionReason())
        .hasValueSatisfying(reason -> assertThat(reason).contains("TRADING_DISABLED"));
    assertThat(unknown.noSuggestionReason())
        .hasValueSatisfying(reason -> assertThat(reason).contains("UNKNOWN_SYMBOL"));
  }

  @Test
  void aValidOrderHasNeitherSuggestionNorReason() {
    ValidationResult result = limit("BTC-USDT", Side.BUY, "50000", "0.002");

    assertThat(result.isValid()).isTrue();
    assertThat(result.suggestion()).isEmpty();
    assertThat(result.noSuggestionReason()).isEmpty();
  }
}
