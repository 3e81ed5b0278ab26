package dev.margin.app;

import dev.margin.domain.model.Currency;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * How one currency was valued.
 *
 * @param currency the currency
 * @param valueInBtc one unit's value in BTC (1 for BTC)
 * @param source the mark prices behind it, e.g. {@code mark(ETH-BTC)} or {@code 1 / mark(BTC-TRY)}
 * @param markedAt when the oldest of them was marked
 * @param age how old that was at the check
 */
public record MarkUsed(
    Currency currency, BigDecimal valueInBtc, String source, Instant markedAt, Duration age) {}
