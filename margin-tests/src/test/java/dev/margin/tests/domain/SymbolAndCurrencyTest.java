package dev.margin.tests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolAndCurrencyTest {

  @Test
  void symbolSplitsIntoBaseAndQuote() {
    Symbol symbol = Symbol.parse("BTC-USDT");

    assertThat(symbol.base()).isEqualTo(Currency.BTC);
    assertThat(symbol.quote()).isEqualTo(Currency.USDT);
    assertThat(symbol.code()).isEqualTo("BTC-USDT");
    assertThat(symbol).hasToString("BTC-USDT").isEqualTo(Symbol.of(Currency.BTC, Currency.USDT));
  }

  @Test
  void currencyCodesMayStartWithDigits() {
    assertThat(Symbol.parse("1INCH-USDT").base().code()).isEqualTo("1INCH");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BTC",
        "BTC-",
        "-USDT",
        "BTC--USDT",
        "BTC-USDT-X",
        "btc-usdt",
        "BTC-US DT",
        "BTC/USDT",
        "BTC-USDT\n"
      })
  void malformedSymbolsAreRejected(String text) {
    assertThatThrownBy(() -> Symbol.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BASE-QUOTE");
  }

  @Test
  void nullsAreRejectedByName() {
    assertThatThrownBy(() -> Symbol.parse(null)).hasMessage("symbol is null");
    assertThatThrownBy(() -> new Symbol(null, Currency.USDT)).hasMessage("base is null");
    assertThatThrownBy(() -> new Symbol(Currency.BTC, null)).hasMessage("quote is null");
    assertThatThrownBy(() -> Currency.of(null)).hasMessage("code is null");
  }

  @Test
  void overlongCurrencyCodesAreRejected() {
    assertThat(Currency.of("A".repeat(32)).code()).hasSize(32);
    assertThatThrownBy(() -> Currency.of("A".repeat(33)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void symbolsOrderByBaseThenQuote() {
    assertThat(Symbol.parse("BTC-USDT")).isLessThan(Symbol.parse("ETH-BTC"));
    assertThat(Symbol.parse("BTC-USDC")).isLessThan(Symbol.parse("BTC-USDT"));
    assertThat(Symbol.parse("BTC-USDT").compareTo(Symbol.parse("BTC-USDT"))).isZero();
  }
}
