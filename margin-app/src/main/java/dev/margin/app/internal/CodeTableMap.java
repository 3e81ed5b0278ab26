package dev.margin.app.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A {@link CodeTable} read as a map: lookups go to the table, iteration walks its slots. Never
 * changed, and handed out only behind an unmodifiable wrapper.
 */
final class CodeTableMap<K, V> extends AbstractMap<K, V> {
  private final CodeTable<K, V> table;
  private final Class<K> keyType;

  CodeTableMap(CodeTable<K, V> table, Class<K> keyType) {
    this.table = table;
    this.keyType = keyType;
  }

  @Override
  public V get(Object key) {
    return keyType.isInstance(key) ? table.get(keyType.cast(key)) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return table.size();
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Slots();
      }

      @Override
      public int size() {
        return table.size();
      }
    };
  }

  /** The occupied slots, in order, as entries. */
  private final class Slots implements Iterator<Map.Entry<K, V>> {
    private final Object[] keys = table.keys();
    private final Object[] values = table.values();
    private int next = advance(0);

    private int advance(int from) {
      int slot = from;
      while (slot < values.length && values[slot] == null) {
        slot++;
      }
      return slot;
    }

    @Override
    public boolean hasNext() {
      return next < values.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map.Entry<K, V> next() {
      if (next >= values.length) {
        throw new NoSuchElementException();
      }
      Map.Entry<K, V> entry = new SimpleImmutableEntry<>((K) keys[next], (V) values[next]);
      next = advance(next + 1);
      return entry;
    }
  }
}
