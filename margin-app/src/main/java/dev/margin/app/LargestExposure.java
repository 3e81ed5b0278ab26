package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currency a position is most exposed to (the largest value held or owed net, other than the
 * quote currency), and how far its mark price is from the price that would liquidate the position.
 */
final class LargestExposure {
  private static final MathContext DISTANCE = new MathContext(34, RoundingMode.HALF_EVEN);

  private LargestExposure() {}

  /** The exposure of {@code position} as {@code assessment} valued it; empty if none is priced. */
  static Optional<LiquidationDistance> of(
      MarginRisk risk, MarginPosition position, Currency quote, RiskAssessment assessment) {
    Map<Currency, BigDecimal> inBtc = new HashMap<>();
    for (MarkUsed mark : assessment.marksUsed()) {
      inBtc.put(mark.currency(), mark.valueInBtc());
    }
    Currency largest = null;
    BigDecimal largestValue = BigDecimal.ZERO;
    for (Currency currency : currencies(position)) {
      BigDecimal value = currency.equals(Currency.BTC) ? BigDecimal.ONE : inBtc.get(currency);
      if (currency.equals(quote) || value == null) {
        continue;
      }
      BigDecimal net =
          position.asset(currency).subtract(position.liability(currency)).abs().multiply(value);
      if (net.compareTo(largestValue) > 0
          || (net.compareTo(largestValue) == 0
              && largest != null
              && currency.code().compareTo(largest.code()) < 0)) {
        largest = currency;
        largestValue = net;
      }
    }
    if (largest == null) {
      return Optional.empty();
    }
    try {
      LiquidationPrices prices = risk.liquidationPrices(position, largest, quote);
      Optional<BigDecimal> price =
          prices.liquidation().state() == ThresholdPrice.State.AT
              ? prices.liquidation().price()
              : Optional.empty();
      BigDecimal mark = prices.currentPrice();
      Optional<BigDecimal> distance =
          price.map(p -> p.subtract(mark).divide(mark, DISTANCE).stripTrailingZeros());
      return Optional.of(new LiquidationDistance(largest, quote, mark, price, distance));
    } catch (RuntimeException noPrice) {
      // no price of the currency in the quote: the change is told without it
      return Optional.empty();
    }
  }

  private static Set<Currency> currencies(MarginPosition position) {
    Set<Currency> held = new HashSet<>(position.assets().keySet());
    held.addAll(position.liabilities().keySet());
    return held;
  }
}
