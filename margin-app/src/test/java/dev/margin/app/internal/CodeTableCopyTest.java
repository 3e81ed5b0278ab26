package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A copy of a code table holds what it was given and what was put since, grows past a quarter full,
 * and never changes the table it copied or a table it made; a table's remapped values keep their
 * keys; a table read as a map is the map of its entries, and cannot be changed.
 */
class CodeTableCopyTest {

  @Test
  void putsReplaceAndAddWithoutChangingTheTableCopied() {
    CodeTable<Symbol, String> table = table(Map.of("BTC-USDT", "1", "ETH-USDT", "2"));
    CodeTableCopy<Symbol, String> copy = table.copy();
    assertThat(copy.table()).isSameAs(table);

    assertThat(put(copy, "BTC-USDT", "one")).isEqualTo("1");
    assertThat(put(copy, "SOL-USDT", "3")).isNull();
    CodeTable<Symbol, String> made = copy.table();

    assertThat(copy.size()).isEqualTo(3);
    assertThat(made.size()).isEqualTo(3);
    assertThat(made.get(Symbol.parse("BTC-USDT"))).isEqualTo("one");
    assertThat(made.get(Symbol.parse("SOL-USDT"))).isEqualTo("3");
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.get(Symbol.parse("BTC-USDT"))).isEqualTo("1");
    assertThat(table.get(Symbol.parse("SOL-USDT"))).isNull();

    // a table made is not changed by later puts, and no put since makes none anew
    assertThat(copy.table()).isSameAs(made);
    put(copy, "ETH-USDT", "two");
    put(copy, "XRP-USDT", "4");
    assertThat(made.get(Symbol.parse("ETH-USDT"))).isEqualTo("2");
    assertThat(made.get(Symbol.parse("XRP-USDT"))).isNull();
    assertThat(copy.table().get(Symbol.parse("ETH-USDT"))).isEqualTo("two");
    assertThat(copy.get(Symbol.parse("XRP-USDT"))).isEqualTo("4");
  }

  @Test
  void growsFromEmptyToAThousandKeysOfWhichSomeDoNotPack() {
    CodeTable<Currency, Integer> empty = new CodeTable<>(Map.of(), PackedCode::of);
    CodeTableCopy<Currency, Integer> copy = empty.copy();
    Map<Currency, Integer> expected = new HashMap<>();
    for (int i = 0; i < 1_000; i++) {
      Currency currency = Currency.of((i % 7 == 0 ? "LONGERTHANTWELVE" : "C") + i);
      assertThat(copy.put(currency, currency.hashCode(), copy.code(currency), i)).isNull();
      expected.put(currency, i);
      if (i == 10) {
        CodeTable<Currency, Integer> early = copy.table();
        assertThat(early.size()).isEqualTo(11);
      }
    }
    CodeTable<Currency, Integer> table = copy.table();
    assertThat(table.size()).isEqualTo(1_000);
    expected.forEach((currency, value) -> assertThat(table.get(currency)).isEqualTo(value));
    assertThat(table.get(Currency.of("C1000"))).isNull();
    assertThat(table.get(Currency.of("LONGERTHANTWELVE1"))).isNull();
    assertThat(empty.size()).isZero();
    assertThat(empty.get(Currency.of("C1"))).isNull();
  }

  @Test
  void keysWhoseHashesAllCollide() {
    // "AO" and "B0" hash alike: the later keys probe past the earlier ones
    Map<String, String> entries = new LinkedHashMap<>();
    List<String> codes = List.of("AOAO-USDT", "AOB0-USDT", "B0AO-USDT", "B0B0-USDT");
    entries.put(codes.get(0), "0");
    CodeTableCopy<Symbol, String> copy = table(entries).copy();
    for (int i = 1; i < codes.size(); i++) {
      put(copy, codes.get(i), String.valueOf(i));
    }
    put(copy, "AOB0-USDT", "replaced");
    CodeTable<Symbol, String> table = copy.table();
    assertThat(table.get(Symbol.parse("AOAO-USDT"))).isEqualTo("0");
    assertThat(table.get(Symbol.parse("AOB0-USDT"))).isEqualTo("replaced");
    assertThat(table.get(Symbol.parse("B0B0-USDT"))).isEqualTo("3");
    assertThat(table.size()).isEqualTo(4);
  }

  @Test
  void remappedValuesKeepTheirKeys() {
    CodeTable<Symbol, String> table = table(Map.of("BTC-USDT", "1", "ETH-USDT", "2"));
    CodeTable<Symbol, String> remapped = table.withValues((symbol, value) -> symbol + "=" + value);
    assertThat(remapped.size()).isEqualTo(2);
    assertThat(remapped.get(Symbol.parse("ETH-USDT"))).isEqualTo("ETH-USDT=2");
    assertThat(table.get(Symbol.parse("ETH-USDT"))).isEqualTo("2");
    assertThatThrownBy(() -> table.withValues((symbol, value) -> null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void readAsAnUnmodifiableMap() {
    Map<String, String> codes = Map.of("BTC-USDT", "1", "ETH-USDT", "2", "SOL-USDT", "3");
    Map<Symbol, String> expected = new HashMap<>();
    codes.forEach((code, value) -> expected.put(Symbol.parse(code), value));
    Map<Symbol, String> map = table(codes).asMap(Symbol.class);

    assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(map.get(Symbol.parse("ETH-USDT"))).isEqualTo("2");
    assertThat(map.get("ETH-USDT")).isNull();
    assertThat(map.get(null)).isNull();
    assertThat(map.containsKey(Symbol.parse("SOL-USDT"))).isTrue();
    assertThat(map.containsKey(Symbol.parse("XRP-USDT"))).isFalse();
    assertThat(map.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(map.values()).containsExactlyInAnyOrder("1", "2", "3");
    assertThat(new CodeTable<Symbol, String>(Map.of(), PackedCode::of).asMap(Symbol.class))
        .isEmpty();
    assertThatThrownBy(() -> map.put(Symbol.parse("XRP-USDT"), "4"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("0"))
        .isInstanceOf(UnsupportedOperationException.class);
    var entries = map.entrySet().iterator();
    for (int i = 0; i < 3; i++) {
      entries.next();
    }
    assertThatThrownBy(entries::next).isInstanceOf(java.util.NoSuchElementException.class);
  }

  private static String put(CodeTableCopy<Symbol, String> copy, String code, String value) {
    Symbol symbol = Symbol.parse(code);
    return copy.put(symbol, symbol.hashCode(), copy.code(symbol), value);
  }

  private static CodeTable<Symbol, String> table(Map<String, String> codes) {
    Map<Symbol, String> entries = new LinkedHashMap<>();
    codes.forEach((code, value) -> entries.put(Symbol.parse(code), value));
    return new CodeTable<>(entries, PackedCode::of);
  }
}
