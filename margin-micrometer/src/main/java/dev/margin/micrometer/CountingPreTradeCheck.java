package dev.margin.micrometer;

import dev.margin.app.BatchVerdict;
import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.TradingState;
import dev.margin.domain.model.MarginPosition;
import java.util.List;

/** {@link PreTradeCheck} that counts each verdict, which it returns unchanged. */
final class CountingPreTradeCheck implements PreTradeCheck {
  static final String CHECK = "pretrade";

  private final PreTradeCheck delegate;
  private final VerdictCounters counters;

  CountingPreTradeCheck(PreTradeCheck delegate, VerdictCounters counters) {
    this.delegate = delegate;
    this.counters = counters;
  }

  @Override
  public PreTradeVerdict check(MarginPosition position, OrderRequest order) {
    PreTradeVerdict verdict = delegate.check(position, order);
    counters.count(verdict.violations());
    return verdict;
  }

  @Override
  public BatchVerdict checkAll(MarginPosition position, List<OrderRequest> orders) {
    BatchVerdict batch = delegate.checkAll(position, orders);
    for (PreTradeVerdict verdict : batch.verdicts()) {
      counters.count(verdict.violations());
    }
    return batch;
  }

  @Override
  public TradingState tradingState() {
    return delegate.tradingState();
  }

  @Override
  public void tradingState(TradingState state) {
    delegate.tradingState(state);
  }
}
