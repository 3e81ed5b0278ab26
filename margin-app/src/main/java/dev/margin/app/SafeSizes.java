package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The trader's questions: the largest borrow and the largest order that keep a position SAFE,
 * solved from the ratio inequality exactly; one step more is never SAFE.
 */
final class SafeSizes {
  private SafeSizes() {}

  static Optional<BigDecimal> largestSafeBorrow(
      MarginPosition position, Currency currency, Increment step, RiskMarket market) {
    BigDecimal threshold = market.thresholds(position).safeBelow();
    if (threshold.compareTo(BigDecimal.ONE) >= 0) {
      return Optional.empty();
    }
    Valuer valuer = market.valuer();
    BigDecimal assets = Valuation.total(position.assets(), valuer);
    BigDecimal liabilities = Valuation.total(position.liabilities(), valuer);
    BigDecimal unit = valuer.inBtc(currency);
    // (L + x u) / (A + x u) < t  <=>  x u (1 - t) < t A - L
    BigDecimal headroom = threshold.multiply(assets).subtract(liabilities);
    if (headroom.signum() <= 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    BigDecimal perStep = BigDecimal.ONE.subtract(threshold).multiply(unit).multiply(step.value());
    return Optional.of(largestBelow(headroom, perStep).multiply(step.value()).stripTrailingZeros());
  }

  /** The largest whole number strictly below {@code numerator / denominator} (both positive). */
  private static BigDecimal largestBelow(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal ceiling = numerator.divide(denominator, 0, RoundingMode.CEILING);
    return ceiling.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
  }

  static BigDecimal largestSafeOrderSize(
      MarginPosition position, Symbol symbol, Side side, BigDecimal price, RiskMarket market) {
    CrossMarginSymbol trading = market.cross(symbol);
    BigDecimal lot = trading.baseIncrement().value();
    boolean buy = side == Side.BUY;
    // what the balances allow: the quote to pay with, or the base to sell
    BigDecimal lots =
        buy
            ? position.asset(symbol.quote()).divide(price.multiply(lot), 0, RoundingMode.FLOOR)
            : position.asset(symbol.base()).divide(lot, 0, RoundingMode.FLOOR);
    lots = lots.min(trading.baseMaxSize().divide(lot, 0, RoundingMode.FLOOR));
    Valuer valuer = market.valuer();
    BigDecimal assets = Valuation.total(position.assets(), valuer);
    BigDecimal liabilities = Valuation.total(position.liabilities(), valuer);
    if (liabilities.signum() > 0) {
      BigDecimal threshold = market.thresholds(position).safeBelow();
      // each unit of size changes the assets by d (in BTC); liabilities stay
      BigDecimal paid = price.multiply(valuer.inBtc(symbol.quote()));
      BigDecimal got = valuer.inBtc(symbol.base());
      BigDecimal perUnit = buy ? got.subtract(paid) : paid.subtract(got);
      BigDecimal headroom = threshold.multiply(assets).subtract(liabilities);
      if (perUnit.signum() < 0) {
        // L < t (A + s d)  <=>  s t |d| < t A - L
        BigDecimal byRatio =
            headroom.signum() <= 0
                ? BigDecimal.ZERO
                : largestBelow(headroom, threshold.multiply(perUnit.negate()).multiply(lot));
        lots = lots.min(byRatio);
      } else if (headroom.signum() <= 0) {
        // not safe now; a trade that adds value is safe only once it adds enough
        BigDecimal needed =
            perUnit.signum() == 0
                ? null
                : headroom
                    .negate()
                    .divide(threshold.multiply(perUnit).multiply(lot), 0, RoundingMode.FLOOR)
                    .add(BigDecimal.ONE);
        if (needed == null || needed.compareTo(lots) > 0) {
          lots = BigDecimal.ZERO;
        }
      }
    }
    return lots.max(BigDecimal.ZERO).multiply(lot).stripTrailingZeros();
  }
}
