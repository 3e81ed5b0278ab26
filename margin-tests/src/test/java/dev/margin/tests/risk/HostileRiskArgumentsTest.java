package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginRisk;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.HostileDecimals;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The risk checks' own decimal arguments (an order's price, a leverage, stress moves, a borrow's
 * step) and the positions and changes handed to them, each line of {@code
 * shared/hostile/decimals.txt} through the public {@link MarginRisk}: refused at once, naming the
 * argument, before anything is computed.
 */
class HostileRiskArgumentsTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Currency BTC = Currency.BTC;
  static final Currency USDT = Currency.USDT;

  /** 1 BTC and 1,000 USDT, owing 20,000 USDT: SAFE. */
  static final MarginPosition POSITION =
      MarginPosition.cross(
          Map.of(BTC, BigDecimal.ONE, USDT, new BigDecimal("1000")),
          Map.of(USDT, new BigDecimal("20000")));

  static final MarginRisk RISK = risk();

  static MarginRisk risk() {
    InMemoryMarginMarketData market =
        InMemoryMarginMarketData.builder()
            .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
            .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
            .markPrice(aMarkPrice("USDT-BTC", "0.00002", NOW))
            .marginConfig(KucoinExamples.MARGIN_CONFIG)
            .build();
    MarginApplication margin =
        MarginApplication.create(market, MarginApplicationConfig.defaults(), new MutableClock(NOW));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin.risk();
  }

  /**
   * A risk call with one decimal from the host: the name its refusal gives it, the call (answering
   * the decimal as the library held it, or null where it answers something computed from it), and
   * whether a zero is a value there.
   */
  record Argument(
      String name, String field, Function<BigDecimal, BigDecimal> call, boolean takesZero) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Argument> arguments() {
    return Stream.of(
        new Argument(
            "largestSafeOrderSize price",
            "price",
            v -> {
              RISK.largestSafeOrderSize(POSITION, BTC_USDT, Side.BUY, v);
              return null;
            },
            false),
        new Argument(
            "checkLeverage leverage",
            "leverage",
            v -> {
              RISK.checkLeverage(MarginMode.CROSS, null, v);
              return null;
            },
            false),
        new Argument(
            "stress move",
            "move",
            v -> RISK.stress(POSITION, List.of(v), BTC, USDT).get(0).move(),
            true),
        new Argument(
            "largestSafeBorrow step",
            "increment",
            v -> {
              RISK.largestSafeBorrow(POSITION, USDT, new Increment(v));
              return new Increment(v).value();
            },
            false),
        new Argument(
            "a projected borrow",
            "amount",
            v ->
                RISK.project(POSITION, List.of(new PositionChange.Borrow(BTC, v)), USDT)
                    .position()
                    .orElseThrow()
                    .liability(BTC),
            false),
        new Argument(
            "a projected fill's price",
            "price",
            v -> {
              RISK.project(
                  POSITION,
                  List.of(new PositionChange.Fill(BTC_USDT, Side.SELL, v, new BigDecimal("0.5"))),
                  USDT);
              return null;
            },
            false),
        new Argument(
            "an assessed position's asset",
            "assets of BTC",
            v -> {
              MarginPosition position =
                  MarginPosition.cross(Map.of(BTC, v, USDT, BigDecimal.ONE), Map.of());
              RISK.assess(position, USDT);
              return position.asset(BTC);
            },
            true),
        new Argument(
            "an assessed position's liability",
            "liabilities of BTC",
            v -> {
              MarginPosition position =
                  MarginPosition.cross(Map.of(USDT, BigDecimal.ONE), Map.of(BTC, v));
              RISK.assess(position, USDT);
              return position.liability(BTC);
            },
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void everyHostileDecimalIsRefusedAtOnceNamingTheArgument(Argument argument) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          for (String text : HostileDecimals.REFUSED) {
            BigDecimal value = HostileDecimals.javaReading(text);
            Throwable thrown =
                catchThrowable(
                    () ->
                        argument
                            .call()
                            .apply(
                                value != null
                                    ? value
                                    : DecimalBounds.parse(text, argument.field())));
            assertThat(thrown)
                .as("'%s' at %s", text, argument)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(argument.field());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void aZeroInDisguiseIsJudgedAsAZeroIs(Argument argument) {
    for (String text : HostileDecimals.ZEROS) {
      BigDecimal zero = DecimalBounds.parse(text, argument.field());
      if (argument.takesZero()) {
        BigDecimal held = argument.call().apply(zero);
        assertThat(held).as("'%s' at %s", text, argument).isZero();
      } else {
        assertThatThrownBy(() -> argument.call().apply(zero))
            .as("'%s' at %s", text, argument)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(argument.field() + " ")
            .hasMessageContaining("positive");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void plainValuesAreTakenExactly(Argument argument) {
    for (String text : HostileDecimals.EXACT) {
      BigDecimal value = DecimalBounds.parse(text, argument.field());
      BigDecimal held = argument.call().apply(value);
      if (held != null) {
        assertThat(held).as("'%s' at %s", text, argument).isEqualByComparingTo(value);
      }
    }
  }
}
