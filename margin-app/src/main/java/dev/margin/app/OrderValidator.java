package dev.margin.app;

import dev.margin.app.internal.Fixed;
import dev.margin.app.internal.Step;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validates orders against the snapshot in use. The accept path compares {@link Fixed} integers and
 * allocates nothing; any doubt (a value too long for a long, an overflow) takes the exact {@link
 * BigDecimal} path, and every refusal is built on the reject path only.
 */
final class OrderValidator implements OrderValidation {
  private final AtomicReference<MarketSnapshot> snapshot;
  private final Clock clock;
  private final MarginApplicationConfig config;
  private final long maxRulesAgeMillis;
  private final long maxMarkAgeMillis;
  private final boolean priceBandCheck;

  OrderValidator(CachedMarketRules rules, Clock clock, MarginApplicationConfig config) {
    this.snapshot = Objects.requireNonNull(rules, "rules is null").snapshotReference();
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.config = Objects.requireNonNull(config, "config is null");
    this.maxRulesAgeMillis = config.maxRulesAge().toMillis();
    this.maxMarkAgeMillis = config.maxMarkPriceAge().toMillis();
    this.priceBandCheck = config.priceBandCheck();
  }

  @Override
  public ValidationResult validate(OrderRequest order) {
    Objects.requireNonNull(order, "order is null");
    MarketSnapshot snapshot = this.snapshot.get();
    long now = clock.millis();
    if (snapshot.rules == null) {
      return refuse(
          new Violation(ViolationCode.RULES_UNAVAILABLE, "no trading rules loaded", null, null));
    }
    long rulesAge = now - snapshot.rulesLoadedMillis;
    if (rulesAge > maxRulesAgeMillis) {
      return refuse(
          new Violation(
              ViolationCode.RULES_STALE,
              "trading rules are " + Ages.tooOld(rulesAge, maxRulesAgeMillis),
              BigDecimal.valueOf(rulesAge, 3),
              BigDecimal.valueOf(maxRulesAgeMillis, 3)));
    }
    SymbolEntry entry = snapshot.entries.get(order.symbol(), order.symbolHash, order.symbolCode);
    if (entry == null) {
      return refuse(
          new Violation(
              ViolationCode.UNKNOWN_SYMBOL, "no trading rules for " + order.symbol(), null, null));
    }
    if (accepts(order, entry, now)) {
      return ValidationResult.valid();
    }
    Refusals refusals = check(order, entry, now);
    return refusals == null ? ValidationResult.valid() : refusals.result(order, entry, now, this);
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
    return entry != null && accepts(order, entry, clock.millis());
  }

