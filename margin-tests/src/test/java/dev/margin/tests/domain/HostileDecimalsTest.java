package dev.margin.tests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeLimits;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.tests.HostileDecimals;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decimal a host builds a value from, held to {@link DecimalBounds} where it is built: each
 * line of {@code shared/hostile/decimals.txt} at each entry point.
 */
class HostileDecimalsTest {
  static final Duration AT_ONCE = Duration.ofSeconds(2);
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;

  /**
   * A place a decimal enters: the field its refusal names, how a value goes in and comes back out
   * as held, and whether a zero is a value there (else it is refused as not positive).
   */
  record EntryPoint(
      String name, String field, Function<BigDecimal, BigDecimal> held, boolean takesZero) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<EntryPoint> entryPoints() {
    return Stream.of(
        new EntryPoint(
            "cross position assets",
            "assets of BTC",
            v -> MarginPosition.cross(Map.of(BTC, v), Map.of()).asset(BTC),
            true),
        new EntryPoint(
            "cross position liabilities",
            "liabilities of USDT",
            v -> MarginPosition.cross(Map.of(), Map.of(USDT, v)).liability(USDT),
            true),
        new EntryPoint(
            "isolated position assets",
            "assets of USDT",
            v -> MarginPosition.isolated(BTC_USDT, Map.of(USDT, v), Map.of()).asset(USDT),
            true),
        new EntryPoint(
            "isolated position liabilities",
            "liabilities of BTC",
            v -> MarginPosition.isolated(BTC_USDT, Map.of(), Map.of(BTC, v)).liability(BTC),
            true),
        new EntryPoint(
            "borrow amount", "amount", v -> new PositionChange.Borrow(USDT, v).amount(), false),
        new EntryPoint(
            "repay amount", "amount", v -> new PositionChange.Repay(USDT, v).amount(), false),
        new EntryPoint(
            "fill price",
            "price",
            v -> new PositionChange.Fill(BTC_USDT, Side.BUY, v, BigDecimal.ONE).price(),
            false),
        new EntryPoint(
            "fill size",
            "size",
            v -> new PositionChange.Fill(BTC_USDT, Side.SELL, BigDecimal.ONE, v).size(),
            false),
        new EntryPoint(
            "fill-by-funds funds",
            "funds",
            v -> new PositionChange.FillByFunds(BTC_USDT, Side.BUY, v).funds(),
            false),
        new EntryPoint("increment", "increment", v -> new Increment(v).value(), false),
        new EntryPoint(
            "limit order price",
            "price",
            v -> OrderRequest.limit(BTC_USDT, Side.BUY, v, BigDecimal.ONE).price().orElseThrow(),
            true),
        new EntryPoint(
            "limit order size",
            "size",
            v -> OrderRequest.limit(BTC_USDT, Side.BUY, BigDecimal.ONE, v).size().orElseThrow(),
            true),
        new EntryPoint(
            "market order size",
            "size",
            v -> OrderRequest.marketBySize(BTC_USDT, Side.SELL, v).size().orElseThrow(),
            true),
        new EntryPoint(
            "market order funds",
            "funds",
            v -> OrderRequest.marketByFunds(BTC_USDT, Side.BUY, v).funds().orElseThrow(),
            true),
        new EntryPoint(
            "built order price",
            "price",
            v -> OrderRequest.builder(BTC_USDT, Side.BUY).price(v).build().price().orElseThrow(),
            true),
        new EntryPoint(
            "built order size",
            "size",
            v -> OrderRequest.builder(BTC_USDT, Side.BUY).size(v).build().size().orElseThrow(),
            true),
        new EntryPoint(
            "built order funds",
            "funds",
            v ->
                OrderRequest.builder(BTC_USDT, Side.BUY)
                    .marketByFunds(v)
                    .build()
                    .funds()
                    .orElseThrow(),
            true),
        new EntryPoint(
            "iceberg visible size",
            "visibleSize",
            v ->
                OrderRequest.builder(BTC_USDT, Side.SELL)
                    .iceberg(true)
                    .visibleSize(v)
                    .build()
                    .visibleSize()
                    .orElseThrow(),
            true),
        new EntryPoint(
            "pre-trade maximum order value",
            "maxOrderValueByQuote of USDT",
            v ->
                PreTradeLimits.defaults()
                    .withMaxOrderValue(USDT, v)
                    .maxOrderValueByQuote()
                    .get(USDT),
            false),
        new EntryPoint(
            "pre-trade maximum size",
            "maxSizeBySymbol of BTC-USDT",
            v -> PreTradeLimits.defaults().withMaxSize(BTC_USDT, v).maxSizeBySymbol().get(BTC_USDT),
            false),
        new EntryPoint(
            "isolated warning debt ratio",
            "isolatedWarningDebtRatio",
            v ->
                MarginApplicationConfig.defaults()
                    .withIsolatedWarningDebtRatio(v)
                    .isolatedWarningDebtRatio(),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void everyHostileDecimalIsRefusedAtOnceNamingTheField(EntryPoint entry) {
    assertTimeoutPreemptively(
        AT_ONCE,
        () -> {
          for (String text : HostileDecimals.REFUSED) {
            BigDecimal value = HostileDecimals.javaReading(text);
            // a text Java cannot read as an ASCII decimal becomes one only through the library's
            // reading, which refuses it; every other reaches the entry point as a BigDecimal
            Throwable thrown =
                catchThrowable(
                    () ->
                        entry
                            .held()
                            .apply(
                                value != null ? value : DecimalBounds.parse(text, entry.field())));
            assertThat(thrown)
                .as("'%s' at %s", text, entry)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry.field());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void aZeroInDisguiseIsJudgedAsAZeroIs(EntryPoint entry) {
    for (String text : HostileDecimals.ZEROS) {
      BigDecimal zero = DecimalBounds.parse(text, entry.field());
      assertThat(zero.signum()).as(text).isZero();
      if (entry.takesZero()) {
        assertThat(entry.held().apply(zero)).as("'%s' at %s", text, entry).isZero();
      } else {
        assertThatThrownBy(() -> entry.held().apply(zero))
            .as("'%s' at %s", text, entry)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(entry.field() + " ")
            .hasMessageContaining("positive");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void plainValuesAreHeldExactly(EntryPoint entry) {
    for (String text : HostileDecimals.EXACT) {
      BigDecimal value = DecimalBounds.parse(text, entry.field());
      assertThat(value).isEqualTo(new BigDecimal(text));
      assertThat(entry.held().apply(value))
          .as("'%s' at %s", text, entry)
          .isEqualByComparingTo(value);
    }
  }

  @Test
  void theLibrarysReadingRefusesEveryHostileTextAtOnce() {
    assertTimeoutPreemptively(
        AT_ONCE,
        () -> {
          for (String text : HostileDecimals.REFUSED) {
            assertThatThrownBy(() -> DecimalBounds.parse(text, "--price"))
                .as(text)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--price ");
            assertThatThrownBy(() -> Increment.of(text))
                .as(text)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("increment ");
          }
        });
  }

  @Test
  void theReadingSaysWhatIsWrongInOneLine() {
    assertThatThrownBy(() -> DecimalBounds.parse(" 1", "amount"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("amount is not a decimal number: ' 1'");
    assertThatThrownBy(() -> DecimalBounds.parse("\u0661\u0662\u0663", "amount"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("amount is not a decimal number: '\\u0661\\u0662\\u0663'");
    assertThatThrownBy(() -> DecimalBounds.parse("1\n2", "amount"))
        .hasMessage("amount is not a decimal number: '1\\u000a2'");
    assertThatThrownBy(() -> DecimalBounds.parse("x".repeat(50), "amount"))
        .hasMessage("amount is not a decimal number: '" + "x".repeat(40) + "... (50 characters)'");
    assertThatThrownBy(() -> DecimalBounds.parse("9".repeat(5000), "amount"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("amount is not a decimal number of at most 256 characters: 5000 characters");
    assertThatThrownBy(() -> DecimalBounds.parse("1e2147483648", "amount"))
        .hasMessage("amount is out of range: more than 64 digits or an exponent beyond +-64");
    assertThatThrownBy(() -> DecimalBounds.check(new BigDecimal("1e1000000000"), "amount"))
        .hasMessage("amount is out of range: more than 64 digits or an exponent beyond +-64");
    assertThatThrownBy(() -> DecimalBounds.check(null, "amount")).hasMessage("amount is null");
    assertThatThrownBy(() -> DecimalBounds.parse(null, "amount")).hasMessage("amount is null");
  }

  @Test
  void theBoundIsSixtyFourDigitsAndAnExponentOfSixtyFourEitherWay() {
    assertThat(OrderRequest.MAX_DIGITS).isEqualTo(DecimalBounds.MAX_DIGITS).isEqualTo(64);
    for (String inside :
        new String[] {"9".repeat(64), "1E+64", "1E-64", "-1E-64", "0." + "9".repeat(64), "1."}) {
      assertThat(DecimalBounds.parse(inside, "amount")).isEqualTo(new BigDecimal(inside));
    }
    for (String outside :
        new String[] {"9".repeat(65), "1E+65", "1E-65", "0E-65", "0." + "9".repeat(65)}) {
      assertThatThrownBy(() -> DecimalBounds.check(new BigDecimal(outside), "amount"))
          .as(outside)
          .hasMessageContaining("out of range");
    }
    for (String malformed : new String[] {"", "+", "-", ".", "1e+", "e", ".e1", "1.2.3", "١"}) {
      assertThatThrownBy(() -> DecimalBounds.parse(malformed, "amount"))
          .as(malformed)
          .isInstanceOf(NumberFormatException.class);
    }
    assertThat(DecimalBounds.parse(".5", "amount")).isEqualByComparingTo("0.5");
    assertThat(DecimalBounds.parse("+1.5e+3", "amount")).isEqualByComparingTo("1500");
  }
}
