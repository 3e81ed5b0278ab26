package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.CodeTableCopy;
import dev.margin.app.internal.PackedCode;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
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
 * @param pair the pair marked, {@code X-BTC} or {@code BTC-X}; null for BTC itself
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
    int index,
    Symbol pair) {

  BtcValue(
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal value,
      BigDecimal display,
      String source,
      Instant markedAt,
      int index,
      Symbol pair) {
    this(
        numerator,
        denominator,
        value,
        display,
        source,
        markedAt,
        value.precision() <= 18 ? value.scaleByPowerOfTen(value.scale()).longValueExact() : -1,
        value.scale(),
        index,
        pair);
  }

  /** BTC in BTC: one, exactly, marked by no one. */
  static final BtcValue BTC =
      new BtcValue(
          BigDecimal.ONE,
          BigDecimal.ONE,
          BigDecimal.ONE,
          BigDecimal.ONE,
          "1",
          Instant.MAX,
          -1,
          null);

  /** Every currency the marks value in BTC, BTC itself excluded. */
  static Map<Currency, BtcValue> all(Collection<MarkPrice> marks) {
    Map<Currency, BtcValue> values = new HashMap<>(marks.size() * 2);
    for (MarkPrice mark : marks) {
      Symbol symbol = mark.symbol();
      if (isDirect(symbol)) {
        values.put(symbol.base(), direct(mark, values.size(), null));
      }
    }
    for (MarkPrice mark : marks) {
      Symbol symbol = mark.symbol();
      if (isInverse(symbol) && !values.containsKey(symbol.quote())) {
        values.put(symbol.quote(), inverse(mark, values.size(), null));
      }
    }
    return values;
  }

  /** The marks a merge replaced, each with its base's and its quote's {@link PackedCode}. */
  static final class Changes {
    private final MarkPrice[] marks;
    private final long[] baseCodes;
    private final long[] quoteCodes;
    private int size;

    Changes(int capacity) {
      this.marks = new MarkPrice[capacity];
      this.baseCodes = new long[capacity];
      this.quoteCodes = new long[capacity];
    }

    void add(MarkPrice mark, long baseCode, long quoteCode) {
      marks[size] = mark;
      baseCodes[size] = baseCode;
      quoteCodes[size] = quoteCode;
      size++;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }

  private static final long BTC_CODE = PackedCode.of(Currency.BTC);

  /**
   * {@code before} with the values that {@code changed} give, as {@link #all} would work them out
   * from {@code marks}, which hold every mark of {@code before} or a later one, and {@code
   * changed}: each value kept where its mark did not change, each changed one keeping its index and
   * its source's text, and each new one numbered after the others.
   */
  static CodeTable<Currency, BtcValue> updated(
      CodeTable<Currency, BtcValue> before, CodeTable<Symbol, MarkPrice> marks, Changes changed) {
    CodeTableCopy<Currency, BtcValue> values = before.copy();
    for (int i = 0; i < changed.size; i++) {
      long baseCode = changed.baseCodes[i];
      long quoteCode = changed.quoteCodes[i];
      // a code of BTC is BTC's and no other currency's; a long code packs to NONE, never BTC's
      boolean direct = quoteCode == BTC_CODE && baseCode != BTC_CODE;
      boolean inverse = baseCode == BTC_CODE && quoteCode != BTC_CODE;
      if (!direct && !inverse) {
        continue;
      }
      MarkPrice mark = changed.marks[i];
      Symbol symbol = mark.symbol();
      if (inverse && marks.get(Symbol.of(symbol.quote(), Currency.BTC)) != null) {
        continue;
      }
      Currency currency = direct ? symbol.base() : symbol.quote();
      long code = direct ? baseCode : quoteCode;
      int hash = currency.hashCode();
      int slot = values.slot(currency, hash, code);
      BtcValue old = values.at(slot);
      int index = old == null ? values.size() : old.index;
      values.putAt(
          slot,
          currency,
          hash,
          code,
          direct ? direct(mark, index, old) : inverse(mark, index, old));
    }
    return values.table();
  }

  private static boolean isDirect(Symbol symbol) {
    return symbol.quote().equals(Currency.BTC) && !symbol.base().equals(Currency.BTC);
  }

  private static boolean isInverse(Symbol symbol) {
    return symbol.base().equals(Currency.BTC) && !symbol.quote().equals(Currency.BTC);
  }

  /** {@code mark(X-BTC)}, whose source is {@code old}'s text where that is the same pair's. */
  private static BtcValue direct(MarkPrice mark, int index, BtcValue old) {
    Symbol symbol = mark.symbol();
    String source = old != null && symbol.equals(old.pair) ? old.source : "mark(" + symbol + ")";
    return new BtcValue(
        mark.value(),
        BigDecimal.ONE,
        mark.value(),
        mark.value(),
        source,
        mark.timePoint(),
        index,
        symbol);
  }

  /** {@code 1 / mark(BTC-X)}, whose source is {@code old}'s text where that is the same pair's. */
  private static BtcValue inverse(MarkPrice mark, int index, BtcValue old) {
    Symbol symbol = mark.symbol();
    String source =
        old != null && symbol.equals(old.pair) ? old.source : "1 / mark(" + symbol + ")";
    BigDecimal inverse = BigDecimal.ONE.divide(mark.value(), Valuer.PRECISION);
    return new BtcValue(
        BigDecimal.ONE,
        mark.value(),
        inverse,
        inverse.stripTrailingZeros(),
        source,
        mark.timePoint(),
        index,
        symbol);
  }
}
