package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One symbol's rules prepared for the hot path: the increments and minimum funds in {@link Fixed}
 * form, and the price band in ticks precomputed from the reference price.
 */
final class SymbolEntry {
  final CrossMarginSymbol rules;
  final IsolatedMarginSymbol isolated;
  final Fixed priceStep;
  final Fixed baseStep;
  final Fixed quoteStep;
  final Fixed minFunds;
  final ReferencePrice reference;
  final long referenceMillis;
  /** The largest buy price, in ticks; meaningful only with a reference. */
  final long maxBuyTicks;
  /** The smallest sell price, in ticks; meaningful only with a reference. */
  final long minSellTicks;

  SymbolEntry(CrossMarginSymbol rules, IsolatedMarginSymbol isolated, ReferencePrice reference) {
    this.rules = rules;
    this.isolated = isolated;
    this.priceStep = Fixed.of(rules.priceIncrement().value());
    this.baseStep = Fixed.of(rules.baseIncrement().value());
    this.quoteStep = Fixed.of(rules.quoteIncrement().value());
    this.minFunds = Fixed.of(rules.minFunds());
    this.reference = reference;
    if (reference == null) {
      this.referenceMillis = Long.MIN_VALUE;
      this.maxBuyTicks = Long.MIN_VALUE;
      this.minSellTicks = Long.MAX_VALUE;
    } else {
      this.referenceMillis = reference.markedAt().toEpochMilli();
      BigDecimal tickDenominator =
          reference.denominator().multiply(rules.priceIncrement().value());
      this.maxBuyTicks =
          saturate(
              reference
                  .numerator()
                  .multiply(BigDecimal.ONE.add(rules.priceLimitRate()))
                  .divide(tickDenominator, 0, RoundingMode.FLOOR));
      this.minSellTicks =
          saturate(
              reference
                  .numerator()
                  .multiply(BigDecimal.ONE.subtract(rules.priceLimitRate()))
                  .divide(tickDenominator, 0, RoundingMode.CEILING));
    }
  }

  /** {@code 1 + priceLimitRate}: a buy may pay up to the reference times this. */
  BigDecimal buyFactor() {
    return BigDecimal.ONE.add(rules.priceLimitRate());
  }

  /** {@code 1 - priceLimitRate}: a sell may ask down to the reference times this. */
  BigDecimal sellFactor() {
    return BigDecimal.ONE.subtract(rules.priceLimitRate());
  }

  private static long saturate(BigDecimal integer) {
    if (integer.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
      return Long.MAX_VALUE;
    }
    if (integer.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
      return Long.MIN_VALUE;
    }
    return integer.longValueExact();
  }
}
