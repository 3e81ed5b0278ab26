package dev.margin.app;

import dev.margin.domain.model.Currency;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a currency's mark price is from the price that would liquidate a position, all other
 * prices held.
 *
 * @param currency the currency the position is most exposed to: the largest value held or owed net,
 *     other than the quote currency
 * @param quoteCurrency the currency of the prices
 * @param markPrice its price now
 * @param liquidationPrice the price at which the position reaches its liquidation debt ratio; empty
 *     when no positive price gets there, or the position is there already
 * @param distance {@code (liquidationPrice - markPrice) / markPrice} to 34 significant digits, e.g.
 *     {@code -0.25} for a fall of 25%; empty without a liquidation price
 */
public record LiquidationDistance(
    Currency currency,
    Currency quoteCurrency,
    BigDecimal markPrice,
    Optional<BigDecimal> liquidationPrice,
    Optional<BigDecimal> distance) {

  /**
   * Validates.
   *
   * @param currency see {@link #currency()}
   * @param quoteCurrency see {@link #quoteCurrency()}
   * @param markPrice see {@link #markPrice()}
   * @param liquidationPrice see {@link #liquidationPrice()}
   * @param distance see {@link #distance()}
   * @throws NullPointerException if a component is null
   */
  public LiquidationDistance {
    Objects.requireNonNull(currency, "currency is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    Objects.requireNonNull(markPrice, "markPrice is null");
    Objects.requireNonNull(liquidationPrice, "liquidationPrice is null");
    Objects.requireNonNull(distance, "distance is null");
  }
}
