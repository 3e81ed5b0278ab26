package dev.margin.app;

import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reason an order is refused.
 *
 * @param code the stable code; never null
 * @param message a sentence for a person, naming the values; never null
 * @param value the order's value at fault (a price, size, funds or notional), or null
 * @param limit the rule it broke (an increment, a bound, a band edge, a maximum age in seconds), or
 *     null
 */
public record Violation(ViolationCode code, String message, BigDecimal value, BigDecimal limit) {

  /**
   * Validates.
   *
   * @throws NullPointerException if {@code code} or {@code message} is null
   * @param code see {@link #code()}
   * @param message see {@link #message()}
   * @param value see {@link #value()}
   * @param limit see {@link #limit()}
   */
  public Violation {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(message, "message is null");
  }
}
