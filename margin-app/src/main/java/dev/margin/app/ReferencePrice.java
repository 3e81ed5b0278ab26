package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * The mark price of a pair as an exact fraction {@code numerator / denominator}: the direct mark
 * price where KuCoin marks the pair, else the rate through BTC, {@code value(BASE) / value(QUOTE)},
 * where a currency's value in BTC is 1 for BTC, {@code mark(X-BTC)}, or {@code 1 / mark(BTC-X)}.
 * Kept as a fraction so that no division rounds before a comparison.
 *
 * <p>The text of how it was derived is made when read, as only a refusal or a valuation's account
 * of itself reads it, not the checks that accept.
 */
final class ReferencePrice {
  private final BigDecimal numerator;
  private final BigDecimal denominator;
  private final Instant markedAt;

  /** What its text is made of: the symbol's own mark, or else the route's two values. */
  private final MarkPrice mark;

  private final BtcValue base;
  private final BtcValue quote;

  private ReferencePrice(
      BigDecimal numerator,
      BigDecimal denominator,
      Instant markedAt,
      MarkPrice mark,
      BtcValue base,
      BtcValue quote) {
    this.numerator = numerator;
    this.denominator = denominator;
    this.markedAt = markedAt;
    this.mark = mark;
    this.base = base;
    this.quote = quote;
  }

  /** {@return positive} */
  BigDecimal numerator() {
    return numerator;
  }

  /** {@return positive} */
  BigDecimal denominator() {
    return denominator;
  }

  /** {@return the time of the oldest mark price used} */
  Instant markedAt() {
    return markedAt;
  }

  /** {@return how it was derived, e.g. {@code mark(ETH-BTC) / mark(USDT-BTC)}} */
  String source() {
    return mark != null ? "mark(" + mark.symbol() + ")" : base.source() + " / " + quote.source();
  }

  /** Significant digits shown when the fraction is printed. */
  static final MathContext DISPLAY = new MathContext(18, RoundingMode.HALF_EVEN);

  private static final long BTC_CODE = PackedCode.of(Currency.BTC);

  /**
   * The reference price of a symbol: its own mark where it has one, else the ratio of its base's
   * and its quote's values in BTC (the snapshot's one route from marks to BTC values, {@link
   * BtcValue#all}); dated by the older of the two.
   *
   * @param values the snapshot's values in BTC by currency
   * @return the reference, or null where either currency has no value in BTC
   */
  static ReferencePrice of(
      Symbol symbol, CodeTable<Symbol, MarkPrice> marks, CodeTable<Currency, BtcValue> values) {
    if (symbol.base().equals(symbol.quote())) {
      return null;
    }
    MarkPrice direct = marks.get(symbol);
    if (direct != null) {
      return direct(direct);
    }
    BtcValue base = inBtc(symbol.base(), values);
    BtcValue quote = inBtc(symbol.quote(), values);
    return base == null || quote == null ? null : route(base, quote);
  }

  /** {@code mark(symbol)}. */
  static ReferencePrice direct(MarkPrice mark) {
    return new ReferencePrice(mark.value(), BigDecimal.ONE, mark.timePoint(), mark, null, null);
  }

  /** {@code value(BASE) / value(QUOTE)}. */
  static ReferencePrice route(BtcValue base, BtcValue quote) {
    Instant oldest =
        base.markedAt().isBefore(quote.markedAt()) ? base.markedAt() : quote.markedAt();
    return new ReferencePrice(
        times(base.numerator(), quote.denominator()),
        times(base.denominator(), quote.numerator()),
        oldest,
        null,
        base,
        quote);
  }

  private static BtcValue inBtc(Currency currency, CodeTable<Currency, BtcValue> values) {
    return currency.equals(Currency.BTC) ? BtcValue.BTC : values.get(currency);
  }

  /** {@code a × b}, without a multiplication where either is {@link BigDecimal#ONE} itself. */
  private static BigDecimal times(BigDecimal a, BigDecimal b) {
    return b == BigDecimal.ONE ? a : a == BigDecimal.ONE ? b : a.multiply(b);
  }

  /**
   * The value of {@code currency}, whose hash is {@code hash} and whose packed code is {@code
   * code}; null if none.
   */
  static BtcValue inBtc(
      Currency currency, int hash, long code, CodeTable<Currency, BtcValue> values) {
    return code == BTC_CODE ? BtcValue.BTC : values.get(currency, hash, code);
  }

  BigDecimal approximate() {
    return numerator.divide(denominator, DISPLAY).stripTrailingZeros();
  }

  /** Whether {@code price × denominator} compares to {@code numerator × factor} as {@code sign}. */
  int comparePrice(BigDecimal price, BigDecimal factor) {
    return price.multiply(denominator).compareTo(numerator.multiply(factor));
  }
}
