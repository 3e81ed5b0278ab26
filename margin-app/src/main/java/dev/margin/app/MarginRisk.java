package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
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
   * @return the amount (zero if none is safe), or empty if any amount is (no liabilities can reach
   *     the threshold by borrowing)
   */
  Optional<BigDecimal> largestSafeBorrow(
      MarginPosition position, Currency currency, Increment step);

  /**
   * The largest size of an order at {@code price} that keeps the position {@code SAFE} and every
   * asset balance at or above zero, as a multiple of the symbol's lot and at most its maximum size.
   *
   * @param position the balances; never null
   * @param symbol the pair; never null
   * @param side buy or sell; never null
   * @param price the limit price, positive, within {@link DecimalBounds}; never null
   * @return the size, zero if none
   * @throws IllegalArgumentException if the price is not positive or outside {@link DecimalBounds},
   *     or an isolated position is asked about another symbol
   */
  BigDecimal largestSafeOrderSize(
      MarginPosition position, Symbol symbol, Side side, BigDecimal price);

  /**
   * Checks a leverage against the maximum: the margin config's for cross, the isolated symbol's for
   * isolated.
   *
   * @param mode cross or isolated; never null
   * @param symbol the isolated symbol; ignored for cross
   * @param leverage the requested leverage, positive, within {@link DecimalBounds}; never null
   * @return a {@link RiskRefusalCode#LEVERAGE_ABOVE_MAX} refusal, or empty
   * @throws IllegalArgumentException if the leverage is not positive or outside {@link
   *     DecimalBounds}
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

  /** The default stress moves: -50%, -20%, -10%, -5%, +5%, +10%, +20%, +50%. */
  List<BigDecimal> DEFAULT_MOVES =
      List.of("-0.5", "-0.2", "-0.1", "-0.05", "0.05", "0.1", "0.2", "0.5").stream()
          .map(BigDecimal::new)
          .toList();

  /**
   * The prices of {@code currency}, in {@code quoteCurrency}, at which the position reaches its
   * warning and liquidation thresholds, all other prices held: with the position's value split into
   * the part in the currency and the rest, the ratio at a price multiplier k is {@code (L_rest + k
   * L_c) / (A_rest + k A_c)}, solved for k without iteration.
   *
   * @param position the balances; never null
   * @param currency the currency whose price moves, e.g. BTC; never null
   * @param quoteCurrency the currency of the prices, e.g. USDT; not {@code currency}; never null
   * @return the prices, to 34 significant digits
   */
  LiquidationPrices liquidationPrices(
      MarginPosition position, Currency currency, Currency quoteCurrency);

  /**
   * The position's ratio and status under price moves: of one currency, or of every currency but
   * the stablecoins and the valuation currency together.
   *
   * @param position the balances; never null
   * @param moves fractions greater than -1, e.g. -0.2 for a 20% fall, each within {@link
   *     DecimalBounds}; never null
   * @param currency the currency to move, or null for every non-stable currency
   * @param valuationCurrency the currency the prices move in; never null
   * @return one row per move, in the order given
   * @throws IllegalArgumentException if a move is not above -1 or is outside {@link DecimalBounds}
   */
  List<StressRow> stress(
      MarginPosition position,
      List<BigDecimal> moves,
      Currency currency,
      Currency valuationCurrency);
}
