package dev.margin.app;

import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.Symbol;

/**
 * A symbol with the hashes and {@linkplain PackedCode packed codes} of itself and of its two
 * currencies, worked out once per rules refresh, so that a swap of mark prices looks each up
 * without reading the symbol again.
 *
 * @param symbol the symbol
 * @param hash its hash
 * @param code its packed code
 * @param baseHash its base's hash
 * @param baseCode its base's packed code
 * @param quoteHash its quote's hash
 * @param quoteCode its quote's packed code
 * @param samePair whether its base and its quote are the same currency, which has no reference
 */
record PackedSymbol(
    Symbol symbol,
    int hash,
    long code,
    int baseHash,
    long baseCode,
    int quoteHash,
    long quoteCode,
    boolean samePair) {

  static PackedSymbol of(Symbol symbol) {
    return new PackedSymbol(
        symbol,
        symbol.hashCode(),
        PackedCode.of(symbol),
        symbol.base().hashCode(),
        PackedCode.of(symbol.base()),
        symbol.quote().hashCode(),
        PackedCode.of(symbol.quote()),
        symbol.base().equals(symbol.quote()));
  }
}
