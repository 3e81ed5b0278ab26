package dev.margin.app;

/**
 * The pre-trade check: is this order acceptable to the venue's trading rules, right now? Answers
 * from the rules held in memory, with no network call and no lock; thread-safe.
 */
public interface OrderValidation {

  /**
   * Checks an order against its symbol's trading rules and the price-protection band, reporting
   * every violation at once. Fails closed: rules not loaded or too old, or a missing or stale mark
   * price, are violations too.
   *
   * @param order the order; never null
   * @return the verdict; the valid verdict is a shared instance
   */
  ValidationResult validate(OrderRequest order);
}
