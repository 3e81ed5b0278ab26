package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.Step;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One symbol's rules prepared for the hot path: the increments and minimum funds in {@link Fixed}
 * form, and the price band in ticks precomputed from the reference price.
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
  final ReferencePrice reference;
  final long referenceMillis;

  /** The symbol and its currencies' packed codes, for a swap's lookups. */
  final PackedSymbol packed;

  /**
   * What {@link #reference} was worked out from: the symbol's own mark, or else its base's and its
   * quote's values in BTC; null where not used.
   */
  private final MarkPrice referenceMark;

  private final BtcValue referenceBase;
  private final BtcValue referenceQuote;

  /** {@code 1 + priceLimitRate}: a buy may pay up to the reference times this. */
  private final BigDecimal buyFactor;

  /** {@code 1 - priceLimitRate}: a sell may ask down to the reference times this. */
  private final BigDecimal sellFactor;

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

  /** The largest buy price, in ticks; meaningful only where {@link #bandInTicks}. */
  final long maxBuyTicks;

  /** The smallest sell price, in ticks; meaningful only where {@link #bandInTicks}. */
  final long minSellTicks;

  /** Whether both band edges, in ticks, fit in a long; else the exact path decides. */
  final boolean bandInTicks;

  /** The largest buy price on the tick grid, exactly, where not {@link #bandInTicks}; else null. */
  private final BigDecimal maxBuyPrice;

  /**
   * The smallest sell price on the tick grid, exactly, where not {@link #bandInTicks}; else null.
   */
  private final BigDecimal minSellPrice;

  /** The entry of {@code rules}, without a reference price until {@linkplain #withMarks marked}. */
  SymbolEntry(CrossMarginSymbol rules, IsolatedMarginSymbol isolated) {
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
    this.reference = null;
    this.referenceMark = null;
    this.referenceBase = null;
    this.referenceQuote = null;
    this.referenceMillis = Long.MIN_VALUE;
    this.maxBuyPrice = null;
    this.minSellPrice = null;
    this.bandInTicks = false;
    this.maxBuyTicks = Long.MIN_VALUE;
    this.minSellTicks = Long.MAX_VALUE;
  }

  /**
   * {@code from} with another reference price: what the rules alone decide is copied, only the band
   * is worked out again. A swap of mark prices makes its entries this way.
   */
  private SymbolEntry(
      SymbolEntry from,
      ReferencePrice reference,
      MarkPrice referenceMark,
      BtcValue referenceBase,
      BtcValue referenceQuote) {
    this.rules = from.rules;
    this.isolated = from.isolated;
    this.tradingEnabled = from.tradingEnabled;
    this.isolatedTrading = from.isolatedTrading;
    this.priceStep = from.priceStep;
    this.baseStep = from.baseStep;
    this.quoteStep = from.quoteStep;
    this.minFunds = from.minFunds;
    this.baseMin = from.baseMin;
    this.baseMax = from.baseMax;
    this.quoteMin = from.quoteMin;
    this.quoteMax = from.quoteMax;
    this.boundsInTicks = from.boundsInTicks;
    this.minSizeLots = from.minSizeLots;
    this.maxSizeLots = from.maxSizeLots;
    this.minNotionalUnits = from.minNotionalUnits;
    this.packed = from.packed;
    this.buyFactor = from.buyFactor;
    this.sellFactor = from.sellFactor;
    this.reference = reference;
    this.referenceMark = referenceMark;
    this.referenceBase = referenceBase;
    this.referenceQuote = referenceQuote;
    if (reference == null) {
      this.referenceMillis = Long.MIN_VALUE;
      this.maxBuyPrice = null;
      this.minSellPrice = null;
      this.bandInTicks = false;
      this.maxBuyTicks = Long.MIN_VALUE;
      this.minSellTicks = Long.MAX_VALUE;
      return;
    }
    BigDecimal tick = rules.priceIncrement().value();
    BigDecimal tickDenominator =
        reference.denominator() == BigDecimal.ONE ? tick : reference.denominator().multiply(tick);
    BigDecimal buyTicks =
        reference.numerator().multiply(buyFactor).divide(tickDenominator, 0, RoundingMode.FLOOR);
    BigDecimal sellTicks =
        reference.numerator().multiply(sellFactor).divide(tickDenominator, 0, RoundingMode.CEILING);
    boolean inTicks = fitsInLong(buyTicks) && fitsInLong(sellTicks);
    this.referenceMillis = reference.markedAt().toEpochMilli();
    this.maxBuyPrice = inTicks ? null : buyTicks.multiply(tick);
    this.minSellPrice = inTicks ? null : sellTicks.multiply(tick);
    this.bandInTicks = inTicks;
    this.maxBuyTicks = inTicks ? buyTicks.longValueExact() : Long.MIN_VALUE;
    this.minSellTicks = inTicks ? sellTicks.longValueExact() : Long.MAX_VALUE;
  }

  /**
   * This entry with the reference price that {@code marks} and {@code values} give it, as {@link
   * ReferencePrice#of} works it out: this entry itself where it comes from the same mark or the
   * same two values, its source's text kept where it comes from the same pairs, and only the band
   * worked out again.
   *
   * @param marks the snapshot's mark prices
   * @param values the snapshot's values in BTC
   */
  SymbolEntry withMarks(CodeTable<Symbol, MarkPrice> marks, CodeTable<Currency, BtcValue> values) {
    Symbol symbol = packed.symbol();
    if (packed.samePair()) {
      return this;
    }
    MarkPrice mark = marks.get(symbol, packed.hash(), packed.code());
    if (mark != null) {
      if (mark == referenceMark) {
        return this;
      }
      String source = referenceMark != null ? reference.source() : null;
      return new SymbolEntry(this, ReferencePrice.direct(mark, source), mark, null, null);
    }
    BtcValue base =
        ReferencePrice.inBtc(symbol.base(), packed.baseHash(), packed.baseCode(), values);
    BtcValue quote =
        ReferencePrice.inBtc(symbol.quote(), packed.quoteHash(), packed.quoteCode(), values);
    if (base == null || quote == null) {
      return reference == null ? this : new SymbolEntry(this, null, null, null, null);
    }
    if (base == referenceBase && quote == referenceQuote) {
      return this;
    }
    boolean samePairs =
        referenceBase != null
            && Objects.equals(base.pair(), referenceBase.pair())
            && Objects.equals(quote.pair(), referenceQuote.pair());
    String source = samePairs ? reference.source() : null;
    return new SymbolEntry(this, ReferencePrice.route(base, quote, source), null, base, quote);
  }

  /** The largest buy price on the tick grid, exactly; null without a reference. */
  BigDecimal maxBuyPrice() {
    return bandInTicks
        ? BigDecimal.valueOf(maxBuyTicks).multiply(rules.priceIncrement().value())
        : maxBuyPrice;
  }

  /** The smallest sell price on the tick grid, exactly; null without a reference. */
  BigDecimal minSellPrice() {
    return bandInTicks
        ? BigDecimal.valueOf(minSellTicks).multiply(rules.priceIncrement().value())
        : minSellPrice;
  }

  /** {@code 1 + priceLimitRate}: a buy may pay up to the reference times this. */
  BigDecimal buyFactor() {
    return buyFactor;
  }

  /** {@code 1 - priceLimitRate}: a sell may ask down to the reference times this. */
  BigDecimal sellFactor() {
    return sellFactor;
  }

  private static boolean fitsInLong(BigDecimal integer) {
    return integer.scale() == 0 && integer.precision() <= 18
        || integer.compareTo(LONG_MAX) <= 0 && integer.compareTo(LONG_MIN) >= 0;
  }

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
}
