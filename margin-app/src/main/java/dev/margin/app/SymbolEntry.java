package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.Quotients;
import dev.margin.app.internal.Step;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One symbol's rules prepared for the hot path: the increments, bounds and minimum funds in {@link
 * Fixed} form and in counts of ticks and lots. What the mark prices decide, the price band, is its
 * {@link Band} in each snapshot.
 */
final class SymbolEntry {
  final CrossMarginSymbol rules;
  final IsolatedMarginSymbol isolated;

  /** Copies of the flags, so the accept path reads this object only. */
  final boolean tradingEnabled;

  final boolean isolatedTrading;
  final Step priceStep;
  final Step baseStep;
  final Step quoteStep;
  final Fixed minFunds;
  final Fixed baseMin;
  final Fixed baseMax;
  final Fixed quoteMin;
  final Fixed quoteMax;

  /** The symbol and its currencies' packed codes, for the lookups of its reference price. */
  final PackedSymbol packed;

  /** Its place among the entries of one rules refresh, 0 to their count - 1: its band's slot. */
  final int index;

  /** {@code 1 + priceLimitRate}: a buy may pay up to the reference times this. */
  private final BigDecimal buyFactor;

  /** {@code 1 - priceLimitRate}: a sell may ask down to the reference times this. */
  private final BigDecimal sellFactor;

  /**
   * The unscaled values of {@link #buyFactor}, {@link #sellFactor} and the tick, -1 where one is
   * not positive or has more than 18 digits: for the band's arithmetic in longs.
   */
  final long buyFactorUnscaled;

  final long sellFactorUnscaled;
  final long tickUnscaled;

  /**
   * The size and order-value bounds in units of the lot and of tick × lot, so that the accept path
   * compares counts: a size that is {@code n} lots is at least the minimum exactly when {@code n >=
   * ceil(min / lot)}, and price × size reaches the minimum funds exactly when {@code priceTicks ×
   * sizeLots >= ceil(minFunds / (tick × lot))}. Valid only where {@link #boundsInTicks}.
   */
  final long minSizeLots;

  final long maxSizeLots;
  final long minNotionalUnits;
  final boolean boundsInTicks;

  /** The entry of {@code rules}, the {@code index}th of its refresh. */
  SymbolEntry(CrossMarginSymbol rules, IsolatedMarginSymbol isolated, int index) {
    this.index = index;
    this.rules = rules;
    this.isolated = isolated;
    this.tradingEnabled = rules.enableTrading();
    this.isolatedTrading = isolated != null && isolated.tradeEnable();
    this.priceStep = Step.of(rules.priceIncrement());
    this.baseStep = Step.of(rules.baseIncrement());
    this.quoteStep = Step.of(rules.quoteIncrement());
    this.minFunds = Fixed.of(rules.minFunds());
    this.baseMin = Fixed.of(rules.baseMinSize());
    this.baseMax = Fixed.of(rules.baseMaxSize());
    this.quoteMin = Fixed.of(rules.quoteMinSize());
    this.quoteMax = Fixed.of(rules.quoteMaxSize());
    BigDecimal lot = rules.baseIncrement().value();
    BigDecimal minLots = rules.baseMinSize().divide(lot, 0, RoundingMode.CEILING);
    BigDecimal maxLots = rules.baseMaxSize().divide(lot, 0, RoundingMode.FLOOR);
    BigDecimal minUnits =
        rules
            .minFunds()
            .divide(rules.priceIncrement().value().multiply(lot), 0, RoundingMode.CEILING);
    this.boundsInTicks =
        fitsInLong(minLots) && fitsInLong(minUnits) && priceStep != null && baseStep != null;
    this.minSizeLots = boundsInTicks ? minLots.longValueExact() : Long.MAX_VALUE;
    this.maxSizeLots = fitsInLong(maxLots) ? maxLots.longValueExact() : Long.MAX_VALUE;
    this.minNotionalUnits = boundsInTicks ? minUnits.longValueExact() : Long.MAX_VALUE;
    this.packed = PackedSymbol.of(rules.symbol());
    this.buyFactor = BigDecimal.ONE.add(rules.priceLimitRate());
    this.sellFactor = BigDecimal.ONE.subtract(rules.priceLimitRate());
    this.buyFactorUnscaled = Quotients.unscaled(buyFactor);
    this.sellFactorUnscaled = Quotients.unscaled(sellFactor);
    this.tickUnscaled = Quotients.unscaled(rules.priceIncrement().value());
  }

  /**
   * The reference price that {@code marks} and {@code values} give this symbol, as {@link
   * ReferencePrice#of} works it out, through the codes worked out once per rules refresh.
   *
   * @param marks the snapshot's mark prices
   * @param values the snapshot's values in BTC
   * @return the reference, or null where there is none
   */
  ReferencePrice reference(
      CodeTable<Symbol, MarkPrice> marks, CodeTable<Currency, BtcValue> values) {
    if (packed.samePair()) {
      return null;
    }
    Symbol symbol = packed.symbol();
    MarkPrice mark = marks.get(symbol, packed.hash(), packed.code());
    if (mark != null) {
      return ReferencePrice.direct(mark);
    }
    BtcValue base =
        ReferencePrice.inBtc(symbol.base(), packed.baseHash(), packed.baseCode(), values);
    BtcValue quote =
        ReferencePrice.inBtc(symbol.quote(), packed.quoteHash(), packed.quoteCode(), values);
    return base == null || quote == null ? null : ReferencePrice.route(base, quote);
  }

  /** {@code 1 + priceLimitRate}: a buy may pay up to the reference times this. */
  BigDecimal buyFactor() {
    return buyFactor;
  }

  /** {@code 1 - priceLimitRate}: a sell may ask down to the reference times this. */
  BigDecimal sellFactor() {
    return sellFactor;
  }

  /** Whether an integral decimal fits in a long. */
  static boolean fitsInLong(BigDecimal integer) {
    return integer.scale() == 0 && integer.precision() <= 18
        || integer.compareTo(LONG_MAX) <= 0 && integer.compareTo(LONG_MIN) >= 0;
  }

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
}
