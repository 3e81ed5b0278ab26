package dev.margin.app;

import dev.margin.domain.model.MarketDataException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the market-rules cache holds and how fresh it is.
 *
 * @param rulesLoadedAt when the rules in use were loaded, empty if never
 * @param markPricesLoadedAt when the mark prices in use were loaded, empty if never
 * @param symbols how many cross-margin symbols are held
 * @param markPrices how many mark prices are held
 * @param lastRulesFailure the failure of the latest rules refresh, empty if it succeeded
 * @param lastMarkPricesFailure the failure of the latest mark-price refresh, empty if it succeeded
 */
public record MarketRulesStatus(
    Optional<Instant> rulesLoadedAt,
    Optional<Instant> markPricesLoadedAt,
    int symbols,
    int markPrices,
    Optional<MarketDataException> lastRulesFailure,
    Optional<MarketDataException> lastMarkPricesFailure) {}
