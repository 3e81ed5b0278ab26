package dev.margin.app;

import dev.margin.domain.model.Symbol;
import java.util.Map;

/**
 * An immutable open-addressing table from symbol to entry, looked up with the hash the order
 * computed when it was built: no hash computed and no division on the hot path.
 *
 * <p>At most a quarter full, and slotted by Fibonacci hashing (the hash times 2^32 / φ, its top
 * bits taken), which scatters the near-consecutive hashes of similar symbols ({@code C1-USDT},
 * {@code C2-USDT}, …) instead of clustering them: most lookups find their symbol in the first slot.
 * Each slot's hash is kept beside it, so a slot of another symbol is passed over without reading
 * that symbol.
 */
final class SymbolTable {
  private static final int GOLDEN = 0x9E3779B9;

  private final Symbol[] keys;
  private final SymbolEntry[] values;
  private final int[] hashes;
  private final int shift;
  private final int mask;
  private final int size;

  SymbolTable(Map<Symbol, SymbolEntry> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1) << 1;
    keys = new Symbol[capacity];
    values = new SymbolEntry[capacity];
    hashes = new int[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    mask = capacity - 1;
    size = entries.size();
    for (Map.Entry<Symbol, SymbolEntry> entry : entries.entrySet()) {
      int hash = entry.getKey().hashCode();
      int slot = slot(hash);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = entry.getKey();
      values[slot] = entry.getValue();
      hashes[slot] = hash;
    }
  }

  private int slot(int hash) {
    return (hash * GOLDEN) >>> shift;
  }

  /** The entry of {@code symbol}, whose {@code hashCode()} is {@code hash}; null if absent. */
  SymbolEntry get(Symbol symbol, int hash) {
    int slot = slot(hash);
    Symbol key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == hash && (key == symbol || key.equals(symbol))) {
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
