package dev.margin.app;

import dev.margin.app.internal.CodeSet;
import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.CodeTableCopy;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One immutable view of the market: the trading rules and the mark prices as last loaded, and every
 * symbol's entry prepared for the hot path. Replaced whole, never changed.
 */
final class MarketSnapshot {
  static final MarketSnapshot EMPTY = new MarketSnapshot((Rules) null, null);

  final Rules rules;
  final Marks marks;
  final CodeTable<Symbol, SymbolEntry> entries;

  /** Each entry's band, by its index, once a check has asked for it; never exposed. */
  private final Band[] bands;

  /** Which entries' bands a check has asked for here, by index: the symbols being traded. */
  private final boolean[] asked;

  /** The entries by their index; shared, as the entries are, by the snapshots of one refresh. */
  private final SymbolEntry[] byIndex;

  /** When the rules were loaded, in epoch milliseconds; {@code Long.MIN_VALUE} if never. */
  final long rulesLoadedMillis;

  /**
   * What one rules refresh loaded, and the cross-margin currencies as a set, so a borrow's check
   * does not scan the config's list.
   */
  record Rules(
      List<CrossMarginSymbol> crossSymbols,
      List<IsolatedMarginSymbol> isolatedSymbols,
      MarginConfig config,
      Instant loadedAt,
      Set<Currency> marginCurrencies) {
    Rules(
        List<CrossMarginSymbol> crossSymbols,
        List<IsolatedMarginSymbol> isolatedSymbols,
        MarginConfig config,
        Instant loadedAt) {
      this(crossSymbols, isolatedSymbols, config, loadedAt, Set.copyOf(config.currencyList()));
    }
  }

