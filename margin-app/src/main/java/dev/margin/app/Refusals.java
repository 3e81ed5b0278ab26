package dev.margin.app;

import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The violations found so far; created on the first one, so the accept path allocates none. */
final class Refusals {
  final List<Violation> violations = new ArrayList<>(4);

  private Refusals() {}

  /** {@code refusals} (a new list if null) with one more violation. */
  static Refusals add(
      Refusals refusals, ViolationCode code, String message, BigDecimal value, BigDecimal limit) {
    Refusals list = refusals == null ? new Refusals() : refusals;
    list.violations.add(new Violation(code, message, value, limit));
    return list;
  }
}
