package dev.margin.app;

import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The symbol table finds every entry it holds, by the same symbol or an equal one, and nothing
 * else, however the hashes collide. In margin-app's package to reach the package-private table.
 */
class SymbolTableTest {

  @Test
  void findsEveryEntryOfACatalogBySameAndByEqualSymbols() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      codes.add("C" + i + "-USDT");
    }
    assertFindsExactly(codes, List.of("C1000-USDT", "C1-BTC", "USDT-C1", "C-USDT"));
  }

  @Test
  void findsEntriesWhoseHashesAllCollide() {
    // "AO" and "B0" hash alike, and so does every string made of them
    List<String> codes = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      StringBuilder code = new StringBuilder();
      for (int block = 0; block < 4; block++) {
        code.append((bits >> block & 1) == 0 ? "AO" : "B0");
      }
      codes.add(code + "-USDT");
    }
    assertThat(codes.stream().map(code -> Symbol.parse(code).hashCode()).distinct()).hasSize(1);
    // a 17th of the same hash, absent
    assertFindsExactly(codes.subList(0, 15), List.of(codes.get(15), "AOAOAOAO-BTC"));
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
    assertThat(codes.stream().map(code -> SymbolTable.code(Symbol.parse(code))).distinct())
        .hasSize(codes.size())
        .doesNotContain(0L);
    // longer than twelve characters: no code, compared with equals
    assertThat(SymbolTable.code(Symbol.parse("ETHDOWN-USDTT"))).isZero();
    assertThat(SymbolTable.code(Symbol.parse("ZZZZZZZ-ZZZZ"))).isPositive();
    assertThat(SymbolTable.code(Symbol.parse("9999999999-9"))).isPositive();
    assertFindsExactly(codes.subList(0, 8), codes.subList(8, codes.size()));
  }

  @Test
  void packedAndUnpackedSymbolsSideBySide() {
    assertFindsExactly(
        List.of("AOAOAOAO-USDT", "B0B0B0B0-USDT", "AO-USDT", "B0-USDT", "AOB0-BTC"),
        List.of("AOAOAOB0-USDT", "B0AO-USDT", "AOB0-USDT", "AOAOAOAO-BTC"));
  }

  @Test
  void aTableOfOneAndAnEmptyTable() {
    assertFindsExactly(List.of("BTC-USDT"), List.of("ETH-USDT", "USDT-BTC"));
    assertFindsExactly(List.of(), List.of("BTC-USDT"));
  }

  private static void assertFindsExactly(List<String> present, List<String> absent) {
    Map<Symbol, SymbolEntry> entries = new LinkedHashMap<>();
    for (String code : present) {
      Symbol symbol = Symbol.parse(code);
      entries.put(symbol, new SymbolEntry(aCrossSymbol(code).build(), null, null));
    }
    SymbolTable table = new SymbolTable(entries);
    assertThat(table.size()).isEqualTo(present.size());
    for (Map.Entry<Symbol, SymbolEntry> entry : entries.entrySet()) {
      Symbol symbol = entry.getKey();
      assertThat(table.get(symbol, symbol.hashCode(), SymbolTable.code(symbol)))
          .isSameAs(entry.getValue());
      Symbol equal = Symbol.parse(symbol.code());
      assertThat(table.get(equal)).as(symbol.code()).isSameAs(entry.getValue());
    }
    for (String code : absent) {
      assertThat(table.get(Symbol.parse(code))).as(code).isNull();
    }
  }
}
