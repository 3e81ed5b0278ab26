package dev.margin.micrometer;

import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.ValidationResult;

/** {@link OrderValidation} that counts each verdict, which it returns unchanged. */
final class CountingOrderValidation implements OrderValidation {
  static final String CHECK = "validation";

  private final OrderValidation delegate;
  private final VerdictCounters counters;

  CountingOrderValidation(OrderValidation delegate, VerdictCounters counters) {
    this.delegate = delegate;
    this.counters = counters;
  }

  @Override
  public ValidationResult validate(OrderRequest order) {
    ValidationResult result = delegate.validate(order);
    counters.count(result.violations());
    return result;
  }
}
