package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One unit of a currency in BTC, worked out once per mark-price refresh: {@code mark(X-BTC)}
 * exactly, or {@code 1 / mark(BTC-X)} at {@link Valuer#PRECISION} where only the inverse pair is
 * marked.
 *
 * @param numerator the exact value in BTC is {@code numerator / denominator}: {@code mark(X-BTC) /
 *     1}, or {@code 1 / mark(BTC-X)}
 * @param denominator see {@code numerator}
 * @param value the value in BTC ({@code numerator / denominator}, rounded where it divides)
 * @param display the value without trailing zeros
 * @param source the mark behind it, e.g. {@code mark(ETH-BTC)}
 * @param markedAt when it was marked
 * @param unscaled the value's unscaled digits where they fit in a long, else -1
 * @param scale the value's scale
 * @param index its place among the values of one snapshot, 0 to their count - 1, so that a check
 *     notes which it has used in a bit set rather than a map; -1 for BTC itself
 */
record BtcValue(
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal value,
    BigDecimal display,
    String source,
    Instant markedAt,
    long unscaled,
    int scale,
    int index) {

  BtcValue(
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      BigDecimal display,
      String source,
      Instant markedAt,
      int index) {
    this(
        numerator,
        denominator,
        value,
        display,
        source,
        markedAt,
        value.precision() <= 18 ? value.unscaledValue().longValueExact() : -1,
        value.scale(),
        index);
  }

  /** BTC in BTC: one, exactly, marked by no one. */
  static final BtcValue BTC =
      new BtcValue(
          BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "1", Instant.MAX, -1);

  /** Every currency the marks value in BTC, BTC itself excluded. */
  static Map<Currency, BtcValue> all(Map<Symbol, MarkPrice> marks) {
    Map<Currency, BtcValue> values = new HashMap<>(marks.size() * 2);
    for (MarkPrice mark : marks.values()) {
      Symbol symbol = mark.symbol();
      if (symbol.quote().equals(Currency.BTC) && !symbol.base().equals(Currency.BTC)) {
        values.put(
            symbol.base(),
            new BtcValue(
                mark.value(),
                BigDecimal.ONE,
                mark.value(),
                mark.value(),
                "mark(" + symbol + ")",
                mark.timePoint(),
                values.size()));
      }
    }
    for (MarkPrice mark : marks.values()) {
      Symbol symbol = mark.symbol();
      if (symbol.base().equals(Currency.BTC)
          && !symbol.quote().equals(Currency.BTC)
          && !values.containsKey(symbol.quote())) {
        BigDecimal inverse = BigDecimal.ONE.divide(mark.value(), Valuer.PRECISION);
        values.put(
            symbol.quote(),
            new BtcValue(
                BigDecimal.ONE,
                mark.value(),
                inverse,
                inverse.stripTrailingZeros(),
                "1 / mark(" + symbol + ")",
                mark.timePoint(),
                values.size()));
      }
    }
    return values;
  }
}
