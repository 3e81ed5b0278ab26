package dev.margin.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderRounding;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The validator and the rounding helpers against slow, obviously correct oracles, over seeded
 * random catalogs and orders: increments that are powers of ten and that are not, bounds and values
 * of any scale, short enough for the fast path and too long for it. Set {@code -Dmargin.seed=N} to
 * replay a failure; the seed is in every failure message.
 */
class ValidationPropertiesTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  /** Set lower with {@code -Dmargin.catalogs=N} where time is short, as under mutation testing. */
  static final int CATALOGS = Integer.getInteger("margin.catalogs", 100);

  static final int SYMBOLS = 20;
  static final int ORDERS_PER_CATALOG = 120;
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");

  final Random random = new Random(SEED);

  /** One random catalog, loaded into an application whose clock never moves. */
  final class Catalog {
    final List<CrossMarginSymbol> symbols = new ArrayList<>();
    final List<BigDecimal> marks = new ArrayList<>();
    final MarginApplication margin;

    Catalog() {
      InMemoryMarginMarketData.Builder market =
          InMemoryMarginMarketData.builder().marginConfig(KucoinExamples.MARGIN_CONFIG);
      market.markPrice(new MarkPrice(Symbol.parse("USDT-BTC"), NOW, decimal(1, 6, 3, 12)));
      for (int i = 0; i < SYMBOLS; i++) {
        CrossMarginSymbol symbol = randomSymbol("S" + i);
        symbols.add(symbol);
        market.crossSymbol(symbol);
        BigDecimal mark = decimal(1, 12, 0, 14);
        marks.add(mark);
        market.markPrice(new MarkPrice(Symbol.of(symbol.symbol().base(), Currency.BTC), NOW, mark));
      }
      margin =
          MarginApplication.create(
              market.build(), MarginApplicationConfig.defaults(), new MutableClock(NOW));
      margin.marketRules().refreshRules();
      margin.marketRules().refreshMarkPrices();
    }

    CrossMarginSymbol pick() {
      return symbols.get(random.nextInt(symbols.size()));
    }

    ValidationResult limit(CrossMarginSymbol rules, Side side, BigDecimal price, BigDecimal size) {
      return margin
          .orderValidation()
          .validate(OrderRequest.limit(rules.symbol(), side, price, size));
    }
  }

  static String limitOrder(
      CrossMarginSymbol rules, Side side, BigDecimal price, BigDecimal size, Object verdict) {
    return rules
        + " "
        + side
        + " "
        + price.toPlainString()
        + " x "
        + size.toPlainString()
        + " -> "
        + verdict;
  }

  CrossMarginSymbol randomSymbol(String base) {
    BigDecimal baseMin = random.nextInt(4) == 0 ? BigDecimal.ZERO : decimal(1, 8, 0, 10);
    BigDecimal quoteMin = random.nextInt(4) == 0 ? BigDecimal.ZERO : decimal(1, 6, 0, 8);
    return new CrossMarginSymbol(
        Symbol.of(Currency.of(base), Currency.USDT),
        base + "-USDT",
        true,
        "USDS",
        Currency.of(base),
        Currency.USDT,
        increment(),
        baseMin,
        increment(),
        quoteMin,
        baseMin.add(decimal(1, 12, -3, 6)),
        quoteMin.add(decimal(1, 12, -3, 6)),
        increment(),
        Currency.USDT,
        decimal(1, 2, 1, 3),
        random.nextBoolean() ? BigDecimal.ZERO : decimal(1, 4, 0, 4));
  }

  /** A power of ten, or one to three digits times one, from 1E-12 to 1E+4. */
  Increment increment() {
    int exponent = random.nextInt(17) - 12;
    BigInteger digits =
        random.nextBoolean() ? BigInteger.ONE : BigInteger.valueOf(1 + random.nextInt(999));
    return new Increment(new BigDecimal(digits, -exponent));
  }

  /**
   * A positive decimal of {@code minDigits..maxDigits} digits and scale {@code minScale..maxScale}.
   */
  BigDecimal decimal(int minDigits, int maxDigits, int minScale, int maxScale) {
    int digits = minDigits + random.nextInt(maxDigits - minDigits + 1);
    StringBuilder text = new StringBuilder().append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < digits; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    int scale = minScale + random.nextInt(maxScale - minScale + 1);
    return new BigDecimal(new BigInteger(text.toString()), scale);
  }

  /** A value near the grid of {@code step}: on it, just off it, or anywhere, at any scale. */
  BigDecimal valueFor(Increment step, BigDecimal around) {
    BigDecimal base =
        around.signum() > 0 && random.nextBoolean()
            ? around
            : step.value().multiply(BigDecimal.valueOf(1 + random.nextInt(100_000)));
    switch (random.nextInt(5)) {
      case 0:
        return base;
      case 1:
        return step.round(base, RoundingMode.FLOOR).max(step.value());
      case 2:
        return base.add(step.value().movePointLeft(1 + random.nextInt(3)));
      case 3:
        // trailing zeros and a long tail: the same value at a larger scale, or past a long's reach
        BigDecimal onGrid = step.round(base, RoundingMode.CEILING);
        return onGrid.setScale(
            Math.max(onGrid.scale(), 0) + 10 + random.nextInt(20), RoundingMode.UNNECESSARY);
      default:
        return decimal(1, 30, -4, 24);
    }
  }

  static boolean oracleMultiple(BigDecimal value, Increment step) {
    return value.remainder(step.value()).signum() == 0;
  }

  String context(int catalog, int order, Object detail) {
    return "seed " + SEED + ", catalog " + catalog + ", order " + order + ": " + detail;
  }

  @Test
  void limitOrderVerdictsAgreeWithTheOracle() {
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        int index = random.nextInt(catalog.symbols.size());
        CrossMarginSymbol rules = catalog.symbols.get(index);
        BigDecimal price = valueFor(rules.priceIncrement(), BigDecimal.ZERO);
        BigDecimal size = valueFor(rules.baseIncrement(), rules.baseMinSize());
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        ValidationResult result = catalog.limit(rules, side, price, size);
        String where = context(c, o, limitOrder(rules, side, price, size, result));

        assertThat(result.has(ViolationCode.PRICE_INCREMENT))
            .as(where)
            .isEqualTo(!oracleMultiple(price, rules.priceIncrement()));
        assertThat(result.has(ViolationCode.SIZE_INCREMENT))
            .as(where)
            .isEqualTo(!oracleMultiple(size, rules.baseIncrement()));
        assertThat(result.has(ViolationCode.SIZE_BELOW_MIN))
            .as(where)
            .isEqualTo(size.compareTo(rules.baseMinSize()) < 0);
        assertThat(result.has(ViolationCode.SIZE_ABOVE_MAX))
            .as(where)
            .isEqualTo(size.compareTo(rules.baseMaxSize()) > 0);
        assertThat(result.has(ViolationCode.NOTIONAL_BELOW_MIN_FUNDS))
            .as(where)
            .isEqualTo(price.multiply(size).compareTo(rules.minFunds()) < 0);
        assertThat(result.has(ViolationCode.PRICE_OUTSIDE_LIMIT))
            .as(where)
            .isEqualTo(outsideBand(price, side, catalog, index));
        assertThat(result.isValid()).as(where).isEqualTo(result.violations().isEmpty());
      }
    }
  }

  /**
   * The band, decided by cross-multiplying: reference = mark(S-BTC) / mark(USDT-BTC), so a buy is
   * inside when {@code price × mark(USDT-BTC) <= mark(S-BTC) × (1 + rate)}.
   */
  boolean outsideBand(BigDecimal price, Side side, Catalog catalog, int index) {
    CrossMarginSymbol rules = catalog.symbols.get(index);
    BigDecimal usdt =
        catalog.margin.marketRules().markPrices().get(Symbol.parse("USDT-BTC")).value();
    BigDecimal mark = catalog.marks.get(index);
    BigDecimal left = price.multiply(usdt);
    if (side == Side.BUY) {
      return left.compareTo(mark.multiply(BigDecimal.ONE.add(rules.priceLimitRate()))) > 0;
    }
    return left.compareTo(mark.multiply(BigDecimal.ONE.subtract(rules.priceLimitRate()))) < 0;
  }

  @Test
  void marketFundsVerdictsAgreeWithTheOracle() {
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        CrossMarginSymbol rules = catalog.pick();
        BigDecimal funds = valueFor(rules.quoteIncrement(), rules.quoteMinSize());
        ValidationResult result =
            catalog
                .margin
                .orderValidation()
                .validate(OrderRequest.marketByFunds(rules.symbol(), Side.BUY, funds));
        String where = context(c, o, rules + " funds " + funds.toPlainString() + " -> " + result);

        assertThat(result.has(ViolationCode.FUNDS_INCREMENT))
            .as(where)
            .isEqualTo(!oracleMultiple(funds, rules.quoteIncrement()));
        assertThat(result.has(ViolationCode.FUNDS_BELOW_MIN))
            .as(where)
            .isEqualTo(funds.compareTo(rules.quoteMinSize()) < 0);
        assertThat(result.has(ViolationCode.FUNDS_ABOVE_MAX))
            .as(where)
            .isEqualTo(funds.compareTo(rules.quoteMaxSize()) > 0);
        assertThat(result.codes())
            .as(where)
            .isSubsetOf(
                ViolationCode.FUNDS_INCREMENT,
                ViolationCode.FUNDS_BELOW_MIN,
                ViolationCode.FUNDS_ABOVE_MAX);
      }
    }
  }

  @Test
  void roundedValuesAreAcceptedAndNeverBeyondTheInput() {
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        CrossMarginSymbol rules = catalog.pick();
        BigDecimal price = valueFor(rules.priceIncrement(), BigDecimal.ZERO);
        BigDecimal size = valueFor(rules.baseIncrement(), rules.baseMinSize());
        BigDecimal funds = valueFor(rules.quoteIncrement(), rules.quoteMinSize());
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        String where =
            context(
                c,
                o,
                rules + " " + side + " " + price.toPlainString() + " " + size.toPlainString());

        BigDecimal roundedPrice = OrderRounding.price(rules, price, side);
        assertThat(oracleMultiple(roundedPrice, rules.priceIncrement())).as(where).isTrue();
        if (side == Side.BUY) {
          assertThat(roundedPrice).as(where).isLessThanOrEqualTo(price);
          assertThat(price.subtract(roundedPrice))
              .as(where)
              .isLessThan(rules.priceIncrement().value());
        } else {
          assertThat(roundedPrice).as(where).isGreaterThanOrEqualTo(price);
          assertThat(roundedPrice.subtract(price))
              .as(where)
              .isLessThan(rules.priceIncrement().value());
        }

        BigDecimal roundedSize = OrderRounding.size(rules, size);
        assertThat(oracleMultiple(roundedSize, rules.baseIncrement())).as(where).isTrue();
        assertThat(roundedSize)
            .as(where)
            .isLessThanOrEqualTo(size)
            .isLessThanOrEqualTo(rules.baseMaxSize());
        assertThat(size.min(rules.baseMaxSize()).subtract(roundedSize))
            .as(where)
            .isLessThan(rules.baseIncrement().value());

        BigDecimal roundedFunds = OrderRounding.funds(rules, funds);
        assertThat(oracleMultiple(roundedFunds, rules.quoteIncrement())).as(where).isTrue();
        assertThat(roundedFunds)
            .as(where)
            .isLessThanOrEqualTo(funds)
            .isLessThanOrEqualTo(rules.quoteMaxSize());

        if (roundedPrice.signum() > 0 && roundedSize.signum() > 0) {
          ValidationResult result = catalog.limit(rules, side, roundedPrice, roundedSize);
          assertThat(result.codes())
              .as(where + " -> " + result)
              .doesNotContain(ViolationCode.PRICE_INCREMENT, ViolationCode.SIZE_INCREMENT);
        }
        if (roundedFunds.signum() > 0) {
          ValidationResult result =
              catalog
                  .margin
                  .orderValidation()
                  .validate(OrderRequest.marketByFunds(rules.symbol(), Side.BUY, roundedFunds));
          assertThat(result.codes())
              .as(where + " -> " + result)
              .doesNotContain(ViolationCode.FUNDS_INCREMENT, ViolationCode.FUNDS_ABOVE_MAX);
        }
      }
    }
  }

  @Test
  void suggestionsPassTheChecksTheyAnswer() {
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        CrossMarginSymbol rules = catalog.pick();
        BigDecimal price = valueFor(rules.priceIncrement(), BigDecimal.ZERO);
        BigDecimal size = valueFor(rules.baseIncrement(), rules.baseMinSize());
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        ValidationResult result = catalog.limit(rules, side, price, size);
        if (result.suggestion().isEmpty()) {
          continue;
        }
        BigDecimal suggestedPrice = result.suggestion().get().price().orElse(price);
        BigDecimal suggestedSize = result.suggestion().get().size().orElse(size);
        ValidationResult again = catalog.limit(rules, side, suggestedPrice, suggestedSize);
        String where = context(c, o, limitOrder(rules, side, price, size, result + " -> " + again));

        if (result.suggestion().get().price().isPresent()) {
          assertThat(again.codes())
              .as(where)
              .doesNotContain(ViolationCode.PRICE_INCREMENT, ViolationCode.PRICE_OUTSIDE_LIMIT);
        }
        if (result.suggestion().get().size().isPresent()) {
          assertThat(again.codes())
              .as(where)
              .doesNotContain(
                  ViolationCode.SIZE_INCREMENT,
                  ViolationCode.SIZE_BELOW_MIN,
                  ViolationCode.SIZE_ABOVE_MAX);
        }
      }
    }
  }

  /**
   * Every suggestion, put in place of the order's own values, passes the whole check; where there
   * is none, a reason says why, and the oracle agrees that no valid order exists: no lot multiple
   * within the size bounds, or (a buy) none worth the minimum value at the band's highest price.
   */
  @Test
  void everySuggestionPassesTheWholeCheckOrNoValidOrderExists() {
    int suggested = 0;
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      BigDecimal usdt =
          catalog.margin.marketRules().markPrices().get(Symbol.parse("USDT-BTC")).value();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        int index = random.nextInt(catalog.symbols.size());
        CrossMarginSymbol rules = catalog.symbols.get(index);
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        int kind = random.nextInt(4);
        BigDecimal price = valueFor(rules.priceIncrement(), BigDecimal.ZERO);
        BigDecimal size = valueFor(rules.baseIncrement(), rules.baseMinSize());
        BigDecimal funds = valueFor(rules.quoteIncrement(), rules.quoteMinSize());
        OrderRequest order =
            kind == 0
                ? OrderRequest.marketBySize(rules.symbol(), side, size)
                : kind == 1
                    ? OrderRequest.marketByFunds(rules.symbol(), side, funds)
                    : OrderRequest.limit(rules.symbol(), side, price, size);
        ValidationResult result = catalog.margin.orderValidation().validate(order);
        if (result.isValid()) {
          assertThat(result.noSuggestionReason()).isEmpty();
          continue;
        }
        String where = context(c, o, rules + " " + order + " -> " + result);
        if (result.suggestion().isPresent()) {
          suggested++;
          var suggestion = result.suggestion().get();
          OrderRequest again =
              kind == 0
                  ? OrderRequest.marketBySize(rules.symbol(), side, suggestion.size().orElse(size))
                  : kind == 1
                      ? OrderRequest.marketByFunds(
                          rules.symbol(), side, suggestion.funds().orElse(funds))
                      : OrderRequest.limit(
                          rules.symbol(),
                          side,
                          suggestion.price().orElse(price),
                          suggestion.size().orElse(size));
          ValidationResult verdict = catalog.margin.orderValidation().validate(again);
          assertThat(verdict.isValid()).as(where + " -> " + verdict).isTrue();
          assertThat(result.noSuggestionReason()).as(where).isEmpty();
          continue;
        }
        assertThat(result.noSuggestionReason()).as(where).isPresent();
        Increment step = kind == 1 ? rules.quoteIncrement() : rules.baseIncrement();
        BigDecimal lowest =
            Suggest.atLeast(
                (kind == 1 ? rules.quoteMinSize() : rules.baseMinSize()).max(step.value()),
                step.value());
        BigDecimal highest =
            step.round(kind == 1 ? rules.quoteMaxSize() : rules.baseMaxSize(), RoundingMode.FLOOR);
        boolean latticeEmpty = lowest.compareTo(highest) > 0;
        if (kind < 2 || side == Side.SELL) {
          assertThat(latticeEmpty).as(where).isTrue();
          continue;
        }
        BigDecimal tick = rules.priceIncrement().value();
        BigDecimal edge =
            catalog
                .marks
                .get(index)
                .multiply(BigDecimal.ONE.add(rules.priceLimitRate()))
                .divide(usdt.multiply(tick), 0, RoundingMode.FLOOR)
                .multiply(tick);
        assertThat(
                latticeEmpty
                    || edge.signum() <= 0
                    || edge.multiply(highest).compareTo(rules.minFunds()) < 0)
            .as(where + ", highest buy price " + edge)
            .isTrue();
      }
    }
    assertThat(suggested)
        .as("seed %d: orders with a suggestion", SEED)
        .isGreaterThan(CATALOGS * 20);
  }

  @Test
  void ordersAtTheBandEdgesAgreeWithTheOracle() {
    int accepted = 0;
    int refused = 0;
    for (int c = 0; c < CATALOGS; c++) {
      Catalog catalog = new Catalog();
      BigDecimal usdt =
          catalog.margin.marketRules().markPrices().get(Symbol.parse("USDT-BTC")).value();
      for (int o = 0; o < ORDERS_PER_CATALOG; o++) {
        int index = random.nextInt(catalog.symbols.size());
        CrossMarginSymbol rules = catalog.symbols.get(index);
        BigDecimal tick = rules.priceIncrement().value();
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        BigDecimal factor =
            side == Side.BUY
                ? BigDecimal.ONE.add(rules.priceLimitRate())
                : BigDecimal.ONE.subtract(rules.priceLimitRate());
        // the edge on the tick grid: reference x factor, rounded inward, then one tick either side
        BigDecimal ticks =
            catalog
                .marks
                .get(index)
                .multiply(factor)
                .divide(
                    usdt.multiply(tick),
                    0,
                    side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);
        BigDecimal price = ticks.add(BigDecimal.valueOf(random.nextInt(3) - 1)).multiply(tick);
        if (price.signum() <= 0) {
          continue;
        }
        // a size on the lot, inside the bounds, worth at least the minimum funds
        BigDecimal lot = rules.baseIncrement().value();
        BigDecimal size =
            Suggest.atLeast(rules.baseMinSize().max(lot), lot)
                .max(
                    Suggest.atLeast(rules.minFunds().divide(price, 40, RoundingMode.CEILING), lot));
        if (size.compareTo(rules.baseMaxSize()) > 0) {
          continue;
        }
        ValidationResult result = catalog.limit(rules, side, price, size);
        String where = context(c, o, limitOrder(rules, side, price, size, result));

        assertThat(result.isValid()).as(where).isEqualTo(!outsideBand(price, side, catalog, index));
        assertThat(result.codes()).as(where).isSubsetOf(ViolationCode.PRICE_OUTSIDE_LIMIT);
        if (result.isValid()) {
          accepted++;
        } else {
          refused++;
        }
      }
    }
    assertThat(accepted)
        .as("seed %d: orders accepted at the edge", SEED)
        .isGreaterThan(CATALOGS * 10);
    assertThat(refused)
        .as("seed %d: orders refused past the edge", SEED)
        .isGreaterThan(CATALOGS * 10);
  }

  /** Test-side rounding, written out so as not to lean on the code under test. */
  static final class Suggest {
    static BigDecimal atLeast(BigDecimal value, BigDecimal step) {
      return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }
  }
}
