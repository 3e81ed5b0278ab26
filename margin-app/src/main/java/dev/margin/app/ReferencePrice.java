package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * The mark price of a pair as an exact fraction {@code numerator / denominator}: the direct mark
 * price where KuCoin marks the pair, else the rate through BTC, {@code value(BASE) / value(QUOTE)},
 * where a currency's value in BTC is 1 for BTC, {@code mark(X-BTC)}, or {@code 1 / mark(BTC-X)}.
 * Kept as a fraction so that no division rounds before a comparison.
 *
 * @param numerator positive
 * @param denominator positive
 * @param markedAt the time of the oldest mark price used
 * @param source how it was derived, e.g. {@code mark(ETH-BTC) / mark(USDT-BTC)}
 */
record ReferencePrice(
    BigDecimal numerator, BigDecimal denominator, Instant markedAt, String source) {

  /** Significant digits shown when the fraction is printed. */
  static final MathContext DISPLAY = new MathContext(18, RoundingMode.HALF_EVEN);

  /** The reference price of {@code symbol}, or null if no mark price leads to it. */
  static ReferencePrice of(Symbol symbol, Map<Symbol, MarkPrice> marks) {
    if (symbol.base().equals(symbol.quote())) {
      return null;
    }
    MarkPrice direct = marks.get(symbol);
    if (direct != null) {
      return new ReferencePrice(
          direct.value(), BigDecimal.ONE, direct.timePoint(), "mark(" + symbol + ")");
    }
    ReferencePrice base = inBtc(symbol.base(), marks);
    ReferencePrice quote = inBtc(symbol.quote(), marks);
    if (base == null || quote == null) {
      return null;
    }
    Instant oldest = base.markedAt.isBefore(quote.markedAt) ? base.markedAt : quote.markedAt;
    return new ReferencePrice(
        base.numerator.multiply(quote.denominator),
        base.denominator.multiply(quote.numerator),
        oldest,
        base.source + " / " + quote.source);
  }

  /** The value of one unit of {@code currency} in BTC, or null. */
  static ReferencePrice inBtc(Currency currency, Map<Symbol, MarkPrice> marks) {
    if (currency.equals(Currency.BTC)) {
      return new ReferencePrice(BigDecimal.ONE, BigDecimal.ONE, Instant.MAX, "1");
    }
    MarkPrice mark = marks.get(Symbol.of(currency, Currency.BTC));
    if (mark != null) {
      return new ReferencePrice(
          mark.value(), BigDecimal.ONE, mark.timePoint(), "mark(" + mark.symbol() + ")");
    }
    MarkPrice inverse = marks.get(Symbol.of(Currency.BTC, currency));
    if (inverse != null) {
      return new ReferencePrice(
          BigDecimal.ONE,
          inverse.value(),
          inverse.timePoint(),
          "1 / mark(" + inverse.symbol() + ")");
    }
    return null;
  }

  /** The price rounded for display, e.g. {@code 66488.03191489361702}. */
  BigDecimal approximate() {
    return numerator.divide(denominator, DISPLAY).stripTrailingZeros();
  }

  /** Whether {@code price × denominator} compares to {@code numerator × factor} as {@code sign}. */
  int comparePrice(BigDecimal price, BigDecimal factor) {
    return price.multiply(denominator).compareTo(numerator.multiply(factor));
  }
}
