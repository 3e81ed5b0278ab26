package dev.margin.app;

import static dev.margin.app.Refusals.add;

import dev.margin.domain.model.Side;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;

/**
 * The price band on the reject path: a limit buy no higher, and a sell no lower, than the reference
 * mark price plus or minus the symbol's price limit rate, with a reference no older than the
 * configured age. The accept path decides the same band in ticks, in {@link OrderValidator}.
 */
final class PriceBandCheck {
  private final long maxMarkAgeMillis;

  PriceBandCheck(long maxMarkAgeMillis) {
    this.maxMarkAgeMillis = maxMarkAgeMillis;
  }

  /**
   * Adds the band's violation of the limit order, if any: no reference, a stale one, or a price
   * beyond the band. {@code ticks} is the price in ticks, or negative where it has no count.
   */
  Refusals check(
      OrderRequest order, SymbolEntry entry, Band band, long ticks, long now, Refusals refusals) {
    if (band.reference == null) {
      return add(
          refusals,
          ViolationCode.MARK_PRICE_UNAVAILABLE,
          "no mark price for " + order.symbol() + ", direct or through BTC",
          null,
          null);
    }
    long age = now - band.referenceMillis;
    if (age > maxMarkAgeMillis) {
      return add(
          refusals,
          ViolationCode.MARK_PRICE_STALE,
          "the mark price is " + Ages.tooOld(age, maxMarkAgeMillis),
          BigDecimal.valueOf(age, 3),
          BigDecimal.valueOf(maxMarkAgeMillis, 3));
    }
    boolean buy = order.side() == Side.BUY;
    boolean inside;
    if (ticks >= 0 && band.inTicks) {
      inside = buy ? ticks <= band.maxBuyTicks : ticks >= band.minSellTicks;
    } else {
      int comparison =
          band.reference.comparePrice(
              order.rawPrice(), buy ? entry.buyFactor() : entry.sellFactor());
      inside = buy ? comparison <= 0 : comparison >= 0;
    }
    if (inside) {
      return refusals;
    }
    BigDecimal edge =
        band.reference
            .numerator()
            .multiply(buy ? entry.buyFactor() : entry.sellFactor())
            .divide(band.reference.denominator(), ReferencePrice.DISPLAY)
            .stripTrailingZeros();
    return add(
        refusals,
        ViolationCode.PRICE_OUTSIDE_LIMIT,
        (buy ? "a buy at " : "a sell at ")
            + order.rawPrice().toPlainString()
            + (buy ? " is above " : " is below ")
            + edge.toPlainString()
            + ", the reference price "
            + band.reference.approximate().toPlainString()
            + (buy ? " plus " : " minus ")
            + entry.rules.priceLimitRate().toPlainString()
            + " of it",
        order.rawPrice(),
        edge);
  }
}
