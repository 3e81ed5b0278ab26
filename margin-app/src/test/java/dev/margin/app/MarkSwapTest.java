package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A swap of mark prices works out what a snapshot made from scratch over the same marks does: every
 * currency's value in BTC (numbered apart, below their count), and every symbol's reference price
 * and band (worked out when first asked for, then kept); whatever mix of direct, inverse and other
 * pairs is marked, in whatever order.
 */
class MarkSwapTest {
  private static final Instant T0 = Instant.parse("2026-03-08T12:00:00Z");
  private static final List<String> PAIRS =
      List.of(
          "A-BTC",
          "BTC-A",
          "B-BTC",
          "BTC-B",
          "BTC-C",
          "USDT-BTC",
          "BTC-USDT",
          "BTC-BTC",
          "A-USDT",
          "C-USDT",
          "D-E",
          "BTC-D");
  private static final List<String> CROSS =
      List.of("A-USDT", "B-USDT", "C-USDT", "A-B", "B-C", "BTC-USDT", "USDT-BTC", "C-BTC", "D-A");

  @Test
  void swapsMatchSnapshotsMadeFromScratch() {
    MarketSnapshot.Rules rules = rules();
    Random random = new Random(7);
    for (int run = 0; run < 20; run++) {
      MarketSnapshot snapshot = MarketSnapshot.EMPTY.withRules(rules);
      for (int round = 1; round <= 30; round++) {
        List<MarkPrice> ticks = new ArrayList<>();
        for (int i = random.nextInt(6); i >= 0; i--) {
          String pair = PAIRS.get(random.nextInt(PAIRS.size()));
          // sometimes marked before the price held, which then stays
          Instant at = T0.plusSeconds(round * 10L - random.nextInt(15));
          String value = random.nextInt(8) == 0 ? "1" : (1 + random.nextInt(999)) + ".5";
          ticks.add(TestMarket.mark(pair, value, at));
        }
        List<Symbol> changed = new ArrayList<>();
        MarkPriceSource source =
            random.nextInt(4) == 0 ? MarkPriceSource.POLLING : MarkPriceSource.STREAM;
        MarketSnapshot.Marks marks =
            MarketSnapshot.Marks.merged(
                snapshot.marks, ticks, source, T0.plusSeconds(round), changed);
        if (marks != snapshot.marks) {
          MarketSnapshot before = snapshot;
          snapshot = snapshot.withMarks(marks);
          assertThat(snapshot.entries).as("the rules' entries, shared").isSameAs(before.entries);
        }
        assertSameAsFromScratch(snapshot, rules);
        assertOrigins(snapshot.marks, changed, source);
        assertThat(new HashSet<>(changed)).as("each symbol once").hasSameSizeAs(changed);
      }
    }
  }

  @Test
  void aSwapWorksOutTheBandsOfTheSymbolsCheckedBeforeIt() {
    MarketSnapshot.Rules rules = rules();
    MarketSnapshot.Marks first =
        MarketSnapshot.Marks.merged(
            null,
            List.of(TestMarket.mark("A-BTC", "2", T0), TestMarket.mark("USDT-BTC", "0.5", T0)),
            MarkPriceSource.STREAM,
            T0,
            new ArrayList<>());
    MarketSnapshot before = MarketSnapshot.EMPTY.withRules(rules).withMarks(first);
    SymbolEntry checked = before.entries.get(Symbol.parse("A-USDT"));
    before.band(checked);
    MarketSnapshot.Marks second =
        MarketSnapshot.Marks.merged(
            first,
            List.of(TestMarket.mark("A-BTC", "3", T0.plusSeconds(1))),
            MarkPriceSource.STREAM,
            T0.plusSeconds(1),
            new ArrayList<>());
    MarketSnapshot after = before.withMarks(second);

    assertThat(after.workOutBandsUsedIn(before)).isOne();
    assertThat(after.workOutBandsUsedIn(before)).as("already worked out").isZero();
    MarketSnapshot.Marks third =
        MarketSnapshot.Marks.merged(
            second,
            List.of(TestMarket.mark("A-BTC", "4", T0.plusSeconds(2))),
            MarkPriceSource.STREAM,
            T0.plusSeconds(2),
            new ArrayList<>());
    assertThat(after.withMarks(third).workOutBandsUsedIn(after))
        .as("worked out ahead, but asked for by no check")
        .isZero();
    // A-USDT = 3 / 0.5 = 6: the new marks' band, not the old one's
    assertThat(after.band(checked).reference.numerator()).isEqualByComparingTo("3");
    assertThat(after.band(checked)).isNotSameAs(before.band(checked));
    assertThat(after.withMarks(third).workOutBandsUsedIn(after)).as("asked for now").isOne();
    assertThat(MarketSnapshot.EMPTY.withRules(rules).withMarks(second).workOutBandsUsedIn(before))
        .as("another refresh's entries")
        .isZero();
  }

