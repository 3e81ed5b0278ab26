package dev.margin.app;

import dev.margin.domain.model.Symbol;
import java.util.Map;

/**
 * An immutable open-addressing table from symbol to entry, looked up with a hash the order computed
 * when it was built: one mask, no division, no hash computed on the hot path.
 */
final class SymbolTable {
  private final Symbol[] keys;
  private final SymbolEntry[] values;
  private final int mask;
  private final int size;

  SymbolTable(Map<Symbol, SymbolEntry> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1);
    keys = new Symbol[capacity];
    values = new SymbolEntry[capacity];
    mask = capacity - 1;
    size = entries.size();
    for (Map.Entry<Symbol, SymbolEntry> entry : entries.entrySet()) {
      int slot = spread(entry.getKey().hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = entry.getKey();
      values[slot] = entry.getValue();
    }
  }

  static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** The entry of {@code symbol}, whose {@code hashCode()} is {@code hash}; null if absent. */
  SymbolEntry get(Symbol symbol, int hash) {
    int slot = spread(hash) & mask;
    Symbol key;
    while ((key = keys[slot]) != null) {
      if (key == symbol || key.equals(symbol)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  SymbolEntry get(Symbol symbol) {
    return get(symbol, symbol.hashCode());
  }

  int size() {
    return size;
  }
}
