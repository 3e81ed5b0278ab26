package dev.margin.bench;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
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
 * The debt-ratio check of a 50-currency cross account (assets in 50 currencies, liabilities in 5)
 * against a 1,000-symbol mark-price snapshot, reported in USDT.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RiskBenchmark {
  private MarginRisk risk;
  private MarginPosition position;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = new Catalog(1_000, 0, 42);
    MarginApplication margin = catalog.loadedApplication();
    risk = margin.risk();
    Random random = new Random(7);
    Map<Currency, BigDecimal> assets = new HashMap<>();
    for (int i = 0; i < 50; i++) {
      assets.put(Currency.of("C" + (i * 19)), BigDecimal.valueOf(1 + random.nextInt(1_000_000), 4));
    }
    Map<Currency, BigDecimal> liabilities = new HashMap<>();
    liabilities.put(Currency.USDT, new BigDecimal("12345.678901"));
    for (int i = 0; i < 4; i++) {
      liabilities.put(
          Currency.of("C" + (i * 19)), BigDecimal.valueOf(1 + random.nextInt(1_000), 4));
    }
    position = MarginPosition.cross(assets, liabilities);
    if (assess().marksUsed().size() != 51) {
      throw new IllegalStateException("the benchmark account should value 51 currencies");
    }
  }

  /** The whole check: value 50 + 5 balances, total, ratio, status, totals in USDT. */
  @Benchmark
  public RiskAssessment assess() {
    return risk.assess(position, Currency.USDT);
  }
}
