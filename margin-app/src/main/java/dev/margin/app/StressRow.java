package dev.margin.app;

import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A position under one price move.
 *
 * @param move the move as a fraction, e.g. -0.2 for a 20% fall
 * @param debtRatio the ratio after the move; empty where it is infinite
 * @param status the status after the move
 * @param firstToWarn true on the smallest move that reaches the warning level (or worse)
 * @param firstToLiquidate true on the smallest move that reaches liquidation
 */
public record StressRow(
    BigDecimal move,
    Optional<BigDecimal> debtRatio,
    RiskStatus status,
    boolean firstToWarn,
    boolean firstToLiquidate) {}
