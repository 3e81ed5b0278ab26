package dev.margin.bench;

import dev.margin.app.BatchVerdict;
import dev.margin.app.MarginApplication;
import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-call pre-trade check: a whole limit order (a {@code clientOid}, GTT with {@code
 * cancelAfter}, auto-borrow) against the rules of a 1,000-symbol catalog and a cross account of ten
 * currencies, and a batch of twenty such orders, each on the position the ones before it leave.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreTradeBenchmark {
  static final int ORDERS = 1_024;
  static final int BATCHES = 64;
  static final int BATCH = 20;

  private PreTradeCheck check;
  private MarginPosition position;
  private OrderRequest[] orders;
  private List<List<OrderRequest>> batches;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = new Catalog(1_000, ORDERS * 2, 42);
    MarginApplication margin = catalog.loadedApplication();
    check = margin.preTradeCheck();
    Map<Currency, BigDecimal> assets = new HashMap<>();
    assets.put(Currency.USDT, new BigDecimal("1000000"));
    for (int i = 0; i < 9; i++) {
      assets.put(Currency.of("C" + (i * 97)), BigDecimal.valueOf(10 + i, 1));
    }
    position = MarginPosition.cross(assets, Map.of(Currency.USDT, new BigDecimal("50000")));
    List<OrderRequest> buys = new ArrayList<>();
    int serial = 0;
    for (Catalog.Order order : catalog.orders) {
      if (order.side() == dev.margin.domain.model.Side.BUY) {
        buys.add(
            OrderRequest.builder(order.symbol(), order.side())
                .limit(order.price(), order.size())
                .clientOid("bench-" + serial++)
                .timeInForce(TimeInForce.GTT)
                .cancelAfter(60)
                .autoBorrow(true)
                .build());
      }
    }
    orders = buys.subList(0, ORDERS).toArray(new OrderRequest[0]);
    batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      batches.add(
          List.copyOf(
              buys.subList(
                  b * BATCH % (buys.size() - BATCH), b * BATCH % (buys.size() - BATCH) + BATCH)));
    }
    for (OrderRequest order : orders) {
      PreTradeVerdict verdict = check.check(position, order);
      if (!verdict.maySend()) {
        throw new IllegalStateException("a benchmark order may not be sent: " + verdict);
      }
    }
    for (List<OrderRequest> batch : batches) {
      if (!check.checkAll(position, batch).allMaySend()) {
        throw new IllegalStateException("a benchmark batch may not be sent");
      }
    }
  }

  /** One whole order against rules, account and limits. */
  @Benchmark
  public PreTradeVerdict check() {
    return check.check(position, orders[next++ & (ORDERS - 1)]);
  }

  /** Twenty orders, each against the position the ones before it leave. */
  @Benchmark
  public BatchVerdict checkAll20() {
    return check.checkAll(position, batches.get(next++ & (BATCHES - 1)));
  }
}
