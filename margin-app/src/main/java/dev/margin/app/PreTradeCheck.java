package dev.margin.app;

import dev.margin.domain.model.MarginPosition;
import java.util.List;

/**
 * May this order be sent now? One answer from the symbol's rules (everything {@link
 * OrderValidation} checks), the account (what the order holds against the position, the borrow
 * {@code autoBorrow} would make and whether it is allowed, the debt ratio and status after the
 * borrow and the fill) and the host's own limits ({@link PreTradeLimits}, the {@link
 * TradingState}), every reason at once, from one snapshot of the market rules. An order that lowers
 * the position's debt ratio is never refused for risk. Thread-safe; no network call.
 */
public interface PreTradeCheck {
  /**
   * Judges one order against a position.
   *
   * @param position the account (cross) or the isolated position the order trades in; never null
   * @param order the whole order; never null
   * @return the verdict
   */
  PreTradeVerdict check(MarginPosition position, OrderRequest order);

  /**
   * Judges a batch of orders, each against the position as it would be after the orders before it
   * that may be sent had filled, in one pass.
   *
   * @param position the account or isolated position; never null
   * @param orders the orders, in the order they would be sent; never null, no null element
   * @return the verdicts, in the same order
   */
  BatchVerdict checkAll(MarginPosition position, List<OrderRequest> orders);

  /** {@return the trading state now} */
  TradingState tradingState();

  /**
   * Sets the trading state; every check after this call sees it.
   *
   * @param state the new state; never null
   */
  void tradingState(TradingState state);
}
