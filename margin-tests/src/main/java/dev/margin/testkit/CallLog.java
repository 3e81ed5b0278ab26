package dev.margin.testkit;

import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.port.MarginMarketData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** The in-memory market's calls: how often each was made, and the failure each is set to throw. */
final class CallLog {
  private static final MarketDataCall[] CALLS = MarketDataCall.values();

  private final AtomicReferenceArray<MarketDataException> failures =
      new AtomicReferenceArray<>(CALLS.length);
  private final AtomicLongArray counts = new AtomicLongArray(CALLS.length);

  /**
   * The calls of a port: {@link MarginMarketData} names all of them.
   *
   * @throws IllegalArgumentException if {@code port} is not a market-data port
   */
  static List<MarketDataCall> of(Class<?> port) {
    Objects.requireNonNull(port, "port is null");
    List<MarketDataCall> calls = new ArrayList<>();
    for (MarketDataCall call : CALLS) {
      if (port == MarginMarketData.class || call.port() == port) {
        calls.add(call);
      }
    }
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("not a market-data port: " + port.getName());
    }
    return calls;
  }

  void fail(List<MarketDataCall> calls, MarketDataException failure) {
    for (MarketDataCall call : calls) {
      failures.set(call.ordinal(), failure);
    }
  }

  void recover() {
    fail(List.of(CALLS), null);
  }

  /** Counts a call. */
  void count(MarketDataCall call) {
    counts.incrementAndGet(call.ordinal());
  }

  /** Throws the failure a call is set to, if any. */
  void check(MarketDataCall call) {
    MarketDataException failure = failures.get(call.ordinal());
    if (failure != null) {
      throw failure;
    }
  }

  long calls(List<MarketDataCall> calls) {
    long sum = 0;
    for (MarketDataCall call : calls) {
      sum += counts.get(call.ordinal());
    }
    return sum;
  }

  void reset() {
    for (MarketDataCall call : CALLS) {
      counts.set(call.ordinal(), 0);
    }
  }
}
