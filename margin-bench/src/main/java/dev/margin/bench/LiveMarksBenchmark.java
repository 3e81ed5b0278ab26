package dev.margin.bench;

import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.RiskMonitor;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live mark prices: a batch of 1,000 ticks (one per symbol of a 1,000-symbol catalog, each a
 * new {@code MarkPrice} as the adapter makes it) handed to the cache's listener and swapped in as
 * one snapshot; and the risk monitor re-assessing 1,000 watched positions of 10 currencies each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LiveMarksBenchmark {
  private MarginApplication margin;
  private MarketRulesCache rules;
  private final CapturingStream stream = new CapturingStream();
  private Symbol[] symbols;
  private BigDecimal[][] values;
  private OrderRequest[] atReference;
  private OrderValidation validation;
  private long round;

  @Setup(Level.Trial)
  public void setUp() {
    Catalog catalog = new Catalog(1_000, 0, 42);
    margin =
        MarginApplication.create(
            catalog.market(),
            stream,
            MarginApplicationConfig.builder().liveMarkPrices(LiveMarkPrices.on()).build(),
            Clock.fixed(Catalog.NOW.plusSeconds(1), ZoneOffset.UTC));
    rules = margin.marketRules();
    rules.refreshRules();
    rules.refreshMarkPrices(); // and follows the polled symbols on the stream
    if (stream.listener == null) {
      throw new IllegalStateException("the cache did not follow the stream");
    }
    validation = margin.orderValidation();
    atReference = new OrderRequest[catalog.symbols.size()];
    for (int i = 0; i < atReference.length; i++) {
      Catalog.Order order = catalog.atReference(i);
      atReference[i] =
          OrderRequest.limit(order.symbol(), order.side(), order.price(), order.size());
      if (!validation.validate(atReference[i]).isValid()) {
        throw new IllegalStateException("invalid: " + atReference[i]);
      }
    }
    symbols = new Symbol[catalog.marks.size()];
    values = new BigDecimal[2][catalog.marks.size()];
    for (int i = 0; i < symbols.length; i++) {
      MarkPrice mark = catalog.marks.get(i);
      symbols[i] = mark.symbol();
      values[0][i] = mark.value();
      values[1][i] = mark.value().multiply(new BigDecimal("1.01")).stripTrailingZeros();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    margin.close();
  }

  /** A second application over the same catalog, 1,000 positions watched, nothing streaming. */
  @State(Scope.Thread)
  public static class Watching {
    MarginApplication margin;
    RiskMonitor monitor;

    @Setup(Level.Trial)
    public void setUp() {
      margin = new Catalog(1_000, 0, 42).loadedApplication();
      monitor = margin.riskMonitor();
      Random random = new Random(11);
      for (int p = 0; p < 1_000; p++) {
        Map<Currency, BigDecimal> assets = new HashMap<>();
        while (assets.size() < 9) {
          assets.put(
              Currency.of("C" + random.nextInt(1_000)),
              BigDecimal.valueOf(1 + random.nextInt(1_000_000), 4));
        }
        monitor.watch(
            "p" + p,
            MarginPosition.cross(assets, Map.of(Currency.USDT, new BigDecimal("1234.5678"))));
      }
      if (monitor.latest().size() != 1_000) {
        throw new IllegalStateException("the monitor should watch 1,000 positions");
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      margin.close();
    }
  }

  /** 1,000 ticks, each later than the last batch, taken and swapped in as one snapshot. */
  @Benchmark
  public int applyThousandTicks() {
    round++;
    Instant marked = Catalog.NOW.plusMillis(round);
    BigDecimal[] batch = values[(int) (round & 1)];
    MarkPriceListener listener = stream.listener;
    for (int i = 0; i < symbols.length; i++) {
      listener.onMarkPrice(new MarkPrice(symbols[i], marked, batch[i]));
    }
    int changed = rules.applyStreamedMarkPrices();
    if (changed != symbols.length) {
      throw new IllegalStateException("expected every symbol to change: " + changed);
    }
    return changed;
  }

  /**
   * {@link #applyThousandTicks}, then one order on each of the 1,000 symbols validated: every
   * symbol's band is worked out after the swap, on the first check that asks for it. Less {@link
   * #checkEachSymbol} and {@link #applyThousandTicks}, what the bands cost when every symbol is
   * traded between two swaps.
   */
  @Benchmark
  public int applyThousandTicksThenCheckEachSymbol() {
    applyThousandTicks();
    return checkEachSymbol();
  }

  /** One order on each of the 1,000 symbols validated, every band already worked out. */
  @Benchmark
  public int checkEachSymbol() {
    int valid = 0;
    for (OrderRequest order : atReference) {
      if (validation.validate(order).isValid()) {
        valid++;
      }
    }
    if (valid != atReference.length) {
      throw new IllegalStateException("expected every order valid: " + valid);
    }
    return valid;
  }

  /**
   * The check of a symbol just after a swap, the symbol checked on the snapshot before: its band
   * was worked out by the swap, so the check finds it ready. The swap is in the setup, not timed.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean checkAfterSwapOfATradedSymbol(AfterSwap after) {
    return validation.validate(atReference[0]).isValid();
  }

  /**
   * The check of a symbol just after a swap, the symbol not checked on the snapshot before: the
   * check works its band out. The swaps are in the setup, not timed.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public boolean checkAfterSwapOfAnUntradedSymbol(AfterSwapUntraded after) {
    return validation.validate(atReference[0]).isValid();
  }

  /** Before each check: the symbol checked, then a swap of 1,000 ticks. */
  @State(Scope.Thread)
  public static class AfterSwap {
    @Setup(Level.Invocation)
    public void swap(LiveMarksBenchmark benchmark) {
      benchmark.validation.validate(benchmark.atReference[0]);
      benchmark.applyThousandTicks();
    }
  }

  /** Before each check: two swaps of 1,000 ticks, no check between them. */
  @State(Scope.Thread)
  public static class AfterSwapUntraded {
    @Setup(Level.Invocation)
    public void swap(LiveMarksBenchmark benchmark) {
      benchmark.applyThousandTicks();
      benchmark.applyThousandTicks();
    }
  }

  /** Every one of 1,000 watched 10-currency positions re-assessed on the monitor's thread. */
  @Benchmark
  public int monitorThousandPositions(Watching watching) {
    return watching.monitor.assessAll();
  }

  /** An application whose cache is started: its own schedule swaps ticks in at the default pace. */
  @State(Scope.Thread)
  public static class Paced {
    MarginApplication margin;
    MarketRulesCache rules;
    final CapturingStream stream = new CapturingStream();
    Symbol symbol;
    BigDecimal[] values;
    long round;

    @Setup(Level.Trial)
    public void setUp() {
      Catalog catalog = new Catalog(1_000, 0, 42);
      margin =
          MarginApplication.create(
              catalog.market(),
              stream,
              MarginApplicationConfig.builder()
                  .markPriceRefreshInterval(java.time.Duration.ofHours(1))
                  .liveMarkPrices(LiveMarkPrices.on())
                  .build(),
              Clock.fixed(Catalog.NOW.plusSeconds(1), ZoneOffset.UTC));
      rules = margin.marketRules();
      rules.refreshRules();
      rules.refreshMarkPrices();
      rules.start();
      symbol = catalog.marks.get(1).symbol();
      BigDecimal value = catalog.marks.get(1).value();
      values =
          new BigDecimal[] {value, value.multiply(new BigDecimal("1.01")).stripTrailingZeros()};
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      margin.close();
    }
  }

  /**
   * From a tick's arrival at the cache's listener to the rules the validator reads holding it, at
   * the default pace of 100 ms: the wait for the next scheduled swap, and the swap. Each tick comes
   * just after the swap that showed the one before, so it waits about the whole pace: the worst
   * case (a tick at a random moment waits half the pace on average).
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MarkPrice tickToValidatorWorstCase(Paced paced) {
    paced.round++;
    MarkPrice tick =
        new MarkPrice(
            paced.symbol,
            Catalog.NOW.plusMillis(paced.round),
            paced.values[(int) (paced.round & 1)]);
    paced.stream.listener.onMarkPrice(tick);
    MarkPrice seen;
    do {
      Thread.onSpinWait();
      seen = paced.rules.markPrices().get(paced.symbol);
    } while (!tick.equals(seen));
    return seen;
  }

  /** A stream whose one subscription hands its listener to the benchmark, connected. */
  static final class CapturingStream implements MarkPriceStream {
    volatile MarkPriceListener listener;

    @Override
    public Subscription subscribe(Set<Symbol> symbols, MarkPriceListener listener) {
      this.listener = listener;
      listener.onConnect();
      return new Subscription() {
        @Override
        public long droppedMessages() {
          return 0;
        }

        @Override
        public void close() {}
      };
    }
  }
}
