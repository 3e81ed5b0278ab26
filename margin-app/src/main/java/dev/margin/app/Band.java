package dev.margin.app;

import dev.margin.app.internal.Quotients;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One symbol's price band in one snapshot: its reference price, and the largest buy and smallest
 * sell price the band admits, in ticks where they fit in a long. Worked out from the snapshot's
 * marks the first time a check of the symbol asks for it ({@link MarketSnapshot#band}), so that a
 * swap of mark prices costs the same whatever the number of symbols it moves, and symbols no order
 * names cost nothing. Immutable: its fields are final, so a band one thread made is whole to
 * another that reads it.
 */
final class Band {

  /** The band of a symbol without a reference price: it admits nothing. */
  static final Band NONE = new Band();

  /** The reference price; null where there is none. */
  final ReferencePrice reference;

  /** When the reference was marked, in epoch milliseconds; {@code Long.MIN_VALUE} if none. */
  final long referenceMillis;

  /** The largest buy price, in ticks; meaningful only where {@link #inTicks}. */
  final long maxBuyTicks;

  /** The smallest sell price, in ticks; meaningful only where {@link #inTicks}. */
  final long minSellTicks;

  /** Whether both edges, in ticks, fit in a long; else the exact path decides. */
  final boolean inTicks;

  private final BigDecimal tick;

  /** The largest buy price on the tick grid, exactly, where not {@link #inTicks}; else null. */
  private final BigDecimal maxBuyPrice;

  /** The smallest sell price on the tick grid, exactly, where not {@link #inTicks}; else null. */
  private final BigDecimal minSellPrice;

  private Band() {
    this.reference = null;
    this.referenceMillis = Long.MIN_VALUE;
    this.maxBuyTicks = Long.MIN_VALUE;
    this.minSellTicks = Long.MAX_VALUE;
    this.inTicks = false;
    this.tick = null;
    this.maxBuyPrice = null;
    this.minSellPrice = null;
  }

  private Band(SymbolEntry entry, ReferencePrice reference) {
    this.reference = reference;
    this.referenceMillis = reference.markedAt().toEpochMilli();
    BigDecimal tick = entry.rules.priceIncrement().value();
    this.tick = tick;
    // in longs where every step fits: the common case, a few nanoseconds
    BigDecimal numerator = reference.numerator();
    BigDecimal denominator = reference.denominator();
    long x = Quotients.unscaled(numerator);
    long y = Quotients.times(Quotients.unscaled(denominator), entry.tickUnscaled);
    long yScale = (long) denominator.scale() + tick.scale();
    long buy =
        Quotients.divide(
            Quotients.times(x, entry.buyFactorUnscaled),
            (long) numerator.scale() + entry.buyFactor().scale(),
            y,
            yScale,
            false);
    long sell =
        Quotients.divide(
            Quotients.times(x, entry.sellFactorUnscaled),
            (long) numerator.scale() + entry.sellFactor().scale(),
            y,
            yScale,
            true);
    if (buy != Quotients.UNDECIDED && sell != Quotients.UNDECIDED) {
      this.inTicks = true;
      this.maxBuyTicks = buy;
      this.minSellTicks = sell;
      this.maxBuyPrice = null;
      this.minSellPrice = null;
      return;
    }
    BigDecimal tickDenominator = denominator == BigDecimal.ONE ? tick : denominator.multiply(tick);
    BigDecimal buyTicks =
        numerator.multiply(entry.buyFactor()).divide(tickDenominator, 0, RoundingMode.FLOOR);
    BigDecimal sellTicks =
        numerator.multiply(entry.sellFactor()).divide(tickDenominator, 0, RoundingMode.CEILING);
    boolean fits = SymbolEntry.fitsInLong(buyTicks) && SymbolEntry.fitsInLong(sellTicks);
    this.inTicks = fits;
    this.maxBuyTicks = fits ? buyTicks.longValueExact() : Long.MIN_VALUE;
    this.minSellTicks = fits ? sellTicks.longValueExact() : Long.MAX_VALUE;
    this.maxBuyPrice = fits ? null : buyTicks.multiply(tick);
    this.minSellPrice = fits ? null : sellTicks.multiply(tick);
  }

  /**
   * The band of {@code entry} around {@code reference}.
   *
   * @param reference the symbol's reference price, or null for {@link #NONE}
   */
  static Band of(SymbolEntry entry, ReferencePrice reference) {
    return reference == null ? NONE : new Band(entry, reference);
  }

  /** The largest buy price on the tick grid, exactly; null without a reference. */
  BigDecimal maxBuyPrice() {
    return inTicks ? BigDecimal.valueOf(maxBuyTicks).multiply(tick) : maxBuyPrice;
  }

  /** The smallest sell price on the tick grid, exactly; null without a reference. */
  BigDecimal minSellPrice() {
    return inTicks ? BigDecimal.valueOf(minSellTicks).multiply(tick) : minSellPrice;
  }
}
