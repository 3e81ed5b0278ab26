package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import java.time.Instant;
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
  static final MarketSnapshot EMPTY = new MarketSnapshot(null, null);

  final Rules rules;
  final Marks marks;
  final CodeTable<Symbol, SymbolEntry> entries;

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

  /** What one mark-price refresh loaded, and every currency's value in BTC worked out from it. */
  record Marks(
      Map<Symbol, MarkPrice> bySymbol, Instant loadedAt, CodeTable<Currency, BtcValue> inBtc) {
    Marks(Map<Symbol, MarkPrice> bySymbol, Instant loadedAt) {
      this(bySymbol, loadedAt, new CodeTable<>(BtcValue.all(bySymbol), PackedCode::of));
    }
  }

  private static final CodeTable<Currency, BtcValue> NO_VALUES =
      new CodeTable<>(Map.of(), PackedCode::of);

  MarketSnapshot(Rules rules, Marks marks) {
    this.rules = rules;
    this.marks = marks;
    this.entries =
        new CodeTable<>(rules == null ? Map.of() : entries(rules, marks), PackedCode::of);
    this.rulesLoadedMillis = rules == null ? Long.MIN_VALUE : rules.loadedAt().toEpochMilli();
  }

  MarketSnapshot withRules(Rules newRules) {
    return new MarketSnapshot(newRules, marks);
  }

  MarketSnapshot withMarks(Marks newMarks) {
    return new MarketSnapshot(rules, newMarks);
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
   * The reference price of a symbol in this snapshot: the one its entry holds, worked out once per
   * refresh, or by the same route for a symbol without cross-margin rules.
   */
  ReferencePrice reference(Symbol symbol) {
    SymbolEntry entry = entries.get(symbol);
    return entry != null ? entry.reference : ReferencePrice.of(symbol, markPrices(), valuesInBtc());
  }

  Map<Symbol, MarkPrice> markPrices() {
    return marks == null ? Map.of() : marks.bySymbol();
  }

  CodeTable<Currency, BtcValue> valuesInBtc() {
    return marks == null ? NO_VALUES : marks.inBtc();
  }

  private static Map<Symbol, SymbolEntry> entries(Rules rules, Marks marks) {
    Map<Symbol, IsolatedMarginSymbol> isolated = new HashMap<>();
    for (IsolatedMarginSymbol symbol : rules.isolatedSymbols()) {
      isolated.put(symbol.symbol(), symbol);
    }
    Map<Symbol, MarkPrice> prices = marks == null ? Map.of() : marks.bySymbol();
    CodeTable<Currency, BtcValue> values = marks == null ? NO_VALUES : marks.inBtc();
    Map<Symbol, SymbolEntry> entries = new HashMap<>(rules.crossSymbols().size() * 2);
    for (CrossMarginSymbol symbol : rules.crossSymbols()) {
      entries.put(
          symbol.symbol(),
          new SymbolEntry(
              symbol,
              isolated.get(symbol.symbol()),
              ReferencePrice.of(symbol.symbol(), prices, values)));
    }
    return entries;
  }
}