  /**
   * The mark prices in use, where each came from, and every currency's value in BTC worked out from
   * them.
   *
   * @param table the mark prices by symbol
   * @param bySymbol the same, read as an unmodifiable map
   * @param origins where each came from: the same symbols
   * @param onlySource the source of every origin where they all have the same; else null
   */
  record Marks(
      CodeTable<Symbol, MarkPrice> table,
      Map<Symbol, MarkPrice> bySymbol,
      Instant loadedAt,
      CodeTable<Currency, BtcValue> inBtc,
      Map<Symbol, MarkPriceOrigin> origins,
      MarkPriceSource onlySource) {
    Marks(
        CodeTable<Symbol, MarkPrice> table,
        Instant loadedAt,
        CodeTable<Currency, BtcValue> inBtc,
        Map<Symbol, MarkPriceOrigin> origins,
        MarkPriceSource onlySource) {
      this(table, table.asMap(Symbol.class), loadedAt, inBtc, origins, onlySource);
    }

    /**
     * What a poll that replaces every price loads: each symbol's origin kept where it was already
     * polled.
     */
    static Marks polled(List<MarkPrice> all, Marks before, Instant now) {
      Map<Symbol, MarkPrice> bySymbol = new HashMap<>(all.size() * 2);
      Map<Symbol, MarkPriceOrigin> origins = new HashMap<>(all.size() * 2);
      Map<Symbol, MarkPriceOrigin> previous = before == null ? Map.of() : before.origins;
      MarkPriceOrigin fresh = new MarkPriceOrigin(MarkPriceSource.POLLING, now);
      for (MarkPrice price : all) {
        bySymbol.put(price.symbol(), price);
        MarkPriceOrigin origin = previous.get(price.symbol());
        origins.put(
            price.symbol(),
            origin != null && origin.source() == MarkPriceSource.POLLING ? origin : fresh);
      }
      return new Marks(
          new CodeTable<>(bySymbol, PackedCode::of),
          now,
          new CodeTable<>(BtcValue.all(bySymbol.values()), PackedCode::of),
          Map.copyOf(origins),
          MarkPriceSource.POLLING);
    }

    /**
     * These marks with {@code prices} from {@code source} merged in: a price replaces the one held
     * for its symbol only if it is marked later (or none is held).
     *
     * @param changed receives each symbol whose price was replaced, once
     * @return the new marks, or {@code before} itself (possibly null) if nothing changed
     */
    static Marks merged(
        Marks before,
        Collection<MarkPrice> prices,
        MarkPriceSource source,
        Instant now,
        List<Symbol> changed) {
      CodeTableCopy<Symbol, MarkPrice> next = (before == null ? NO_MARKS : before.table).copy();
      Map<Symbol, MarkPriceOrigin> heldOrigins = before == null ? Map.of() : before.origins;
      Map<Symbol, MarkPriceOrigin> nextOrigins = heldOrigins;
      boolean allFromSource = before != null && before.onlySource == source;
      BtcValue.Changes replaced = new BtcValue.Changes(prices.size());
      CodeSet<Symbol> seen = new CodeSet<>(prices.size());
      MarkPriceOrigin fresh = null;
      for (MarkPrice price : prices) {
        Symbol symbol = price.symbol();
        int hash = symbol.hashCode();
        long baseCode = PackedCode.of(symbol.base());
        long quoteCode = PackedCode.of(symbol.quote());
        long code = PackedCode.of(symbol, baseCode, quoteCode);
        int slot = next.slot(symbol, hash, code);
        MarkPrice old = next.at(slot);
        if (old != null && !price.timePoint().isAfter(old.timePoint())) {
          continue;
        }
        next.putAt(slot, symbol, hash, code, price);
        replaced.add(price, baseCode, quoteCode);
        if (seen.add(symbol, hash, code)) {
          changed.add(symbol);
        }
        if (old != null && allFromSource) {
          continue;
        }
        MarkPriceOrigin origin = heldOrigins.get(symbol);
        if (origin == null || origin.source() != source) {
          if (nextOrigins == heldOrigins) {
            nextOrigins = new HashMap<>(heldOrigins);
          }
          if (fresh == null) {
            fresh = new MarkPriceOrigin(source, now);
          }
          nextOrigins.put(symbol, fresh);
        }
      }
      if (replaced.isEmpty()) {
        return before;
      }
      CodeTable<Symbol, MarkPrice> table = next.table();
      return new Marks(
          table,
          now,
          BtcValue.updated(before == null ? NO_VALUES : before.inBtc, table, replaced),
          nextOrigins == heldOrigins ? heldOrigins : Collections.unmodifiableMap(nextOrigins),
          nextOrigins == heldOrigins ? before.onlySource : onlySource(nextOrigins.values()));
    }

    private static MarkPriceSource onlySource(Collection<MarkPriceOrigin> origins) {
      MarkPriceSource only = null;
      for (MarkPriceOrigin origin : origins) {
        if (only != null && origin.source() != only) {
          return null;
        }
        only = origin.source();
      }
      return only;
    }
  }

  private static final CodeTable<Symbol, MarkPrice> NO_MARKS =
      new CodeTable<>(Map.of(), PackedCode::of);

  private static final CodeTable<Currency, BtcValue> NO_VALUES =
      new CodeTable<>(Map.of(), PackedCode::of);

  MarketSnapshot(Rules rules, Marks marks) {
    this.rules = rules;
    this.marks = marks;
    Map<Symbol, SymbolEntry> made = rules == null ? Map.of() : entries(rules);
    this.entries = new CodeTable<>(made, PackedCode::of);
    this.bands = new Band[rules == null ? 0 : rules.crossSymbols().size()];
    this.asked = new boolean[bands.length];
    this.byIndex = new SymbolEntry[bands.length];
    for (SymbolEntry entry : made.values()) {
      byIndex[entry.index] = entry;
    }
    this.rulesLoadedMillis = rules == null ? Long.MIN_VALUE : rules.loadedAt().toEpochMilli();
  }

  /**
   * The same rules with new marks: the same entries, and no band worked out yet. A swap costs the
   * merge of the marks alone, whatever the number of symbols they move.
   */
  private MarketSnapshot(MarketSnapshot before, Marks marks) {
    this.rules = before.rules;
    this.marks = marks;
    this.rulesLoadedMillis = before.rulesLoadedMillis;
    this.entries = before.entries;
    this.bands = new Band[before.bands.length];
    this.asked = new boolean[before.bands.length];
    this.byIndex = before.byIndex;
  }