  /** The rules of {@link #CROSS}, each with the same increments and bounds. */
  private static MarketSnapshot.Rules rules() {
    List<CrossMarginSymbol> cross = new ArrayList<>();
    for (String code : CROSS) {
      cross.add(TestMarket.cross(code, "0.0001", "0.001", "0.001", "1000", "0.1", "0.1"));
    }
    return new MarketSnapshot.Rules(cross, List.of(), new TestMarket().marginConfig(), T0);
  }

  private static void assertSameAsFromScratch(MarketSnapshot swapped, MarketSnapshot.Rules rules) {
    Map<Currency, BtcValue> expected = BtcValue.all(new ArrayList<>(swapped.markPrices().values()));
    Set<Integer> indices = new HashSet<>();
    assertThat(swapped.valuesInBtc().size()).isEqualTo(expected.size());
    expected.forEach(
        (currency, value) -> {
          BtcValue actual = swapped.valuesInBtc().get(currency);
          assertThat(withoutIndex(actual)).as(currency.code()).isEqualTo(withoutIndex(value));
          indices.add(actual.index());
        });
    assertThat(indices).hasSize(expected.size()).allMatch(i -> i >= 0 && i < expected.size());

    MarketSnapshot scratch = new MarketSnapshot(rules, swapped.marks);
    for (String code : CROSS) {
      Symbol symbol = Symbol.parse(code);
      SymbolEntry entry = swapped.entries.get(symbol);
      Band band = swapped.band(entry);
      Band fresh = scratch.band(scratch.entries.get(symbol));
      assertThat(swapped.band(entry)).as("kept once worked out").isSameAs(band);
      assertThat(parts(band.reference))
          .as(code)
          .isEqualTo(parts(fresh.reference))
          .isEqualTo(parts(ReferencePrice.of(symbol, swapped.marksTable(), swapped.valuesInBtc())));
      assertThat(band.referenceMillis).isEqualTo(fresh.referenceMillis);
      assertThat(band.maxBuyTicks).isEqualTo(fresh.maxBuyTicks);
      assertThat(band.minSellTicks).isEqualTo(fresh.minSellTicks);
      assertThat(band.maxBuyPrice())
          .isEqualTo(fresh.maxBuyPrice())
          .isEqualTo(edge(entry, band, true));
      assertThat(band.minSellPrice())
          .isEqualTo(fresh.minSellPrice())
          .isEqualTo(edge(entry, band, false));
      assertThat(band.inTicks).isEqualTo(fresh.inTicks);
    }
  }

  /**
   * Every mark has an origin, those just changed the source's; one source noted where all agree.
   */
  private static void assertOrigins(
      MarketSnapshot.Marks marks, List<Symbol> changed, MarkPriceSource source) {
    assertThat(marks.origins().keySet()).isEqualTo(marks.bySymbol().keySet());
    for (Symbol symbol : changed) {
      assertThat(marks.origins().get(symbol).source()).isEqualTo(source);
    }
    Set<MarkPriceSource> sources = new HashSet<>();
    marks.origins().values().forEach(origin -> sources.add(origin.source()));
    assertThat(marks.onlySource())
        .isEqualTo(sources.size() == 1 ? sources.iterator().next() : null);
  }

  /** An edge of the band worked out from the reference alone, on the tick grid. */
  private static BigDecimal edge(SymbolEntry entry, Band band, boolean buy) {
    if (band.reference == null) {
      return null;
    }
    BigDecimal tick = entry.rules.priceIncrement().value();
    BigDecimal rate = entry.rules.priceLimitRate();
    return band.reference
        .numerator()
        .multiply(buy ? BigDecimal.ONE.add(rate) : BigDecimal.ONE.subtract(rate))
        .divide(
            band.reference.denominator().multiply(tick),
            0,
            buy ? RoundingMode.FLOOR : RoundingMode.CEILING)
        .multiply(tick);
  }

  /** What a reference is: its fraction, its time and its text; null for none. */
  private static List<Object> parts(ReferencePrice reference) {
    return reference == null
        ? null
        : List.of(
            reference.numerator(),
            reference.denominator(),
            reference.markedAt(),
            reference.source());
  }

  private static List<Object> withoutIndex(BtcValue value) {
    return List.of(
        value.numerator(),
        value.denominator(),
        value.value(),
        value.display(),
        value.source(),
        value.markedAt(),
        value.pair());
  }
}