  /**
   * The accept path: true only when the order passes every check, decided with integer counts of
   * ticks and lots. Anything it cannot decide, or any doubt, returns false and leaves the verdict
   * to {@link #check}, which reports every violation.
   */
  private boolean accepts(OrderRequest order, SymbolEntry entry, long now) {
    Fixed price = order.fixedPrice;
    Fixed size = order.fixedSize;
    if (!entry.tradingEnabled
        || !entry.boundsInTicks
        || price == null
        || size == null
        || order.type() != OrderType.LIMIT
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
    return !priceBandCheck || insideBand(order, entry, priceTicks, now);
  }

  private boolean insideBand(OrderRequest order, SymbolEntry entry, long priceTicks, long now) {
    // without a reference there is no band in ticks
    if (!entry.bandInTicks || now - entry.referenceMillis > maxMarkAgeMillis) {
      return false;
    }
    // selects rather than branches: the side of the next order is anyone's guess
    boolean buy = order.side() == Side.BUY;
    long lowest = buy ? Long.MIN_VALUE : entry.minSellTicks;
    long highest = buy ? entry.maxBuyTicks : Long.MAX_VALUE;
    return priceTicks >= lowest & priceTicks <= highest;
  }

  /** Every violation of {@code order} against {@code entry} at {@code now}, or null if none. */
  private Refusals check(OrderRequest order, SymbolEntry entry, long now) {
    Refusals refusals = null;
    if (!entry.tradingEnabled) {
      refusals =
          add(
              refusals,
              ViolationCode.TRADING_DISABLED,
              order.symbol() + " is not trading",
              null,
              null);
    }
    if (order.mode() == MarginMode.ISOLATED && !entry.isolatedTrading) {
      refusals =
          add(
              refusals,
              ViolationCode.ISOLATED_NOT_AVAILABLE,
              order.symbol()
                  + (entry.isolated == null
                      ? " is not an isolated-margin symbol"
                      : " is not trading in isolated margin"),
              null,
              null);
    }
    if (order.type() == OrderType.LIMIT) {
      refusals = checkLimit(order, entry, now, refusals);
    } else if (order.rawFunds() != null) {
      refusals = checkFunds(order.rawFunds(), order.fixedFunds, entry, refusals);
    } else {
      refusals = checkSize(order.rawSize(), order.fixedSize, entry, refusals);
    }
    return refusals;
  }

  private Refusals checkLimit(OrderRequest order, SymbolEntry entry, long now, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    BigDecimal price = order.rawPrice();
    long ticks = Fixed.UNDECIDED;
    boolean pricePositive = price != null && price.signum() > 0;
    if (!pricePositive) {
      refusals =
          add(
              refusals,
              ViolationCode.PRICE_NOT_POSITIVE,
              price == null
                  ? "a limit order needs a price"
                  : "price " + price.toPlainString() + " is not positive",
              price,
              null);
    } else {
      ticks = multiples(price, order.fixedPrice, rules.priceIncrement(), entry.priceStep);
      if (ticks == Fixed.NOT_MULTIPLE) {
        refusals =
            add(
                refusals,
                ViolationCode.PRICE_INCREMENT,
                "price "
                    + price.toPlainString()
                    + " is not a multiple of the tick "
                    + rules.priceIncrement(),
                price,
                rules.priceIncrement().value());
      }
    }
    refusals = checkSize(order.rawSize(), order.fixedSize, entry, refusals);
    BigDecimal size = order.rawSize();
    if (pricePositive && size != null && size.signum() > 0) {
      int notional = compareNotional(order, entry);
      if (notional < 0) {
        BigDecimal value = price.multiply(size);
        refusals =
            add(
                refusals,
                ViolationCode.NOTIONAL_BELOW_MIN_FUNDS,
                "order value "
                    + value.toPlainString()
                    + " is below the minimum "
                    + rules.minFunds().toPlainString(),
                value,
                rules.minFunds());
      }
    }
    if (pricePositive && config.priceBandCheck()) {
      refusals = checkBand(order, entry, ticks, now, refusals);
    }
    return refusals;
  }

  private Refusals checkBand(
      OrderRequest order, SymbolEntry entry, long ticks, long now, Refusals refusals) {
    if (entry.reference == null) {
      return add(
          refusals,
          ViolationCode.MARK_PRICE_UNAVAILABLE,
          "no mark price for " + order.symbol() + ", direct or through BTC",
          null,
          null);
    }
    long age = now - entry.referenceMillis;
    if (age > maxMarkAgeMillis) {
      return add(
          refusals,
          ViolationCode.MARK_PRICE_STALE,
          "the mark price is " + Ages.tooOld(age, maxMarkAgeMillis),
          BigDecimal.valueOf(age, 3),
          BigDecimal.valueOf(maxMarkAgeMillis, 3));
    }
    boolean buy = order.side() == Side.BUY;
    boolean inside;
    if (ticks >= 0 && entry.bandInTicks) {
      inside = buy ? ticks <= entry.maxBuyTicks : ticks >= entry.minSellTicks;
    } else {
      int comparison =
          entry.reference.comparePrice(
              order.rawPrice(), buy ? entry.buyFactor() : entry.sellFactor());
      inside = buy ? comparison <= 0 : comparison >= 0;
    }
    if (inside) {
      return refusals;
    }
    BigDecimal edge =
        entry
            .reference
            .numerator()
            .multiply(buy ? entry.buyFactor() : entry.sellFactor())
            .divide(entry.reference.denominator(), ReferencePrice.DISPLAY)
            .stripTrailingZeros();
    return add(
        refusals,
        ViolationCode.PRICE_OUTSIDE_LIMIT,
        (buy ? "a buy at " : "a sell at ")
            + order.rawPrice().toPlainString()
            + (buy ? " is above " : " is below ")
            + edge.toPlainString()
            + ", the reference price "
            + entry.reference.approximate().toPlainString()
            + (buy ? " plus " : " minus ")
            + entry.rules.priceLimitRate().toPlainString()
            + " of it",
        order.rawPrice(),
        edge);
  }

  private Refusals checkSize(
      BigDecimal size, Fixed fixedSize, SymbolEntry entry, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    if (size == null || size.signum() <= 0) {
      return add(
          refusals,
          ViolationCode.SIZE_NOT_POSITIVE,
          size == null
              ? "the order needs a size"
              : "size " + size.toPlainString() + " is not positive",
          size,
          null);
    }
    if (multiples(size, fixedSize, rules.baseIncrement(), entry.baseStep) == Fixed.NOT_MULTIPLE) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_INCREMENT,
              "size "
                  + size.toPlainString()
                  + " is not a multiple of the lot "
                  + rules.baseIncrement(),
              size,
              rules.baseIncrement().value());
    }
    if (compareBound(size, fixedSize, rules.baseMinSize(), entry.baseMin) < 0) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_BELOW_MIN,
              "size "
                  + size.toPlainString()
                  + " is below the minimum "
                  + rules.baseMinSize().toPlainString(),
              size,
              rules.baseMinSize());
    } else if (compareBound(size, fixedSize, rules.baseMaxSize(), entry.baseMax) > 0) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_ABOVE_MAX,
              "size "
                  + size.toPlainString()
                  + " is above the maximum "
                  + rules.baseMaxSize().toPlainString(),
              size,
              rules.baseMaxSize());
    }
    return refusals;
  }

  private Refusals checkFunds(
      BigDecimal funds, Fixed fixedFunds, SymbolEntry entry, Refusals refusals) {
    CrossMarginSymbol rules = entry.rules;
    if (funds.signum() <= 0) {
      return add(
          refusals,
          ViolationCode.FUNDS_NOT_POSITIVE,
          "funds " + funds.toPlainString() + " are not positive",
          funds,
          null);
    }
    if (multiples(funds, fixedFunds, rules.quoteIncrement(), entry.quoteStep)
        == Fixed.NOT_MULTIPLE) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_INCREMENT,
              "funds " + funds.toPlainString() + " are not a multiple of " + rules.quoteIncrement(),
              funds,
              rules.quoteIncrement().value());
    }
    if (compareBound(funds, fixedFunds, rules.quoteMinSize(), entry.quoteMin) < 0) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_BELOW_MIN,
              "funds "
                  + funds.toPlainString()
                  + " are below the minimum "
                  + rules.quoteMinSize().toPlainString(),
              funds,
              rules.quoteMinSize());
    } else if (compareBound(funds, fixedFunds, rules.quoteMaxSize(), entry.quoteMax) > 0) {
      refusals =
          add(
              refusals,
              ViolationCode.FUNDS_ABOVE_MAX,
              "funds "
                  + funds.toPlainString()
                  + " are above the maximum "
                  + rules.quoteMaxSize().toPlainString(),
              funds,
              rules.quoteMaxSize());
    }
    return refusals;
  }

  /**
   * How many increments make {@code value} (positive): a count, or {@link Fixed#NOT_MULTIPLE}. The
   * count is {@link Fixed#UNDECIDED} where only the exact path could decide and it found a multiple
   * (the count itself is then not needed by the caller).
   */
  private static long multiples(
      BigDecimal value, Fixed fixedValue, Increment increment, Step step) {
    if (fixedValue != null && step != null) {
      long ticks = step.ticks(fixedValue);
      if (ticks != Fixed.UNDECIDED) {
        return ticks;
      }
    }
    return increment.divides(value) ? Fixed.UNDECIDED : Fixed.NOT_MULTIPLE;
  }

  /** Compares a positive order value with a bound, on the fast path where both have one. */
  private static int compareBound(
      BigDecimal value, Fixed fixedValue, BigDecimal bound, Fixed fixedBound) {
    if (fixedValue != null && fixedBound != null) {
      return Fixed.compare(fixedValue, fixedBound);
    }
    return value.compareTo(bound);
  }

  private static int compareNotional(OrderRequest order, SymbolEntry entry) {
    if (order.fixedPrice != null && order.fixedSize != null && entry.minFunds != null) {
      int comparison = Fixed.compareProduct(order.fixedPrice, order.fixedSize, entry.minFunds);
      if (comparison != Integer.MIN_VALUE) {
        return comparison;
      }
    }
    return order.rawPrice().multiply(order.rawSize()).compareTo(entry.rules.minFunds());
  }

  private static ValidationResult refuse(Violation violation) {
    return ValidationResult.invalid(List.of(violation), null, Suggestions.notByNumbers(violation));
  }

  private static Refusals add(
      Refusals refusals, ViolationCode code, String message, BigDecimal value, BigDecimal limit) {
    Refusals list = refusals == null ? new Refusals() : refusals;
    list.violations.add(new Violation(code, message, value, limit));
    return list;
  }

  /** The violations found so far; created on the first one, so the accept path allocates none. */
  private static final class Refusals {
    final List<Violation> violations = new ArrayList<>(4);

    /** The verdict, with the nearest order that passes the same check on the same snapshot. */
    ValidationResult result(
        OrderRequest order, SymbolEntry entry, long now, OrderValidator validator) {
      Suggestions.Outcome outcome =
          Suggestions.suggest(
              order,
              entry,
              violations,
              validator.priceBandCheck,
              candidate -> validator.check(candidate, entry, now) == null);
      return ValidationResult.invalid(violations, outcome.suggestion(), outcome.reason());
    }
  }
}
