package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The code table finds every value it holds, by the same key or an equal one, and nothing else,
 * however the hashes collide and whether or not the codes pack; packed codes tell every symbol and
 * currency apart. In margin-app's package to reach the package-private table.
 */
class CodeTableTest {

  @Test
  void findsEverySymbolOfACatalogBySameAndByEqualKeys() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      codes.add("C" + i + "-USDT");
    }
    assertFindsSymbols(codes, List.of("C1000-USDT", "C1-BTC", "USDT-C1", "C-USDT"));
  }

  @Test
  void findsEveryCurrencyOfACatalog() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      codes.add("C" + i);
    }
    codes.add("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
    assertFindsCurrencies(codes, List.of("C1000", "C", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234"));
  }

  @Test
  void findsKeysWhoseHashesAllCollide() {
    // "AO" and "B0" hash alike, and so does every string made of them
    List<String> currencies = new ArrayList<>();
    for (int bits = 0; bits < 64; bits++) {
      StringBuilder code = new StringBuilder();
      for (int block = 0; block < 6; block++) {
        code.append((bits >> block & 1) == 0 ? "AO" : "B0");
      }
      currencies.add(code.toString());
    }
    List<String> symbols = currencies.stream().limit(16).map(code -> code + "-USDT").toList();
    assertThat(symbols.stream().map(code -> Symbol.parse(code).hashCode()).distinct()).hasSize(1);
    assertThat(currencies.stream().map(code -> code.hashCode()).distinct()).hasSize(1);

    // packed (twelve characters) and not (seventeen), each with an absent one of the same hash
    assertFindsCurrencies(currencies.subList(0, 63), currencies.subList(63, 64));
    assertFindsSymbols(symbols.subList(0, 15), List.of(symbols.get(15), "AOAOAOAOAOAO-BTC"));
  }

  @Test
  void packedAndUnpackedKeysSideBySide() {
    assertFindsSymbols(
        List.of("AOAOAOAO-USDT", "B0B0B0B0-USDT", "AO-USDT", "B0-USDT", "AOB0-BTC"),
        List.of("AOAOAOB0-USDT", "B0AO-USDT", "AOB0-USDT", "AOAOAOAO-BTC"));
  }

  @Test
  void packedCodesTellEverySymbolApart() {
    List<String> codes =
        List.of(
            "AB-C",
            "A-BC",
            "A-B",
            "AA-B",
            "A-BA",
            "B-A",
            "Z-9",
            "9-Z",
            "0-A",
            "A-0",
            "00-A",
            "1INCH-USDT",
            "BTC-USDT",
            "BTC-USDC",
            "ZZZZZZ-99999",
            "999999-ZZZZZ");
    assertThat(codes.stream().map(code -> PackedCode.of(Symbol.parse(code))).distinct())
        .hasSize(codes.size())
        .doesNotContain(PackedCode.NONE);
    // longer than twelve characters: no code, compared with equals
    assertThat(PackedCode.of(Symbol.parse("ETHDOWN-USDTT"))).isEqualTo(PackedCode.NONE);
    assertThat(PackedCode.of(Symbol.parse("ZZZZZZZ-ZZZZ"))).isPositive();
    assertThat(PackedCode.of(Symbol.parse("9999999999-9"))).isPositive();
    assertFindsSymbols(codes.subList(0, 8), codes.subList(8, codes.size()));
  }

  @Test
  void packedCodesTellEveryCurrencyApart() {
    List<String> codes =
        List.of("A", "B", "Z", "0", "9", "AA", "A0", "0A", "00", "BTC", "USDT", "1INCH", "ZZZZZZ");
    assertThat(codes.stream().map(code -> PackedCode.of(Currency.of(code))).distinct())
        .hasSize(codes.size())
        .doesNotContain(PackedCode.NONE);
    assertThat(PackedCode.of(Currency.of("999999999999"))).isPositive();
    assertThat(PackedCode.of(Currency.of("ZZZZZZZZZZZZZ"))).isEqualTo(PackedCode.NONE);
  }

  @Test
  void aTableOfOneAndAnEmptyTable() {
    assertFindsSymbols(List.of("BTC-USDT"), List.of("ETH-USDT", "USDT-BTC"));
    assertFindsSymbols(List.of(), List.of("BTC-USDT"));
    assertFindsCurrencies(List.of(), List.of("BTC"));
  }

  private static void assertFindsSymbols(List<String> present, List<String> absent) {
    CodeTable<Symbol, String> table = table(present, Symbol::parse);
    for (String code : present) {
      Symbol equal = Symbol.parse(code);
      assertThat(table.get(equal)).as(code).isEqualTo(code);
      assertThat(table.get(equal, equal.hashCode(), PackedCode.of(equal))).isEqualTo(code);
    }
    for (String code : absent) {
      assertThat(table.get(Symbol.parse(code))).as(code).isNull();
    }
  }

  private static void assertFindsCurrencies(List<String> present, List<String> absent) {
    CodeTable<Currency, String> table = table(present, Currency::of);
    for (String code : present) {
      assertThat(table.get(Currency.of(code))).as(code).isEqualTo(code);
    }
    for (String code : absent) {
      assertThat(table.get(Currency.of(code))).as(code).isNull();
    }
  }

  private static <K> CodeTable<K, String> table(List<String> codes, Function<String, K> parse) {
    Map<K, String> entries = new LinkedHashMap<>();
    for (String code : codes) {
      entries.put(parse.apply(code), code);
    }
    CodeTable<K, String> table =
        new CodeTable<>(
            entries,
            key -> key instanceof Symbol s ? PackedCode.of(s) : PackedCode.of((Currency) key));
    assertThat(table.size()).isEqualTo(codes.size());
    // the table's own keys too
    entries.forEach((key, value) -> assertThat(table.get(key)).isEqualTo(value));
    return table;
  }
}
