package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The risk checks over the market rules in memory: the facade a host calls. Each call checks its
 * arguments, takes one {@link RiskMarket} (one snapshot, one instant) and hands both to the class
 * whose job it is: {@link Valuation}, {@link WhatIf}, {@link SafeSizes}, {@link Permissions},
 * {@link Scenarios}.
 */
final class RiskService implements MarginRisk {
  private final CachedMarketRules rules;
  private final Clock clock;
  private final MarginApplicationConfig config;
  private final long maxMarkAgeMillis;

  RiskService(CachedMarketRules rules, Clock clock, MarginApplicationConfig config) {
    this.rules = Objects.requireNonNull(rules, "rules is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.config = Objects.requireNonNull(config, "config is null");
    this.maxMarkAgeMillis = config.maxMarkPriceAge().toMillis();
  }

  /** The one market an answer is computed from, read once per call. */
  private RiskMarket market() {
    return new RiskMarket(
        rules.loaded(), clock.millis(), maxMarkAgeMillis, config.isolatedWarningDebtRatio());
  }

  @Override
  public RiskAssessment assess(MarginPosition position, Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    RiskMarket market = market();
    return Valuation.assess(
        position, valuationCurrency, market.thresholds(position), market.valuer());
  }

  /**
   * The status of a position alone: its totals and thresholds, without the ratio's division, the
   * totals in a valuation currency or the list of marks used. The risk monitor's test of whether a
   * full assessment is worth making.
   *
   * @throws ValuationException as {@link #assess} does
   */
  RiskStatus status(MarginPosition position) {
    RiskMarket market = market();
    Valuer valuer = market.checkingValuer();
    BigDecimal assets = Valuation.total(position.assets(), valuer);
    BigDecimal liabilities = Valuation.total(position.liabilities(), valuer);
    return market.thresholds(position).status(assets, liabilities);
  }

  @Override
  public RiskProjection project(
      MarginPosition position, List<PositionChange> changes, Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(changes, "changes is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    return WhatIf.project(position, changes, valuationCurrency, market());
  }

  @Override
  public Optional<BigDecimal> largestSafeBorrow(
      MarginPosition position, Currency currency, Increment step) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    Objects.requireNonNull(step, "step is null");
    return SafeSizes.largestSafeBorrow(position, currency, step, market());
  }

  @Override
  public BigDecimal largestSafeOrderSize(
      MarginPosition position, Symbol symbol, Side side, BigDecimal price) {
    DecimalBounds.check(price, "price");
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(symbol, "symbol is null");
    Objects.requireNonNull(side, "side is null");
    Objects.requireNonNull(price, "price is null");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive: " + price.toPlainString());
    }
    if (position.mode() == MarginMode.ISOLATED && !symbol.equals(position.symbol())) {
      throw new IllegalArgumentException(
          "an isolated " + position.symbol() + " position cannot trade " + symbol);
    }
    return SafeSizes.largestSafeOrderSize(position, symbol, side, price, market());
  }

  @Override
  public Optional<RiskRefusal> checkLeverage(MarginMode mode, Symbol symbol, BigDecimal leverage) {
    DecimalBounds.check(leverage, "leverage");
    Objects.requireNonNull(mode, "mode is null");
    Objects.requireNonNull(leverage, "leverage is null");
    if (leverage.signum() <= 0) {
      throw new IllegalArgumentException("leverage must be positive: " + leverage.toPlainString());
    }
    return Permissions.checkLeverage(mode, symbol, leverage, market());
  }

  @Override
  public Optional<RiskRefusal> checkBorrow(MarginPosition position, Currency currency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    return Permissions.checkBorrow(position, currency, market());
  }

  @Override
  public LiquidationPrices liquidationPrices(
      MarginPosition position, Currency currency, Currency quoteCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    if (currency.equals(quoteCurrency)) {
      throw new IllegalArgumentException(
          currency + " has no price in itself: choose another quote currency");
    }
    return Scenarios.liquidationPrices(position, currency, quoteCurrency, market());
  }

  @Override
  public List<StressRow> stress(
      MarginPosition position,
      List<BigDecimal> moves,
      Currency currency,
      Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(moves, "moves is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    for (BigDecimal move : moves) {
      if (DecimalBounds.check(move, "move").compareTo(BigDecimal.ONE.negate()) <= 0) {
        throw new IllegalArgumentException(
            "a move must be above -1 (a fall of 100%): " + plain(move));
      }
    }
    return Scenarios.stress(
        position, moves, currency, valuationCurrency, market(), config.stablecoins());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
