package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The set of codes says what a {@code HashSet} says, for short and long codes and colliding hashes.
 */
class CodeSetTest {

  @Test
  void addsWhatAHashSetAddsAndNothingTwice() {
    Random random = new Random(5);
    for (int run = 0; run < 50; run++) {
      int most = random.nextInt(300);
      CodeSet<Symbol> set = new CodeSet<>(most);
      Set<Symbol> expected = new HashSet<>();
      for (int i = 0; i < most; i++) {
        Symbol symbol = symbol(random);
        assertThat(set.add(symbol, symbol.hashCode(), PackedCode.of(symbol)))
            .as(symbol.code())
            .isEqualTo(expected.add(symbol));
      }
      assertThat(set.size()).isEqualTo(expected.size());
    }
  }

  @Test
  void keysWithTheSameHashAreToldApart() {
    CodeSet<Currency> set = new CodeSet<>(3);
    Currency a = Currency.of("A1234567890123");
    Currency b = Currency.of("B1234567890123");

    assertThat(set.add(a, 7, PackedCode.NONE)).isTrue();
    assertThat(set.add(b, 7, PackedCode.NONE)).isTrue();
    assertThat(set.add(Currency.of("A1234567890123"), 7, PackedCode.NONE)).isFalse();
    assertThat(set.add(Currency.BTC, 7, PackedCode.of(Currency.BTC))).isTrue();
    assertThat(set.size()).isEqualTo(3);
  }

  @Test
  void aFullSetRefusesANewKeyAndANegativeSizeIsRefused() {
    CodeSet<Currency> set = new CodeSet<>(1);
    set.add(Currency.BTC, Currency.BTC.hashCode(), PackedCode.of(Currency.BTC));
    set.add(Currency.USDT, Currency.USDT.hashCode(), PackedCode.of(Currency.USDT));

    assertThat(set.add(Currency.BTC, Currency.BTC.hashCode(), PackedCode.of(Currency.BTC)))
        .isFalse();
    assertThatThrownBy(() -> set.add(Currency.of("ETH"), 1, PackedCode.of(Currency.of("ETH"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new CodeSet<Currency>(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new CodeSet<Currency>(0).add(Currency.BTC, 0, 1)).isTrue();
  }

  private static Symbol symbol(Random random) {
    String[] codes = {"BTC", "USDT", "ETH", "A", "B", "LONGCURRENCYCODE1", "LONGCURRENCYCODE2"};
    return Symbol.of(
        Currency.of(codes[random.nextInt(codes.length)]),
        Currency.of(codes[random.nextInt(codes.length)] + random.nextInt(4)));
  }
}
