package dev.margin.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict on an order: valid, or every violation at once with the nearest valid suggestion.
 * Immutable. The valid result is one shared instance.
 */
public final class ValidationResult {
  private static final ValidationResult VALID = new ValidationResult(List.of(), null);

  private final List<Violation> violations;
  private final OrderSuggestion suggestion;

  private ValidationResult(List<Violation> violations, OrderSuggestion suggestion) {
    this.violations = violations;
    this.suggestion = suggestion;
  }

  static ValidationResult valid() {
    return VALID;
  }

  static ValidationResult invalid(List<Violation> violations, OrderSuggestion suggestion) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs a violation");
    }
    return new ValidationResult(
        List.copyOf(violations), suggestion == null || suggestion.isEmpty() ? null : suggestion);
  }

  /** {@return true if the order passed every check} */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /** {@return every violation, in the order the checks ran; empty if valid} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return the codes of the violations} */
  public Set<ViolationCode> codes() {
    return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Whether a violation has this code.
   *
   * @param code the code
   * @return true if one of the violations has it
   */
  public boolean has(ViolationCode code) {
    for (Violation violation : violations) {
      if (violation.code() == code) {
        return true;
      }
    }
    return false;
  }

  /** {@return the nearest valid values, where the refused ones have one} */
  public Optional<OrderSuggestion> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public String toString() {
    return isValid()
        ? "valid"
        : "invalid " + violations + (suggestion == null ? "" : " " + suggestion);
  }
}
