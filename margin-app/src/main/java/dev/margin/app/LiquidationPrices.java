package dev.margin.app;

import dev.margin.domain.model.Currency;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The prices of one currency at which a position is warned and liquidated, all other prices held.
 *
 * @param currency the currency whose price moves
 * @param quoteCurrency the currency the prices are in
 * @param currentPrice the currency's price now
 * @param warning the warning threshold's price; empty where no warning level applies
 * @param liquidation the liquidation threshold's price
 */
public record LiquidationPrices(
    Currency currency,
    Currency quoteCurrency,
    BigDecimal currentPrice,
    Optional<ThresholdPrice> warning,
    ThresholdPrice liquidation) {}
