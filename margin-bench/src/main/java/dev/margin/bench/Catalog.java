package dev.margin.bench;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic catalog of cross-margin symbols, with KuCoin-like increments (ticks from 0.00000001
 * to 0.5, lots from 0.00000001 to 10), a mark price for every base currency in BTC, and valid limit
 * orders inside each symbol's band.
 */
final class Catalog {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final String[] TICKS = {
    "0.1", "0.01", "0.001", "0.0001", "0.00001", "0.00000001", "0.5", "0.05"
  };
  static final String[] LOTS = {"0.00000001", "0.0001", "0.001", "0.01", "0.1", "1", "10"};

  final List<CrossMarginSymbol> symbols = new ArrayList<>();
  final List<MarkPrice> marks = new ArrayList<>();
  final List<Order> orders = new ArrayList<>();

  /** Each symbol's reference price in USDT, by the symbol's place in {@link #symbols}. */
  final List<BigDecimal> references = new ArrayList<>();

  /** One order as plain values: what a host holds before it builds a request. */
  record Order(Symbol symbol, Side side, BigDecimal price, BigDecimal size) {}

  Catalog(int symbolCount, int orderCount, long seed) {
    Random random = new Random(seed);
    BigDecimal usdtInBtc = new BigDecimal("0.00003125");
    marks.add(new MarkPrice(Symbol.parse("USDT-BTC"), NOW, usdtInBtc));
    for (int i = 0; i < symbolCount; i++) {
      Currency base = Currency.of("C" + i);
      Increment tick = Increment.of(TICKS[random.nextInt(TICKS.length)]);
      Increment lot = Increment.of(LOTS[random.nextInt(LOTS.length)]);
      // a price of 100 to 10,000 ticks-worth above the tick itself, in USDT
      BigDecimal reference =
          tick.value().multiply(BigDecimal.valueOf(1_000 + random.nextInt(1_000_000)));
      references.add(reference);
      symbols.add(
          new CrossMarginSymbol(
              Symbol.of(base, Currency.USDT),
              base + "-USDT",
              true,
              "USDS",
              base,
              Currency.USDT,
              lot,
              lot.value(),
              Increment.of("0.000001"),
              new BigDecimal("0.1"),
              new BigDecimal("10000000000"),
              new BigDecimal("99999999"),
              tick,
              Currency.USDT,
              new BigDecimal("0.1"),
              new BigDecimal("0.1")));
      marks.add(new MarkPrice(Symbol.of(base, Currency.BTC), NOW, reference.multiply(usdtInBtc)));
    }
    for (int i = 0; i < orderCount; i++) {
      int index = random.nextInt(symbolCount);
      CrossMarginSymbol rules = symbols.get(index);
      BigDecimal reference = references.get(index);
      Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
      // within 5% of the reference, on the tick
      BigDecimal move = BigDecimal.valueOf(random.nextInt(100) - 50, 3);
      BigDecimal price =
          rules
              .priceIncrement()
              .round(reference.multiply(BigDecimal.ONE.add(move)), RoundingMode.FLOOR);
      // an order value of 10 to 1,000 USDT, on the lot
      BigDecimal value = BigDecimal.valueOf(10 + random.nextInt(990));
      BigDecimal size =
          rules
              .baseIncrement()
              .round(value.divide(price, 20, RoundingMode.DOWN), RoundingMode.FLOOR)
              .max(rules.baseIncrement().value());
      orders.add(new Order(rules.symbol(), side, price, size));
    }
  }

  /**
   * A buy of about 100 USDT at the reference price of the {@code index}th symbol, on its tick and
   * lot: inside its band while the marks move by less than its price limit rate.
   */
  Order atReference(int index) {
    CrossMarginSymbol rules = symbols.get(index);
    BigDecimal price = rules.priceIncrement().round(references.get(index), RoundingMode.FLOOR);
    BigDecimal size =
        rules
            .baseIncrement()
            .round(
                BigDecimal.valueOf(100).divide(price, 20, RoundingMode.DOWN), RoundingMode.CEILING)
            .max(rules.baseIncrement().value());
    return new Order(rules.symbol(), Side.BUY, price, size);
  }

  /**
   * The application over this catalog, rules and mark prices loaded, one second after the marks.
   */
  dev.margin.app.MarginApplication loadedApplication() {
    dev.margin.app.MarginApplication margin =
        dev.margin.app.MarginApplication.create(
            market(),
            dev.margin.app.MarginApplicationConfig.defaults(),
            java.time.Clock.fixed(NOW.plusSeconds(1), java.time.ZoneOffset.UTC));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin;
  }

  InMemoryMarginMarketData market() {
    InMemoryMarginMarketData.Builder market =
        InMemoryMarginMarketData.builder().marginConfig(KucoinExamples.MARGIN_CONFIG);
    symbols.forEach(market::crossSymbol);
    marks.forEach(market::markPrice);
    return market.build();
  }
}
