package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Debt-ratio risk checks on margin positions, valued at the mark prices held in memory (no network
 * call). Thread-safe. Every method fails closed with a {@link ValuationException} when a currency
 * has no mark price or a stale one, and a {@link dev.margin.domain.model.MarketDataException} when
 * the rules it needs are not loaded.
 */
public interface MarginRisk {

  /**
   * The debt ratio and status of a position.
   *
   * @param position the balances; never null
   * @param valuationCurrency the currency to report totals in, e.g. BTC or USDT; never null
   * @return the assessment
   */
  RiskAssessment assess(MarginPosition position, Currency valuationCurrency);

  /**
   * The position now and after the changes, in order.
   *
   * @param position the balances; never null
   * @param changes borrows, repayments and fills; never null
   * @param valuationCurrency the currency to report totals in; never null
   * @return both assessments, or the refusals of changes that cannot be made
   */
  RiskProjection project(
      MarginPosition position, List<PositionChange> changes, Currency valuationCurrency);

  /**
   * The largest additional borrow of {@code currency} that keeps the position {@code SAFE}, as a
   * multiple of {@code step}.
   *
   * @param position the balances; never null
   * @param currency what to borrow; never null
   * @param step the borrow amount's increment, e.g. {@code 0.00000001}; never null
   * @return the amount (zero if none is safe), or empty if any amount is (no liabilities can
   *     reach the threshold by borrowing)
   */
  Optional<BigDecimal> largestSafeBorrow(MarginPosition position, Currency currency, Increment step);

  /**
   * The largest size of an order at {@code price} that keeps the position {@code SAFE} and every
   * asset balance at or above zero, as a multiple of the symbol's lot and at most its maximum
   * size.
   *
   * @param position the balances; never null
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @param price the limit price, positive; never null
   * @return the size, zero if none
   */
  BigDecimal largestSafeOrderSize(
      MarginPosition position, Symbol symbol, Side side, BigDecimal price);

  /**
   * Checks a leverage against the maximum: the margin config's for cross, the isolated symbol's
   * for isolated.
   *
   * @param mode cross or isolated; never null
   * @param symbol the isolated symbol; ignored for cross
   * @param leverage the requested leverage, positive; never null
   * @return a {@link RiskRefusalCode#LEVERAGE_ABOVE_MAX} refusal, or empty
   */
  Optional<RiskRefusal> checkLeverage(MarginMode mode, Symbol symbol, BigDecimal leverage);

  /**
   * Checks that a currency may be borrowed: in the cross config's currency list, or the isolated
   * symbol's base or quote with borrowing enabled.
   *
   * @param position the position to borrow into; never null
   * @param currency what to borrow; never null
   * @return a {@link RiskRefusalCode#BORROW_NOT_ALLOWED} refusal, or empty
   */
  Optional<RiskRefusal> checkBorrow(MarginPosition position, Currency currency);
}