  /**
   * Works out here the band of every symbol a check asked for in {@code before}: the symbols being
   * traded, whose next check then finds its band ready rather than working it out. Called by the
   * thread that swapped this snapshot in, once it has; a check that comes first works its band out
   * itself, the same band. A band worked out here counts as asked for only once a check asks: a
   * symbol no longer traded stops being worked out ahead after one swap.
   *
   * @param before the snapshot this one replaced
   * @return how many bands it worked out
   */
  int workOutBandsUsedIn(MarketSnapshot before) {
    if (before.entries != entries) {
      return 0;
    }
    int count = 0;
    for (int index = 0; index < bands.length; index++) {
      if (before.asked[index] && bands[index] == null) {
        bands[index] = workOut(byIndex[index]);
        count++;
      }
    }
    return count;
  }

  /**
   * The band of one of this snapshot's entries, worked out from its marks the first time it is
   * asked for and kept, and noted as asked for. Threads that ask at once may each work it out: the
   * same band, from the same immutable marks, whichever is kept.
   */
  Band band(SymbolEntry entry) {
    int index = entry.index;
    Band band = bands[index];
    if (band == null) {
      band = workOut(entry);
      bands[index] = band;
    }
    if (!asked[index]) {
      asked[index] = true;
    }
    return band;
  }

  private Band workOut(SymbolEntry entry) {
    return Band.of(entry, entry.reference(marksTable(), valuesInBtc()));
  }

  MarketSnapshot withRules(Rules newRules) {
    return new MarketSnapshot(newRules, marks);
  }

  MarketSnapshot withMarks(Marks newMarks) {
    return new MarketSnapshot(this, newMarks);
  }

  /**
   * The cross-margin rules of a symbol; rules must be loaded.
   *
   * @throws NoSuchSymbolException if the symbol has none
   */
  CrossMarginSymbol cross(Symbol symbol) {
    SymbolEntry entry = entries.get(symbol);
    if (entry == null) {
      throw new NoSuchSymbolException(symbol.code(), "not a cross-margin symbol");
    }
    return entry.rules;
  }

  /** The isolated-margin rules of a symbol, if it has any; rules must be loaded. */
  Optional<IsolatedMarginSymbol> isolated(Symbol symbol) {
    SymbolEntry entry = entries.get(symbol);
    if (entry != null) {
      return Optional.ofNullable(entry.isolated);
    }
    return rules.isolatedSymbols().stream().filter(s -> s.symbol().equals(symbol)).findFirst();
  }

  /**
   * The reference price of a symbol in this snapshot: its band's, or by the same route for a symbol
   * without cross-margin rules.
   */
  ReferencePrice reference(Symbol symbol) {
    SymbolEntry entry = entries.get(symbol);
    return entry != null
        ? band(entry).reference
        : ReferencePrice.of(symbol, marksTable(), valuesInBtc());
  }

  Map<Symbol, MarkPrice> markPrices() {
    return marks == null ? Map.of() : marks.bySymbol();
  }

  Map<Symbol, MarkPriceOrigin> markPriceOrigins() {
    return marks == null ? Map.of() : marks.origins();
  }

  CodeTable<Symbol, MarkPrice> marksTable() {
    return marks == null ? NO_MARKS : marks.table();
  }

  CodeTable<Currency, BtcValue> valuesInBtc() {
    return marks == null ? NO_VALUES : marks.inBtc();
  }

  private static Map<Symbol, SymbolEntry> entries(Rules rules) {
    Map<Symbol, IsolatedMarginSymbol> isolated = new HashMap<>();
    for (IsolatedMarginSymbol symbol : rules.isolatedSymbols()) {
      isolated.put(symbol.symbol(), symbol);
    }
    Map<Symbol, SymbolEntry> entries = new HashMap<>(rules.crossSymbols().size() * 2);
    int index = 0;
    for (CrossMarginSymbol symbol : rules.crossSymbols()) {
      entries.put(symbol.symbol(), new SymbolEntry(symbol, isolated.get(symbol.symbol()), index++));
    }
    return entries;
  }
}
