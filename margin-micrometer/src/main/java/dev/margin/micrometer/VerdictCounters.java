package dev.margin.micrometer;

import dev.margin.app.Violation;
import dev.margin.domain.model.ViolationCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * The counters of one check's verdicts, all made up front: one per outcome and one per {@link
 * ViolationCode}, indexed by its ordinal, so counting a verdict looks nothing up and allocates
 * nothing.
 */
final class VerdictCounters {
  static final String VERDICTS = "margin.orders.verdicts";
  static final String VIOLATIONS = "margin.orders.violations";

  private final Counter valid;
  private final Counter invalid;
  private final Counter[] byCode;

  /** Registers the counters, tagged {@code check} with which check gives the verdicts. */
  VerdictCounters(MeterRegistry registry, String check) {
    valid = verdicts(registry, check, "valid");
    invalid = verdicts(registry, check, "invalid");
    ViolationCode[] codes = ViolationCode.values();
    byCode = new Counter[codes.length];
    for (ViolationCode code : codes) {
      byCode[code.ordinal()] =
          Counter.builder(VIOLATIONS)
              .description("Violations found in the orders checked, by code")
              .tag("check", check)
              .tag("code", code.name())
              .register(registry);
    }
  }

  private static Counter verdicts(MeterRegistry registry, String check, String outcome) {
    return Counter.builder(VERDICTS)
        .description("Orders checked, by verdict")
        .tag("check", check)
        .tag("outcome", outcome)
        .register(registry);
  }

  /** Counts one verdict: valid when it has no violation, else every violation by its code. */
  void count(List<Violation> violations) {
    int size = violations.size();
    if (size == 0) {
      valid.increment();
      return;
    }
    invalid.increment();
    for (int i = 0; i < size; i++) {
      byCode[violations.get(i).code().ordinal()].increment();
    }
  }
}
