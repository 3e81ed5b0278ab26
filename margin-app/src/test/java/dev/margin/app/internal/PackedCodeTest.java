package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A symbol's number from its currencies' numbers is the one packed from its text. */
class PackedCodeTest {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  @Test
  void aSymbolsNumberFromItsCurrenciesNumbersIsItsOwn() {
    Random random = new Random(3);
    Map<Long, Symbol> seen = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      Symbol symbol = Symbol.of(currency(random), currency(random));
      long base = PackedCode.of(symbol.base());
      long quote = PackedCode.of(symbol.quote());
      long code = PackedCode.of(symbol, base, quote);
      assertThat(code).as(symbol.code()).isEqualTo(PackedCode.of(symbol));
      if (code != PackedCode.NONE) {
        Symbol before = seen.put(code, symbol);
        assertThat(before == null || before.equals(symbol)).as(symbol.code()).isTrue();
      }
    }
    assertThat(seen).hasSizeGreaterThan(1_000);
  }

  @Test
  void onlyBtcPacksToBtcsNumber() {
    long btc = PackedCode.of(Currency.BTC);
    assertThat(PackedCode.of(Currency.of("BTC1"))).isNotEqualTo(btc);
    assertThat(PackedCode.of(Currency.of("BT"))).isNotEqualTo(btc);
    assertThat(PackedCode.of(Currency.of("ABCDEFGHIJKLMNOP"))).isEqualTo(PackedCode.NONE);
  }

  private static Currency currency(Random random) {
    int length = 1 + random.nextInt(random.nextBoolean() ? 5 : 16);
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return Currency.of(code.toString());
  }
}
