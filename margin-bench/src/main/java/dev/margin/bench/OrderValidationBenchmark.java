package dev.margin.bench;

import dev.margin.app.MarginApplication;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.TimeInForce;
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
 * Validating a valid limit order against a 1,000-symbol catalog: margin's validator (increments,
 * bounds, order value, price band against the mark price, staleness) beside the straightforward
 * {@link BaselineValidator} (increments, bounds, order value only). Each invocation takes the next
 * of 1,024 prepared orders across the catalog.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrderValidationBenchmark {
  static final int SYMBOLS = 1_000;
  static final int ORDERS = 1_024;

  private OrderValidation validation;
  private BaselineValidator baseline;
  private Catalog.Order[] orders;
  private OrderRequest[] requests;
  private OrderRequest[] parsedRequests;
  private String[] clientOids;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = new Catalog(SYMBOLS, ORDERS, 42);
    MarginApplication margin = catalog.loadedApplication();
    validation = margin.orderValidation();
    baseline = new BaselineValidator(catalog.symbols);
    orders = catalog.orders.toArray(new Catalog.Order[0]);
    requests = new OrderRequest[ORDERS];
    parsedRequests = new OrderRequest[ORDERS];
    clientOids = new String[ORDERS];
    for (int i = 0; i < ORDERS; i++) {
      Catalog.Order order = orders[i];
      requests[i] = OrderRequest.limit(order.symbol(), order.side(), order.price(), order.size());
      parsedRequests[i] =
          OrderRequest.limit(
              Symbol.parse(order.symbol().code()), order.side(), order.price(), order.size());
      clientOids[i] = "grid-" + i;
      if (!validation.validate(requests[i]).isValid()
          || !validation.validate(wholeOrder(i)).isValid()
          || !validation.validate(parsedRequests[i]).isValid()
          || !baseline.accepts(order.symbol(), order.price(), order.size())) {
        throw new IllegalStateException("a benchmark order is not valid: " + requests[i]);
      }
    }
  }

  /** margin's validator on a prepared request. */
  @Benchmark
  public ValidationResult marginValidator() {
    return validation.validate(requests[next++ & (ORDERS - 1)]);
  }

  /**
   * margin's validator on a prepared request whose symbol was parsed from its code, as a host
   * reading orders from elsewhere builds it: equal to the catalog's symbol, not the same object.
   */
  @Benchmark
  public ValidationResult marginValidatorParsedSymbol() {
    return validation.validate(parsedRequests[next++ & (ORDERS - 1)]);
  }

  /** margin's validator, building the request from plain values first. */
  @Benchmark
  public ValidationResult marginValidatorWithRequest() {
    Catalog.Order order = orders[next++ & (ORDERS - 1)];
    return validation.validate(
        OrderRequest.limit(order.symbol(), order.side(), order.price(), order.size()));
  }

  /**
   * margin's validator, building the whole KuCoin order first: a {@code clientOid}, GTT with {@code
   * cancelAfter}, post-only, the self-trade prevention and auto-borrow, as a host sends it.
   */
  @Benchmark
  public ValidationResult marginValidatorWithWholeOrder() {
    return validation.validate(wholeOrder(next++ & (ORDERS - 1)));
  }

  private OrderRequest wholeOrder(int index) {
    Catalog.Order order = orders[index];
    return OrderRequest.builder(order.symbol(), order.side())
        .limit(order.price(), order.size())
        .clientOid(clientOids[index])
        .timeInForce(TimeInForce.GTT)
        .cancelAfter(60)
        .postOnly(true)
        .stp(SelfTradePrevention.CN)
        .autoBorrow(true)
        .build();
  }

  /** The straightforward check. */
  @Benchmark
  public boolean baseline() {
    Catalog.Order order = orders[next++ & (ORDERS - 1)];
    return baseline.accepts(order.symbol(), order.price(), order.size());
  }

  /** The straightforward check, with the symbols of {@link #marginValidatorParsedSymbol}. */
  @Benchmark
  public boolean baselineParsedSymbol() {
    int index = next++ & (ORDERS - 1);
    Catalog.Order order = orders[index];
    return baseline.accepts(parsedRequests[index].symbol(), order.price(), order.size());
  }
}
