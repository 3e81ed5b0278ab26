package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The feed keeps every tick until the swap takes them, the newest per symbol decided by the merge,
 * and compacts them to the newest per symbol when no swap comes for a while.
 */
class StreamFeedTest {
  private static final Instant T0 = Instant.parse("2026-03-08T12:00:00Z");
  private static final List<Symbol> SYMBOLS =
      List.of(Symbol.parse("A-BTC"), Symbol.parse("B-BTC"), Symbol.parse("USDT-BTC"));

  private final CapturingStream stream = new CapturingStream();
  private final StreamFeed feed =
      new StreamFeed(stream, LiveMarkPrices.on(), Clock.fixed(T0, ZoneOffset.UTC));

  @Test
  void ticksAreTakenInTheOrderTheyCameAndTheMergeKeepsTheNewest() {
    feed.follow(Set.copyOf(SYMBOLS));
    stream.listener.onMarkPrice(TestMarket.mark("A-BTC", "2", T0.plusSeconds(2)));
    stream.listener.onMarkPrice(TestMarket.mark("A-BTC", "1", T0.plusSeconds(1)));
    stream.listener.onMarkPrice(TestMarket.mark("B-BTC", "3", T0.plusSeconds(1)));

    Collection<MarkPrice> taken = feed.drain();

    assertThat(taken).extracting(p -> p.value().toPlainString()).containsExactly("2", "1", "3");
    assertThat(feed.drain()).isEmpty();
    MarketSnapshot.Marks marks =
        MarketSnapshot.Marks.merged(null, taken, MarkPriceSource.STREAM, T0, new ArrayList<>());
    assertThat(marks.bySymbol().get(Symbol.parse("A-BTC")).value()).isEqualByComparingTo("2");
  }

  @Test
  void withoutASwapTheTicksAreCompactedToTheNewestPerSymbol() {
    feed.follow(Set.copyOf(SYMBOLS));
    Map<Symbol, MarkPrice> last = new HashMap<>();
    int count = StreamFeed.COMPACT_AT * 3 + 7;
    for (int i = 0; i < count; i++) {
      Symbol symbol = SYMBOLS.get(i % SYMBOLS.size());
      MarkPrice price =
          TestMarket.mark(symbol.code(), Integer.toString(1 + i), T0.plusMillis(i / 2));
      stream.listener.onMarkPrice(price);
      last.put(symbol, price);
    }

    Collection<MarkPrice> taken = feed.drain();

    assertThat(taken).hasSizeLessThan(StreamFeed.COMPACT_AT);
    Map<Symbol, MarkPrice> newest = new HashMap<>();
    for (MarkPrice price : taken) {
      MarkPrice held = newest.get(price.symbol());
      if (held == null || price.timePoint().isAfter(held.timePoint())) {
        newest.put(price.symbol(), price);
      }
    }
    assertThat(newest).isEqualTo(last);
  }

  @Test
  void aCompactionKeepsTheFirstOfTwoTicksMarkedAlike() {
    feed.follow(Set.copyOf(SYMBOLS));
    for (int i = 0; i < StreamFeed.COMPACT_AT; i++) {
      stream.listener.onMarkPrice(TestMarket.mark("A-BTC", Integer.toString(1 + i), T0));
    }

    assertThat(feed.drain())
        .singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("1"));
  }

  /** A stream that hands its one listener to the test. */
  private static final class CapturingStream implements MarkPriceStream {
    MarkPriceListener listener;
    final List<Set<Symbol>> subscribed = new ArrayList<>();

    @Override
    public Subscription subscribe(Set<Symbol> symbols, MarkPriceListener listener) {
      this.listener = listener;
      subscribed.add(symbols);
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
