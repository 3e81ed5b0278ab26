package dev.margin.bench;

import dev.margin.app.MarginApplication;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.ValidationResult;
import dev.margin.micrometer.MarginMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
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
 * What counting the verdicts costs: the validator of {@link OrderValidationBenchmark} beside the
 * same validator wrapped by {@link MarginMetrics#counting(OrderValidation,
 * io.micrometer.core.instrument.MeterRegistry)} on a {@link SimpleMeterRegistry}, on the same 1,024
 * valid orders across the 1,000-symbol catalog, and on 1,024 refused ones (each the valid order
 * with its size off the lot).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CountingValidationBenchmark {
  static final int ORDERS = OrderValidationBenchmark.ORDERS;

  SimpleMeterRegistry registry;
  private OrderValidation plain;
  private OrderValidation counting;
  private OrderRequest[] valid;
  private OrderRequest[] refused;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = new Catalog(OrderValidationBenchmark.SYMBOLS, ORDERS, 42);
    MarginApplication margin = catalog.loadedApplication();
    plain = margin.orderValidation();
    registry = new SimpleMeterRegistry();
    counting = MarginMetrics.counting(plain, registry);
    valid = new OrderRequest[ORDERS];
    refused = new OrderRequest[ORDERS];
    BigDecimal offTheLot = new BigDecimal("1E-12");
    for (int i = 0; i < ORDERS; i++) {
      Catalog.Order order = catalog.orders.get(i);
      valid[i] = OrderRequest.limit(order.symbol(), order.side(), order.price(), order.size());
      refused[i] =
          OrderRequest.limit(
              order.symbol(), order.side(), order.price(), order.size().add(offTheLot));
      if (!plain.validate(valid[i]).isValid() || plain.validate(refused[i]).isValid()) {
        throw new IllegalStateException("a benchmark order is not what it should be: " + i);
      }
    }
  }

  /** The validator alone, on a valid order. */
  @Benchmark
  public ValidationResult plainValid() {
    return plain.validate(valid[next++ & (ORDERS - 1)]);
  }

  /** The counting validator, on a valid order: one increment more. */
  @Benchmark
  public ValidationResult countingValid() {
    return counting.validate(valid[next++ & (ORDERS - 1)]);
  }

  /** The validator alone, on a refused order (the exact path, with the suggestion). */
  @Benchmark
  public ValidationResult plainRefused() {
    return plain.validate(refused[next++ & (ORDERS - 1)]);
  }

  /** The counting validator, on a refused order: one increment per violation and one more. */
  @Benchmark
  public ValidationResult countingRefused() {
    return counting.validate(refused[next++ & (ORDERS - 1)]);
  }
}
