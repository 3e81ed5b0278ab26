package dev.margin.app;

import dev.margin.app.internal.Fixed;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validates orders against the snapshot in use: the snapshot's own refusals (no rules, stale rules,
 * an unknown symbol), then the accept path, which compares {@link Fixed} integers and allocates
 * nothing. Any doubt (a value too long for a long, an overflow) goes to {@link OrderChecks}, the
 * exact reject path that reports every violation, and {@link Suggestions} offers the nearest order
 * that passes it.
 */
final class OrderValidator implements OrderValidation {
  private final AtomicReference<MarketSnapshot> snapshot;
  private final Clock clock;
  private final OrderChecks checks;
  private final long maxRulesAgeMillis;
  private final long maxMarkAgeMillis;
  private final boolean priceBandCheck;

  OrderValidator(CachedMarketRules rules, Clock clock, MarginApplicationConfig config) {
    this.snapshot = Objects.requireNonNull(rules, "rules is null").snapshotReference();
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.checks = new OrderChecks(Objects.requireNonNull(config, "config is null"));
    this.maxRulesAgeMillis = config.maxRulesAge().toMillis();
    this.maxMarkAgeMillis = config.maxMarkPriceAge().toMillis();
    this.priceBandCheck = config.priceBandCheck();
  }

  @Override
  public ValidationResult validate(OrderRequest order) {
    Objects.requireNonNull(order, "order is null");
    return validate(order, snapshot.get(), clock.millis());
  }

  /** The verdict on {@code order} from one snapshot at one instant, as the pre-trade check asks. */
  ValidationResult validate(OrderRequest order, MarketSnapshot snapshot, long now) {
    if (snapshot.rules == null) {
      return refuse(
          order,
          new Violation(ViolationCode.RULES_UNAVAILABLE, "no trading rules loaded", null, null));
    }
    long rulesAge = now - snapshot.rulesLoadedMillis;
    if (rulesAge > maxRulesAgeMillis) {
      return refuse(
          order,
          new Violation(
              ViolationCode.RULES_STALE,
              "trading rules are " + Ages.tooOld(rulesAge, maxRulesAgeMillis),
              BigDecimal.valueOf(rulesAge, 3),
              BigDecimal.valueOf(maxRulesAgeMillis, 3)));
    }
    SymbolEntry entry = snapshot.entries.get(order.symbol(), order.symbolHash, order.symbolCode);
    if (entry == null) {
      return refuse(
          order,
          new Violation(
              ViolationCode.UNKNOWN_SYMBOL, "no trading rules for " + order.symbol(), null, null));
    }
    if (accepts(order, snapshot, entry, now)) {
      return ValidationResult.valid();
    }
    Band band = priceBandCheck ? snapshot.band(entry) : Band.NONE;
    Refusals refusals = checks.check(order, entry, band, now);
    if (refusals == null) {
      return ValidationResult.valid();
    }
    // the nearest order that passes the same check on the same snapshot at the same time
    Suggestions.Outcome outcome =
        Suggestions.suggest(
            order,
            entry,
            band,
            refusals.violations,
            priceBandCheck,
            candidate -> checks.check(candidate, entry, band, now) == null);
    return ValidationResult.invalid(refusals.violations, outcome.suggestion(), outcome.reason());
  }

  /**
   * Whether the accept path alone accepts {@code order} now: for tests that hold it to accepting
   * every valid order whose decimals fit in a long.
   */
  boolean acceptedOnTheFastPath(OrderRequest order) {
    MarketSnapshot current = snapshot.get();
    if (current.rules == null) {
      return false;
    }
    SymbolEntry entry = current.entries.get(order.symbol(), order.symbolHash, order.symbolCode);
    return entry != null && accepts(order, current, entry, clock.millis());
  }

  /**
   * The accept path: true only when the order passes every check, decided with integer counts of
   * ticks and lots. Anything it cannot decide, or any doubt, returns false and leaves the verdict
   * to {@link OrderChecks}, which reports every violation.
   */
  private boolean accepts(
      OrderRequest order, MarketSnapshot snapshot, SymbolEntry entry, long now) {
    Fixed price = order.fixedPrice;
    Fixed size = order.fixedSize;
    if (!entry.tradingEnabled
        || !entry.boundsInTicks
        || price == null
        || size == null
        || order.type() != OrderType.LIMIT
        || !order.plainFields
        || (order.mode() == MarginMode.ISOLATED && !entry.isolatedTrading)
        || price.unscaled <= 0
        || size.unscaled <= 0) {
      return false;
    }
    long priceTicks = entry.priceStep.ticks(price);
    long sizeLots = entry.baseStep.ticks(size);
    if (priceTicks <= 0
        || sizeLots <= 0
        || sizeLots < entry.minSizeLots
        || sizeLots > entry.maxSizeLots) {
      return false;
    }
    if (Math.multiplyHigh(priceTicks, sizeLots) == 0
        && Long.compareUnsigned(priceTicks * sizeLots, entry.minNotionalUnits) < 0) {
      return false;
    }
    return !priceBandCheck || insideBand(order, snapshot.band(entry), priceTicks, now);
  }

  private boolean insideBand(OrderRequest order, Band band, long priceTicks, long now) {
    // without a reference there is no band in ticks
    if (!band.inTicks || now - band.referenceMillis > maxMarkAgeMillis) {
      return false;
    }
    // selects rather than branches: the side of the next order is anyone's guess
    boolean buy = order.side() == Side.BUY;
    long lowest = buy ? Long.MIN_VALUE : band.minSellTicks;
    long highest = buy ? band.maxBuyTicks : Long.MAX_VALUE;
    return priceTicks >= lowest & priceTicks <= highest;
  }

  /**
   * A refusal for what the snapshot cannot answer, with the refusals of the order's own fields,
   * which need no market.
   */
  private static ValidationResult refuse(OrderRequest order, Violation violation) {
    Refusals fields = OrderFieldChecks.check(order, null);
    List<Violation> violations =
        new ArrayList<>(1 + (fields == null ? 0 : fields.violations.size()));
    violations.add(violation);
    if (fields != null) {
      violations.addAll(fields.violations);
    }
    return ValidationResult.invalid(violations, null, Suggestions.notByNumbers(violation));
  }
}
