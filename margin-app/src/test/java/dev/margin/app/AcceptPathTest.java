package dev.margin.app;

import static dev.margin.app.TestMarket.mark;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The accept path decides alone every valid order whose decimals fit in a long, at every edge
 * (minimum and maximum size, minimum order value, band edges), and never accepts an invalid one. In
 * margin-app's package to reach the package-private validator.
 */
class AcceptPathTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final String[] TICKS = {"0.1", "0.01", "0.5", "0.05", "1", "25", "0.00000001"};
  static final String[] LOTS = {"0.00000001", "0.001", "0.1", "1", "10", "0.5"};

  @Test
  void validOrdersAtEveryEdgeTakeTheAcceptPath() {
    Random random = new Random(SEED);
    int accepted = 0;
    for (int round = 0; round < Integer.getInteger("margin.catalogs", 100); round++) {
      TestMarket market = new TestMarket();
      market.marks.add(mark("USDT-BTC", "0.00002", NOW));
      List<CrossMarginSymbol> symbols = new ArrayList<>();
      List<BigDecimal> references = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String tick = TICKS[random.nextInt(TICKS.length)];
        String lot = LOTS[random.nextInt(LOTS.length)];
        BigDecimal lotValue = new BigDecimal(lot);
        BigDecimal min = lotValue.multiply(BigDecimal.valueOf(1 + random.nextInt(5)));
        BigDecimal max = min.add(lotValue.multiply(BigDecimal.valueOf(random.nextInt(1000))));
        BigDecimal reference =
            new BigDecimal(tick).multiply(BigDecimal.valueOf(100 + random.nextInt(100_000)));
        CrossMarginSymbol rules =
            TestMarket.cross(
                "S" + i + "-USDT",
                tick,
                lot,
                min.toPlainString(),
                max.toPlainString(),
                random.nextBoolean() ? "0" : "0.1",
                random.nextBoolean() ? "0.1" : "0.05");
        symbols.add(rules);
        references.add(reference);
        market.cross.add(rules);
        market.isolated.add(TestMarket.isolated(rules.symbol().code()));
        market.marks.add(
            mark(
                "S" + i + "-BTC",
                reference.multiply(new BigDecimal("0.00002")).toPlainString(),
                NOW));
      }
      MarginApplication margin =
          MarginApplication.create(
              market, MarginApplicationConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
      margin.marketRules().refreshRules();
      margin.marketRules().refreshMarkPrices();
      OrderValidator validator = (OrderValidator) margin.orderValidation();
      for (int o = 0; o < 50; o++) {
        int index = random.nextInt(symbols.size());
        CrossMarginSymbol rules = symbols.get(index);
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        BigDecimal rate = rules.priceLimitRate();
        BigDecimal reference = references.get(index);
        BigDecimal tick = rules.priceIncrement().value();
        BigDecimal price =
            switch (random.nextInt(3)) {
              case 0 ->
                  reference
                      .multiply(BigDecimal.ONE.add(rate))
                      .divide(tick, 0, RoundingMode.FLOOR)
                      .multiply(tick);
              case 1 ->
                  reference
                      .multiply(BigDecimal.ONE.subtract(rate))
                      .divide(tick, 0, RoundingMode.CEILING)
                      .multiply(tick);
              default -> reference;
            };
        price = price.add(tick.multiply(BigDecimal.valueOf(random.nextInt(3) - 1)));
        BigDecimal size =
            switch (random.nextInt(4)) {
              case 0 -> rules.baseMinSize();
              case 1 -> rules.baseMaxSize();
              case 2 ->
                  rules.minFunds().signum() == 0
                      ? rules.baseMinSize()
                      : rules
                          .minFunds()
                          .divide(price.max(tick), 0, RoundingMode.CEILING)
                          .max(BigDecimal.ONE)
                          .multiply(rules.baseIncrement().value());
              default ->
                  rules
                      .baseMinSize()
                      .add(
                          rules
                              .baseIncrement()
                              .value()
                              .multiply(BigDecimal.valueOf(random.nextInt(3) - 1)));
            };
        if (price.signum() <= 0 || size.signum() <= 0) {
          continue;
        }
        // trailing zeros change nothing
        price = random.nextBoolean() ? price.setScale(price.scale() + 3) : price;
        OrderRequest order = OrderRequest.limit(rules.symbol(), side, price, size);
        if (random.nextInt(4) == 0) {
          order = order.inMode(MarginMode.ISOLATED);
        }
        boolean valid = validator.validate(order).isValid();
        boolean fast = validator.acceptedOnTheFastPath(order);
        String where =
            "seed " + SEED + ": " + rules + " " + order + " -> " + validator.validate(order);
        assertThat(fast).as(where).isEqualTo(valid);
        if (fast) {
          accepted++;
        }
      }
    }
    assertThat(accepted).as("seed %d: orders accepted", SEED).isPositive();
  }

  @Test
  void theAcceptPathRefusesWhatItCannotDecide() {
    Symbol btc = Symbol.parse("BTC-USDT");
    TestMarket market = new TestMarket();
    market.cross.add(
        TestMarket.cross("BTC-USDT", "0.1", "0.00000001", "0.00001", "10000000000", "0.1", "0.1"));
    market.marks.add(mark("USDT-BTC", "0.00002", NOW));
    MarginApplication margin =
        MarginApplication.create(
            market, MarginApplicationConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    OrderValidator validator = (OrderValidator) margin.orderValidation();
    OrderRequest order =
        OrderRequest.limit(btc, Side.BUY, new BigDecimal("50000"), new BigDecimal("0.001"));

    assertThat(validator.acceptedOnTheFastPath(order)).isFalse();
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    assertThat(validator.acceptedOnTheFastPath(order)).isTrue();
    // a 20-digit size: valid, but only the exact path can tell
    OrderRequest longSize =
        OrderRequest.limit(
            btc, Side.BUY, new BigDecimal("50000"), new BigDecimal("0.00100000000000000001"));
    assertThat(validator.acceptedOnTheFastPath(longSize)).isFalse();
    assertThat(
            validator.acceptedOnTheFastPath(
                OrderRequest.marketBySize(btc, Side.BUY, BigDecimal.ONE)))
        .isFalse();
    assertThat(validator.acceptedOnTheFastPath(order.inMode(MarginMode.ISOLATED))).isFalse();
    assertThat(
            validator.acceptedOnTheFastPath(
                OrderRequest.limit(
                    Symbol.parse("ETH-USDT"), Side.BUY, BigDecimal.ONE, BigDecimal.ONE)))
        .isFalse();
  }

  @Test
  void theAcceptPathTakesAWholeOrderWhoseFieldsNeedNoSymbol() {
    Symbol btc = Symbol.parse("BTC-USDT");
    TestMarket market = new TestMarket();
    market.cross.add(
        TestMarket.cross("BTC-USDT", "0.1", "0.00000001", "0.00001", "10000000000", "0.1", "0.1"));
    market.marks.add(mark("USDT-BTC", "0.00002", NOW));
    MarginApplication margin =
        MarginApplication.create(
            market, MarginApplicationConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    OrderValidator validator = (OrderValidator) margin.orderValidation();
    OrderRequestBuilder whole =
        OrderRequest.builder(btc, Side.BUY)
            .limit(new BigDecimal("50000"), new BigDecimal("0.001"))
            .clientOid("grid-1")
            .timeInForce(dev.margin.domain.model.TimeInForce.GTT)
            .cancelAfter(60)
            .postOnly(true)
            .hidden(true)
            .autoBorrow(true)
            .autoRepay(true);

    assertThat(validator.acceptedOnTheFastPath(whole.build())).isTrue();
    // a visible size needs the lot: the exact path decides, and accepts
    OrderRequest iceberg = whole.iceberg(true).visibleSize(new BigDecimal("0.0001")).build();
    assertThat(validator.acceptedOnTheFastPath(iceberg)).isFalse();
    assertThat(validator.validate(iceberg).isValid()).isTrue();
    // a field the rules refuse never takes the accept path
    OrderRequest refused = whole.iceberg(false).visibleSize(null).cancelAfter(0).build();
    assertThat(validator.acceptedOnTheFastPath(refused)).isFalse();
    assertThat(validator.validate(refused).codes())
        .containsExactly(ViolationCode.CANCEL_AFTER_OUT_OF_RANGE);
  }
}
