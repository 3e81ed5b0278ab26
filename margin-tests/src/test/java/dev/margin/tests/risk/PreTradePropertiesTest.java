package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.BatchVerdict;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the one-call check: its verdict is the rules' verdict plus the projection of
 * the borrow and the fill computed apart through {@code MarginRisk}; and a batch's verdicts are the
 * single checks on the position the orders before each leave.
 */
class PreTradePropertiesTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Symbol ETH_USDT = Symbol.parse("ETH-USDT");
  static final Set<ViolationCode> ACCOUNT_CODES =
      EnumSet.of(
          ViolationCode.INSUFFICIENT_BALANCE,
          ViolationCode.BORROW_NOT_ALLOWED,
          ViolationCode.STATUS_ABOVE_LIMIT);

  final MarginApplication margin =
      MarginApplication.create(
          InMemoryMarginMarketData.builder()
              .crossSymbol(aCrossSymbol("BTC-USDT").build())
              .crossSymbol(aCrossSymbol("ETH-USDT").withPriceIncrement("0.01").build())
              .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW))
              .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW))
              .marginConfig(
                  new MarginConfig(
                      List.of(Currency.BTC, Currency.USDT),
                      5,
                      new BigDecimal("0.95"),
                      new BigDecimal("0.97")))
              .build(),
          MarginApplicationConfig.defaults(),
          new MutableClock(NOW));

  {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  int serial;

  OrderRequest randomOrder(Random random) {
    boolean btc = random.nextBoolean();
    Symbol symbol = btc ? BTC_USDT : ETH_USDT;
    BigDecimal reference = btc ? new BigDecimal("32000") : new BigDecimal("1600");
    BigDecimal tick = btc ? new BigDecimal("0.1") : new BigDecimal("0.01");
    BigDecimal price =
        reference.add(tick.multiply(BigDecimal.valueOf(random.nextInt(2001) - 1000)));
    BigDecimal size =
        btc
            ? new BigDecimal("0.001").multiply(BigDecimal.valueOf(1 + random.nextInt(100)))
            : new BigDecimal("0.01").multiply(BigDecimal.valueOf(1 + random.nextInt(300)));
    return OrderRequest.builder(symbol, random.nextBoolean() ? Side.BUY : Side.SELL)
        .limit(price, size)
        .clientOid("p-" + serial++)
        .autoBorrow(random.nextBoolean())
        .autoRepay(random.nextBoolean())
        .build();
  }

  static MarginPosition randomPosition(Random random) {
    Map<Currency, BigDecimal> assets = new HashMap<>();
    Map<Currency, BigDecimal> liabilities = new HashMap<>();
    assets.put(Currency.USDT, BigDecimal.valueOf(random.nextInt(5000)));
    assets.put(Currency.BTC, BigDecimal.valueOf(random.nextInt(200), 3));
    assets.put(Currency.of("ETH"), BigDecimal.valueOf(random.nextInt(300), 2));
    liabilities.put(Currency.USDT, BigDecimal.valueOf(random.nextInt(3000)));
    liabilities.put(Currency.BTC, BigDecimal.valueOf(random.nextInt(50), 3));
    return MarginPosition.cross(assets, liabilities);
  }

  /** The borrow, fill and repayment the order makes, as a host would work them out. */
  static List<PositionChange> changes(MarginPosition position, OrderRequest order) {
    BigDecimal price = order.price().orElseThrow();
    BigDecimal size = order.size().orElseThrow();
    boolean buy = order.side() == Side.BUY;
    Currency held = buy ? order.symbol().quote() : order.symbol().base();
    BigDecimal holds = buy ? price.multiply(size) : size;
    List<PositionChange> changes = new ArrayList<>();
    BigDecimal shortfall = holds.subtract(position.asset(held));
    if (shortfall.signum() > 0) {
      changes.add(new PositionChange.Borrow(held, shortfall));
    }
    changes.add(new PositionChange.Fill(order.symbol(), order.side(), price, size));
    if (order.autoRepay()) {
      Currency received = buy ? order.symbol().base() : order.symbol().quote();
      BigDecimal repay = position.liability(received).min(buy ? size : price.multiply(size));
      if (repay.signum() > 0) {
        changes.add(new PositionChange.Repay(received, repay));
      }
    }
    return changes;
  }

  @Test
  void theVerdictIsTheRulesVerdictPlusTheProjection() {
    Random random = new Random(SEED);
    int cases = Integer.getInteger("margin.cases", 3_000);
    int borrowed = 0;
    for (int i = 0; i < cases; i++) {
      MarginPosition position = randomPosition(random);
      OrderRequest order = randomOrder(random);
      String seen = "seed " + SEED + ", case " + i + ": " + position + " " + order;

      PreTradeVerdict verdict = margin.preTradeCheck().check(position, order);

      assertThat(verdict.rules()).as(seen).isEqualTo(margin.orderValidation().validate(order));
      boolean buy = order.side() == Side.BUY;
      Currency held = buy ? order.symbol().quote() : order.symbol().base();
      BigDecimal holds =
          buy
              ? order.price().orElseThrow().multiply(order.size().orElseThrow())
              : order.size().orElseThrow();
      boolean short_ = holds.compareTo(position.asset(held)) > 0;
      Set<ViolationCode> expected = EnumSet.noneOf(ViolationCode.class);
      if (short_ && !order.autoBorrow()) {
        expected.add(ViolationCode.INSUFFICIENT_BALANCE);
        assertThat(verdict.after()).as(seen).isEmpty();
      } else {
        if (short_ && margin.risk().checkBorrow(position, held).isPresent()) {
          expected.add(ViolationCode.BORROW_NOT_ALLOWED);
        }
        RiskProjection apart =
            margin.risk().project(position, changes(position, order), Currency.BTC);
        RiskAssessment before = apart.before();
        RiskAssessment after = apart.after().orElseThrow();
        assertThat(verdict.after().orElseThrow().status()).as(seen).isEqualTo(after.status());
        assertThat(verdict.after().orElseThrow().debtRatio()).as(seen).isEqualTo(after.debtRatio());
        // exactly, on the totals (in BTC, so not divided): liabilities over assets,
        // cross-multiplied
        boolean raises = raises(before, after);
        if (raises && after.status() != RiskStatus.SAFE) {
          expected.add(ViolationCode.STATUS_ABOVE_LIMIT);
        }
        if (short_) {
          borrowed++;
          assertThat(verdict.borrow().orElseThrow().amount())
              .as(seen)
              .isEqualByComparingTo(holds.subtract(position.asset(held)));
        } else {
          assertThat(verdict.borrow()).as(seen).isEmpty();
        }
      }
      Set<ViolationCode> account = EnumSet.noneOf(ViolationCode.class);
      verdict.codes().stream().filter(ACCOUNT_CODES::contains).forEach(account::add);
      assertThat(account).as(seen).isEqualTo(expected);
      assertThat(verdict.maySend())
          .as(seen)
          .isEqualTo(verdict.rules().isValid() && expected.isEmpty());
    }
    assertThat(borrowed).as("seed %d: orders that borrow", SEED).isPositive();
  }

  /**
   * Whether the ratio after is above the ratio before: no debt is 0, debt without assets the top.
   */
  static boolean raises(RiskAssessment before, RiskAssessment after) {
    BigDecimal a0 = before.totalAssets();
    BigDecimal l0 = before.totalLiabilities();
    BigDecimal a1 = after.totalAssets();
    BigDecimal l1 = after.totalLiabilities();
    boolean infinite0 = l0.signum() > 0 && a0.signum() <= 0;
    boolean infinite1 = l1.signum() > 0 && a1.signum() <= 0;
    if (infinite0 || infinite1) {
      return infinite1 && !infinite0;
    }
    if (l1.signum() == 0) {
      return false;
    }
    return l0.signum() == 0 || l1.multiply(a0).compareTo(l0.multiply(a1)) > 0;
  }

  @Test
  void aBatchIsTheSingleChecksOnTheEvolvingPosition() {
    Random random = new Random(SEED);
    int batches = Integer.getInteger("margin.catalogs", 100);
    int sent = 0;
    for (int b = 0; b < batches; b++) {
      MarginPosition position = randomPosition(random);
      List<OrderRequest> orders = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
        orders.add(randomOrder(random));
      }

      BatchVerdict batch = margin.preTradeCheck().checkAll(position, orders);

      MarginPosition running = position;
      for (int i = 0; i < orders.size(); i++) {
        PreTradeVerdict single = margin.preTradeCheck().check(running, orders.get(i));
        PreTradeVerdict inBatch = batch.verdicts().get(i);
        String seen = "seed " + SEED + ", batch " + b + ", order " + i;
        assertThat(inBatch.violations()).as(seen).isEqualTo(single.violations());
        assertThat(inBatch.after()).as(seen).isEqualTo(single.after());
        assertThat(inBatch.borrow()).as(seen).isEqualTo(single.borrow());
        if (single.maySend()) {
          sent++;
          running =
              margin
                  .risk()
                  .project(running, changes(running, orders.get(i)), Currency.BTC)
                  .position()
                  .orElseThrow();
        }
      }
    }
    assertThat(sent).as("seed %d: orders that may be sent", SEED).isPositive();
  }
}
