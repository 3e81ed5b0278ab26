package dev.margin.app;

import dev.margin.domain.model.ViolationCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict on an order: valid, or every violation at once with the nearest valid suggestion.
 * Immutable. The valid result is one shared instance.
 */
public final class ValidationResult {
  private static final ValidationResult VALID = new ValidationResult(List.of(), null, null);

  private final List<Violation> violations;
  private final OrderSuggestion suggestion;
  private final String noSuggestionReason;

  private ValidationResult(
      List<Violation> violations, OrderSuggestion suggestion, String noSuggestionReason) {
    this.violations = violations;
    this.suggestion = suggestion;
    this.noSuggestionReason = noSuggestionReason;
  }

  static ValidationResult valid() {
    return VALID;
  }

  static ValidationResult invalid(List<Violation> violations, OrderSuggestion suggestion) {
    return invalid(violations, suggestion, null);
  }

  static ValidationResult invalid(
      List<Violation> violations, OrderSuggestion suggestion, String noSuggestionReason) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs a violation");
    }
    boolean none = suggestion == null || suggestion.isEmpty();
    return new ValidationResult(
        List.copyOf(violations),
        none ? null : suggestion,
        none
            ? noSuggestionReason == null ? "no valid order is near this one" : noSuggestionReason
            : null);
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

  /**
   * The nearest valid order: the order with these values in place of its own passes the whole check
   * on the same rules (every rule at once, not only the ones it failed).
   *
   * @return the values to change; empty if the order is valid, or if no valid order is near it
   *     (then {@link #noSuggestionReason()} says why)
   */
  public Optional<OrderSuggestion> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /**
   * Why a refused order has no suggestion, e.g. {@code "no price, size or funds clears
   * TRADING_DISABLED (...)"} or {@code "no size up to 1 reaches the minimum order value 100 at a
   * price within the band (at most 55000)"}.
   *
   * @return the reason; empty if the order is valid or has a suggestion
   */
  public Optional<String> noSuggestionReason() {
    return Optional.ofNullable(noSuggestionReason);
  }

  @Override
  public String toString() {
    return isValid()
        ? "valid"
        : "invalid "
            + violations
            + (suggestion == null
                ? " (no suggestion: " + noSuggestionReason + ")"
                : " " + suggestion);
  }
}
