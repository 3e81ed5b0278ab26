package dev.margin.app.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
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
 * <p>A table that differs from another in a few values is made as a {@linkplain #copy() copy}: its
 * arrays are cloned, not rebuilt, and its keys' slots are kept.
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
    shift = shift(capacity);
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

  /** A table of the given arrays, whose length is a power of two, holding {@code size} keys. */
  CodeTable(ToLongFunction<K> packer, Object[] keys, Object[] values, long[] codes, int size) {
    this.packer = packer;
    this.keys = keys;
    this.values = values;
    this.codes = codes;
    this.shift = shift(keys.length);
    this.mask = keys.length - 1;
    this.size = size;
  }

  /**
   * This table's keys, in the same slots, each with the value {@code remap} gives for its key and
   * value: the keys are shared, not copied.
   *
   * @param remap never returns null
   * @throws NullPointerException if {@code remap} returns null
   */
  @SuppressWarnings("unchecked")
  public <W> CodeTable<K, W> withValues(BiFunction<? super K, ? super V, ? extends W> remap) {
    Object[] remapped = new Object[values.length];
    for (int slot = 0; slot < values.length; slot++) {
      Object value = values[slot];
      if (value != null) {
        remapped[slot] =
            Objects.requireNonNull(
                remap.apply((K) keys[slot], (V) value), "remapped value is null");
      }
    }
    return new CodeTable<>(packer, keys, remapped, codes, size);
  }

  /** A copy of this table to put keys into; this table is left as it is. */
  public CodeTableCopy<K, V> copy() {
    return new CodeTableCopy<>(this);
  }

  /** An unmodifiable map of this table's keys and values, reading through to the table. */
  public Map<K, V> asMap(Class<K> keyType) {
    return Collections.unmodifiableMap(new CodeTableMap<>(this, keyType));
  }

  ToLongFunction<K> packer() {
    return packer;
  }

  Object[] keys() {
    return keys;
  }

  Object[] values() {
    return values;
  }

  long[] codes() {
    return codes;
  }

  private int slot(int hash) {
    return (hash * GOLDEN) >>> shift;
  }

  /** How far a hash's product is shifted for a table of {@code capacity} slots. */
  static int shift(int capacity) {
    return Integer.numberOfLeadingZeros(capacity) + 1;
  }

  /** The first slot of {@code hash} in a table whose shift is {@code shift}. */
  static int slot(int hash, int shift) {
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
