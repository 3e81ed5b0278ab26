package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The market as one risk answer sees it: one snapshot of the rules and marks, read once, and one
 * instant. Every figure of the answer (thresholds, rules, marks) comes from here, however often the
 * rules are refreshed meanwhile.
 */
final class RiskMarket {
  private final MarketSnapshot snapshot;
  private final long now;
  private final long maxMarkAgeMillis;
  private final BigDecimal isolatedWarning;

  RiskMarket(MarketSnapshot snapshot, long now, long maxMarkAgeMillis, BigDecimal isolatedWarning) {
    this.snapshot = snapshot;
    this.now = now;
    this.maxMarkAgeMillis = maxMarkAgeMillis;
    this.isolatedWarning = isolatedWarning;
  }

  /** {@return a valuer over this snapshot's marks, which notes the marks it uses} */
  Valuer valuer() {
    return new Valuer(snapshot, now, maxMarkAgeMillis);
  }

  /** {@return a valuer over this snapshot's marks that checks their age and lists none} */
  Valuer checkingValuer() {
    return new Valuer(snapshot, now, maxMarkAgeMillis, false);
  }

  MarginConfig marginConfig() {
    return snapshot.rules.config();
  }

  /** {@return whether cross margin may borrow {@code currency}} */
  boolean isMarginCurrency(Currency currency) {
    return snapshot.rules.marginCurrencies().contains(currency);
  }

  CrossMarginSymbol cross(Symbol symbol) {
    return snapshot.cross(symbol);
  }

  /**
   * The isolated-margin rules of a symbol.
   *
   * @throws NoSuchSymbolException if it has none
   */
  IsolatedMarginSymbol isolated(Symbol symbol) {
    return snapshot
        .isolated(Objects.requireNonNull(symbol, "symbol is null"))
        .orElseThrow(
            () -> new NoSuchSymbolException(symbol.code(), "not an isolated-margin symbol"));
  }

  /**
   * The thresholds of a position: the margin config's for cross; the isolated symbol's liquidation
   * ratio, and the host's warning level where it is below it, for isolated.
   */
  Thresholds thresholds(MarginPosition position) {
    if (position.mode() == MarginMode.CROSS) {
      MarginConfig margin = marginConfig();
      return new Thresholds(margin.warningDebtRatio(), margin.liqDebtRatio());
    }
    BigDecimal liquidation = isolated(position.symbol()).flDebtRatio();
    return new Thresholds(
        isolatedWarning != null && isolatedWarning.compareTo(liquidation) < 0
            ? isolatedWarning
            : null,
        liquidation);
  }
}
