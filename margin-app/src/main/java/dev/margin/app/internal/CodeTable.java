package dev.margin.app.internal;

import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * An immutable open-addressing table by symbol or currency, for the hot paths: looked up with the
 * key's hash and its {@linkplain PackedCode packed code}, both computed once by the caller where it
 * can (an order computes its symbol's when it is built).
 *
 * <p>At most a quarter full, and slotted by Fibonacci hashing (the hash times 2^32 / φ, its top
 * bits taken), which scatters the near-consecutive hashes of similar codes ({@code C1-USDT}, {@code
 * C2-USDT}, …) instead of clustering them: most lookups find their key in the first slot. Each
 * slot's packed code is kept beside it: two keys that have one are equal exactly when their codes
 * are, so the lookup compares two longs and reads no key, whether the caller's key is the table's
 * own object or an equal one parsed elsewhere. Keys too long to pack are compared with {@code
 * equals}.
 *
 * @param <K> {@code Symbol} or {@code Currency}
 * @param <V> what the table holds for each
 */
public final class CodeTable<K, V> {
  private static final int GOLDEN = 0x9E3779B9;

  private final ToLongFunction<K> packer;
  private final Object[] keys;
  private final Object[] values;
  private final long[] codes;
  private final int shift;
  private final int mask;
  private final int size;

  /**
   * A table of {@code entries}.
   *
   * @param packer {@code PackedCode::of} for the key type
   */
  public CodeTable(Map<K, V> entries, ToLongFunction<K> packer) {
    this.packer = packer;
    int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 4 - 1) << 1;
    keys = new Object[capacity];
    values = new Object[capacity];
    codes = new long[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
    mask = capacity - 1;
    size = entries.size();
    for (Map.Entry<K, V> entry : entries.entrySet()) {
      K key = entry.getKey();
      int slot = slot(key.hashCode());
      while (values[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = entry.getValue();
      codes[slot] = packer.applyAsLong(key);
    }
  }

  private int slot(int hash) {
    return (hash * GOLDEN) >>> shift;
  }

  /**
   * The value of {@code key}, whose {@code hashCode()} is {@code hash} and whose packed code is
   * {@code code}; null if absent.
   */
  @SuppressWarnings("unchecked")
  public V get(K key, int hash, long code) {
    int slot = slot(hash);
    Object value;
    while ((value = values[slot]) != null) {
      if (code != PackedCode.NONE ? codes[slot] == code : keys[slot].equals(key)) {
        return (V) value;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** The value of {@code key}; null if absent. */
  public V get(K key) {
    return get(key, key.hashCode(), packer.applyAsLong(key));
  }

  /** How many keys the table holds. */
  public int size() {
    return size;
  }
}
