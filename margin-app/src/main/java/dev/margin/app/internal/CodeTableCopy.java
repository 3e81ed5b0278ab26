package dev.margin.app.internal;

import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A {@link CodeTable} being copied with keys put into it. The arrays are cloned by the first put
 * that changes them (the values by any, the keys and codes by a new key) and doubled when a new key
 * would fill more than a quarter of them; the table copied never changes, and neither does a table
 * this copy has made.
 *
 * @param <K> {@code Symbol} or {@code Currency}
 * @param <V> what the table holds for each
 */
public final class CodeTableCopy<K, V> {
  private final ToLongFunction<K> packer;
  private CodeTable<K, V> last;
  private Object[] keys;
  private Object[] values;
  private long[] codes;
  private int shift;
  private int size;
  private boolean ownKeys;
  private boolean ownValues;

  CodeTableCopy(CodeTable<K, V> from) {
    this.packer = from.packer();
    this.last = from;
    this.keys = from.keys();
    this.values = from.values();
    this.codes = from.codes();
    this.shift = CodeTable.shift(keys.length);
    this.size = from.size();
  }

  /** The packed code of {@code key}, for {@link #get(Object, int, long)} and {@link #put}. */
  public long code(K key) {
    return packer.applyAsLong(key);
  }

  /** The value of {@code key} in this copy; null if absent. */
  public V get(K key) {
    return get(key, key.hashCode(), packer.applyAsLong(key));
  }

  /**
   * The value of {@code key}, whose {@code hashCode()} is {@code hash} and whose packed code is
   * {@code code}, in this copy; null if absent.
   */
  @SuppressWarnings("unchecked")
  public V get(K key, int hash, long code) {
    return (V) values[find(key, hash, code)];
  }

  /**
   * Puts {@code key}, whose {@code hashCode()} is {@code hash} and whose packed code is {@code
   * code}, with {@code value}, replacing the value it had.
   *
   * @return the value replaced; null if the key is new
   */
  public V put(K key, int hash, long code, V value) {
    int slot = slot(key, hash, code);
    V old = at(slot);
    putAt(slot, key, hash, code, value);
    return old;
  }

  /**
   * The slot of {@code key}, whose {@code hashCode()} is {@code hash} and whose packed code is
   * {@code code}, or the empty slot where it would go: for {@link #at} and {@link #putAt}, until
   * the next put.
   */
  public int slot(K key, int hash, long code) {
    return find(key, hash, code);
  }

  /** The value in {@code slot}; null if it is empty. */
  @SuppressWarnings("unchecked")
  public V at(int slot) {
    return (V) values[slot];
  }

  /**
   * Puts {@code key} with {@code value} in {@code slot}, which {@link #slot} gave for it since the
   * last put.
   */
  public void putAt(int slot, K key, int hash, long code, V value) {
    Objects.requireNonNull(value, "value is null");
    int at = slot;
    if (values[at] == null) {
      if ((size + 1) * 4 > keys.length) {
        grow();
        at = find(key, hash, code);
      } else if (!ownKeys) {
        keys = keys.clone();
        codes = codes.clone();
        ownKeys = true;
      }
      keys[at] = key;
      codes[at] = code;
      size++;
    }
    if (!ownValues) {
      values = values.clone();
      ownValues = true;
    }
    values[at] = value;
  }

  /** How many keys this copy holds. */
  public int size() {
    return size;
  }

  /** The table as this copy holds it now: the one copied if nothing was put since. */
  public CodeTable<K, V> table() {
    if (ownKeys || ownValues) {
      last = new CodeTable<>(packer, keys, values, codes, size);
      ownKeys = false;
      ownValues = false;
    }
    return last;
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int find(K key, int hash, long code) {
    int mask = keys.length - 1;
    int slot = CodeTable.slot(hash, shift);
    while (values[slot] != null
        && (code != PackedCode.NONE ? codes[slot] != code : !keys[slot].equals(key))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    long[] oldCodes = codes;
    int capacity = oldKeys.length * 2;
    keys = new Object[capacity];
    values = new Object[capacity];
    codes = new long[capacity];
    shift = CodeTable.shift(capacity);
    for (int from = 0; from < oldKeys.length; from++) {
      if (oldValues[from] != null) {
        int slot = CodeTable.slot(oldKeys[from].hashCode(), shift);
        while (values[slot] != null) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = oldKeys[from];
        values[slot] = oldValues[from];
        codes[slot] = oldCodes[from];
      }
    }
    ownKeys = true;
    ownValues = true;
  }
}
