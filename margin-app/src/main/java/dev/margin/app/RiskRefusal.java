package dev.margin.app;

import java.util.Objects;

/**
 * One reason a risk check refuses a change.
 *
 * @param code the stable code
 * @param message a sentence for a person, naming the currency and amounts
 */
public record RiskRefusal(RiskRefusalCode code, String message) {
  /**
   * Validates.
   *
   * @param code see {@link #code()}
   * @param message see {@link #message()}
   */
  public RiskRefusal {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(message, "message is null");
  }
}
