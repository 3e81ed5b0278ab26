package dev.margin.app;

import dev.margin.domain.model.Symbol;
import java.util.Map;

/**
 * An immutable open-addressing table from symbol to entry, looked up with the hash and the packed
 * code the order computed when it was built: no hash computed, no division and, for the symbols of
 * up to twelve characters that KuCoin lists, no symbol read on the hot path.
 *
 * <p>At most a quarter full, and slotted by Fibonacci hashing (the hash times 2^32 / φ, its top
 * bits taken), which scatters the near-consecutive hashes of similar symbols ({@code C1-USDT},
 * {@code C2-USDT}, …) instead of clustering them: most lookups find their symbol in the first slot.
 * Each slot's {@linkplain #code packed code} is kept beside it: two symbols that have one are equal
 * exactly when their codes are, so the lookup compares two longs, whether the order's symbol is the
 * table's own object or an equal one parsed elsewhere. Symbols too long to pack are compared with
 * {@code equals}.
 */
final class SymbolTable {
  private static final int GOLDEN = 0x9E3779B9;

  /** The longest {@code BASE-QUOTE} text that packs into a long: 38^12 < 2^63. */
  private static final int MAX_PACKED = 12;

  private static final int HYPHEN = 37;

  /** The base-38 digit of each character a currency code may hold ({@code 0-9}, {@code A-Z}). */
  private static final byte[] DIGITS = new byte['Z' + 1];

  private static final long[] POWERS_OF_38 = new long[MAX_PACKED];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      DIGITS[c] = (byte) (c - 'A' + 1);
    }
    for (char c = '0'; c <= '9'; c++) {
      DIGITS[c] = (byte) (c - '0' + 27);
    }
    long power = 1;
    for (int i = 0; i < MAX_PACKED; i++) {
      POWERS_OF_38[i] = power;
      power *= 38;
    }
  }

  private final Symbol[] keys;
  private final SymbolEntry[] values;
  private final long[] codes;
  private final int shift;
  private final int mask;
  private final int size;

  SymbolTable(Map<Symbol, SymbolEntry> entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1) << 1;
    keys = new Symbol[capacity];
    values = new SymbolEntry[capacity];
    codes = new long[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    mask = capacity - 1;
    size = entries.size();
    for (Map.Entry<Symbol, SymbolEntry> entry : entries.entrySet()) {
      Symbol symbol = entry.getKey();
      int slot = slot(symbol.hashCode());
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = symbol;
      values[slot] = entry.getValue();
      codes[slot] = code(symbol);
    }
  }

  /**
   * The symbol's {@code BASE-QUOTE} text as a number in base 38 (letters 1 to 26, digits 27 to 36,
   * the hyphen 37, never 0, so that no two texts share a number), or 0 when it is longer than
   * {@value #MAX_PACKED} characters.
   */
  static long code(Symbol symbol) {
    String base = symbol.base().code();
    String quote = symbol.quote().code();
    if (base.length() + 1 + quote.length() > MAX_PACKED) {
      return 0;
    }
    // base and quote packed apart, two short chains of multiplications rather than one long
    return (pack(base) * 38 + HYPHEN) * POWERS_OF_38[quote.length()] + pack(quote);
  }

  private static long pack(String code) {
    long packed = 0;
    for (int i = 0; i < code.length(); i++) {
      packed = packed * 38 + DIGITS[code.charAt(i)];
    }
    return packed;
  }

  private int slot(int hash) {
    return (hash * GOLDEN) >>> shift;
  }

  /**
   * The entry of {@code symbol}, whose {@code hashCode()} is {@code hash} and whose {@link #code}
   * is {@code code}; null if absent.
   */
  SymbolEntry get(Symbol symbol, int hash, long code) {
    int slot = slot(hash);
    SymbolEntry value;
    while ((value = values[slot]) != null) {
      if (code != 0 ? codes[slot] == code : keys[slot].equals(symbol)) {
        return value;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  SymbolEntry get(Symbol symbol) {
    return get(symbol, symbol.hashCode(), code(symbol));
  }

  int size() {
    return size;
  }
}
