package dev.margin.app;

import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.Symbol;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the market-rules cache holds and how fresh it is.
 *
 * @param rulesLoadedAt when the rules in use were loaded, empty if never
 * @param markPricesLoadedAt when the mark prices in use were last swapped in (by a poll or from the
 *     stream), empty if never
 * @param symbols how many cross-margin symbols are held
 * @param markPrices how many mark prices are held
 * @param lastRulesFailure the failure of the latest rules refresh, empty if it succeeded
 * @param lastMarkPricesFailure the failure of the latest mark-price refresh, empty if it succeeded
 * @param markPriceOrigins where each held mark price came from, and since when
 * @param liveMarkPrices how the live stream stands; empty when the cache does not use one
 */
public record MarketRulesStatus(
    Optional<Instant> rulesLoadedAt,
    Optional<Instant> markPricesLoadedAt,
    int symbols,
    int markPrices,
    Optional<MarketDataException> lastRulesFailure,
    Optional<MarketDataException> lastMarkPricesFailure,
    Map<Symbol, MarkPriceOrigin> markPriceOrigins,
    Optional<LiveMarkPricesStatus> liveMarkPrices) {

  /**
   * Validates and copies.
   *
   * @param rulesLoadedAt see {@link #rulesLoadedAt()}
   * @param markPricesLoadedAt see {@link #markPricesLoadedAt()}
   * @param symbols see {@link #symbols()}
   * @param markPrices see {@link #markPrices()}
   * @param lastRulesFailure see {@link #lastRulesFailure()}
   * @param lastMarkPricesFailure see {@link #lastMarkPricesFailure()}
   * @param markPriceOrigins see {@link #markPriceOrigins()}; copied
   * @param liveMarkPrices see {@link #liveMarkPrices()}
   * @throws NullPointerException if a component is null
   */
  public MarketRulesStatus {
    Objects.requireNonNull(rulesLoadedAt, "rulesLoadedAt is null");
    Objects.requireNonNull(markPricesLoadedAt, "markPricesLoadedAt is null");
    Objects.requireNonNull(lastRulesFailure, "lastRulesFailure is null");
    Objects.requireNonNull(lastMarkPricesFailure, "lastMarkPricesFailure is null");
    markPriceOrigins = Map.copyOf(markPriceOrigins);
    Objects.requireNonNull(liveMarkPrices, "liveMarkPrices is null");
  }

  /**
   * A status of a cache that polls only, its prices' origins unknown.
   *
   * @param rulesLoadedAt see {@link #rulesLoadedAt()}
   * @param markPricesLoadedAt see {@link #markPricesLoadedAt()}
   * @param symbols see {@link #symbols()}
   * @param markPrices see {@link #markPrices()}
   * @param lastRulesFailure see {@link #lastRulesFailure()}
   * @param lastMarkPricesFailure see {@link #lastMarkPricesFailure()}
   */
  public MarketRulesStatus(
      Optional<Instant> rulesLoadedAt,
      Optional<Instant> markPricesLoadedAt,
      int symbols,
      int markPrices,
      Optional<MarketDataException> lastRulesFailure,
      Optional<MarketDataException> lastMarkPricesFailure) {
    this(
        rulesLoadedAt,
        markPricesLoadedAt,
        symbols,
        markPrices,
        lastRulesFailure,
        lastMarkPricesFailure,
        Map.of(),
        Optional.empty());
  }
}
