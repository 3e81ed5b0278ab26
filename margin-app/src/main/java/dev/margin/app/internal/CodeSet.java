package dev.margin.app.internal;

/**
 * A set of at most a known number of keys, each added with its hash and its {@link PackedCode}, so
 * that an add neither hashes nor compares strings where the code is known: a merge's record of the
 * symbols it has replaced. Not thread-safe; sized once, it never grows.
 *
 * @param <K> {@code Symbol} or {@code Currency}
 */
public final class CodeSet<K> {
  private final Object[] keys;
  private final long[] codes;
  private final int shift;
  private int size;

  /**
   * A set for up to {@code most} keys.
   *
   * @param most the most keys it will be given; not negative
   */
  public CodeSet(int most) {
    if (most < 0) {
      throw new IllegalArgumentException("most is negative: " + most);
    }
    // at most half full: a power of two at least twice the keys
    int capacity = Integer.highestOneBit(Math.max(2, most) * 2 - 1) << 1;
    this.keys = new Object[capacity];
    this.codes = new long[capacity];
    this.shift = CodeTable.shift(capacity);
  }

  /**
   * Adds {@code key}, whose {@code hashCode()} is {@code hash} and whose packed code is {@code
   * code}.
   *
   * @return true if it was not in the set
   * @throws IllegalStateException if the set already holds as many keys as it was made for and
   *     {@code key} is not one of them
   */
  public boolean add(K key, int hash, long code) {
    int mask = keys.length - 1;
    int slot = CodeTable.slot(hash, shift);
    while (keys[slot] != null) {
      if (code != PackedCode.NONE ? codes[slot] == code : keys[slot].equals(key)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    if (size * 2 >= keys.length) {
      throw new IllegalStateException("the set is full: " + size + " keys");
    }
    keys[slot] = key;
    codes[slot] = code;
    size++;
    return true;
  }

  /** {@return how many keys it holds} */
  public int size() {
    return size;
  }
}
