package dev.margin.cli;

import dev.margin.app.LiquidationPrices;
import dev.margin.app.ThresholdPrice;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A position's debt ratio along a range of price moves, each point answered by the service, with
 * what a chart of it marks. The x axis is the price of one currency when {@code prices} is present,
 * else the move itself (several currencies moving together, or the valuation currency).
 *
 * @param valuation the currency prices are in
 * @param moving the currencies that move, in code order; one when {@code prices} is present
 * @param prices the service's warning and liquidation prices of the currency on the x axis, and its
 *     price now; empty when the x axis is a move
 * @param warningRatio the warning threshold; empty where none applies
 * @param liquidationRatio the liquidation threshold
 * @param ratioNow the debt ratio now; empty where it is infinite
 * @param points the samples, in increasing x; at least two
 */
record RiskCurve(
    Currency valuation,
    List<Currency> moving,
    Optional<LiquidationPrices> prices,
    Optional<BigDecimal> warningRatio,
    BigDecimal liquidationRatio,
    Optional<BigDecimal> ratioNow,
    List<Point> points) {

  /**
   * One sample.
   *
   * @param x the price of the currency on the x axis, or the move as a fraction (-0.2 for a 20%
   *     fall)
   * @param debtRatio the ratio there; empty where it is infinite
   * @param status the status there
   */
  record Point(BigDecimal x, Optional<BigDecimal> debtRatio, RiskStatus status) {
    Point {
      Objects.requireNonNull(x, "x is null");
      Objects.requireNonNull(debtRatio, "debtRatio is null");
      Objects.requireNonNull(status, "status is null");
    }
  }

  RiskCurve {
    Objects.requireNonNull(valuation, "valuation is null");
    moving = List.copyOf(moving);
    Objects.requireNonNull(prices, "prices is null");
    Objects.requireNonNull(warningRatio, "warningRatio is null");
    Objects.requireNonNull(liquidationRatio, "liquidationRatio is null");
    Objects.requireNonNull(ratioNow, "ratioNow is null");
    points = List.copyOf(points);
    if (points.size() < 2) {
      throw new IllegalArgumentException("a curve needs two points, not " + points.size());
    }
    if (prices.isPresent() && moving.size() != 1) {
      throw new IllegalArgumentException("a price axis is one currency's, not " + moving);
    }
  }

  /** {@return whether the x axis is a price (else it is a move)} */
  boolean priced() {
    return prices.isPresent();
  }

  /** {@return where the position is now on the x axis: its price, or no move} */
  BigDecimal now() {
    return prices.map(LiquidationPrices::currentPrice).orElse(BigDecimal.ZERO);
  }

  /** {@return the service's warning price, where a positive price reaches the threshold} */
  Optional<BigDecimal> warningPrice() {
    return prices.flatMap(LiquidationPrices::warning).flatMap(ThresholdPrice::price);
  }

  /** {@return the service's liquidation price, where a positive price reaches the threshold} */
  Optional<BigDecimal> liquidationPrice() {
    return prices.flatMap(p -> p.liquidation().price());
  }

  BigDecimal xMin() {
    return points.get(0).x();
  }

  BigDecimal xMax() {
    return points.get(points.size() - 1).x();
  }

  /**
   * {@return the top of the ratio axis, a multiple of 0.1: a fifth above liquidation, and up to
   * twice liquidation where the curve rises that high}
   */
  BigDecimal ratioTop() {
    BigDecimal top = liquidationRatio.multiply(new BigDecimal("1.2"));
    BigDecimal cap = liquidationRatio.multiply(BigDecimal.valueOf(2));
    for (Point point : points) {
      if (point.debtRatio().isEmpty()) {
        top = top.max(cap);
      } else {
        top = top.max(point.debtRatio().get().multiply(new BigDecimal("1.05")).min(cap));
      }
    }
    return top.setScale(1, RoundingMode.CEILING);
  }

  /** {@return what the x axis shows, e.g. {@code price of BTC in USDT}} */
  String axisName() {
    if (priced()) {
      return "price of " + moving.get(0) + " in " + valuation;
    }
    if (moving.isEmpty()) {
      return "joint move of the position's non-stable currencies (none held)";
    }
    if (moving.size() == 1) {
      return "move of " + moving.get(0) + ", every other price held";
    }
    return "joint move of "
        + String.join(", ", moving.stream().map(Currency::code).toList())
        + " in "
        + valuation;
  }

  /** {@return an x value for people: a price as {@link Output#rounded}, a move in percent} */
  String label(BigDecimal x) {
    if (priced()) {
      return Output.rounded(x);
    }
    BigDecimal percent = x.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    return (percent.signum() > 0 ? "+" : "") + Output.plain(percent) + "%";
  }
}
