package dev.margin.app;

import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.Symbol;

/**
 * A symbol with the {@linkplain PackedCode packed codes} of itself and of its two currencies,
 * worked out once per rules refresh, so that a swap of mark prices looks each up without packing it
 * again.
 *
 * @param symbol the symbol
 * @param code its packed code
 * @param baseCode its base's packed code
 * @param quoteCode its quote's packed code
 */
record PackedSymbol(Symbol symbol, long code, long baseCode, long quoteCode) {

  static PackedSymbol of(Symbol symbol) {
    return new PackedSymbol(
        symbol, PackedCode.of(symbol), PackedCode.of(symbol.base()), PackedCode.of(symbol.quote()));
  }
}
