package dev.margin.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A step that prices, sizes or funds must be an exact positive multiple of, such as a price tick of
 * {@code 0.1} or a lot of {@code 0.00000001}. Any positive decimal is a valid increment, not only a
 * power of ten ({@code 0.5} and {@code 25} are fine).
 *
 * @param value the step, strictly positive and within {@link DecimalBounds}, held without trailing
 *     zeros; never null
 */
public record Increment(BigDecimal value) {

  /**
   * Validates and canonicalises the step.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is zero or negative, or outside {@link
   *     DecimalBounds}
   * @param value see {@link #value()}
   */
  public Increment {
    value = Decimals.boundedPositive(value, "increment");
  }

  /**
   * The increment written in decimal text.
   *
   * @param text e.g. {@code "0.00000001"}
   * @return the increment
   * @throws NumberFormatException if {@code text} is not a decimal number as {@link
   *     DecimalBounds#parse} reads one
   * @throws IllegalArgumentException if it is not strictly positive, or outside {@link
   *     DecimalBounds}
   */
  public static Increment of(String text) {
    return new Increment(DecimalBounds.parse(text, "increment"));
  }

  /**
   * Whether {@code amount} is an exact integer multiple of this increment (zero included; callers
   * check positivity separately).
   *
   * @param amount any decimal, of any scale; never null
   * @return true if {@code amount / value} is an integer
   */
  public boolean divides(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount is null");
    return amount.remainder(value).signum() == 0;
  }

  /**
   * The multiple of this increment nearest to {@code amount} in the given direction.
   *
   * @param amount the value to round; never null
   * @param mode how to round, e.g. {@link RoundingMode#DOWN} for a size; {@link
   *     RoundingMode#UNNECESSARY} throws unless {@code amount} is already a multiple
   * @return an exact multiple of this increment
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
   */
  public BigDecimal round(BigDecimal amount, RoundingMode mode) {
    Objects.requireNonNull(amount, "amount is null");
    Objects.requireNonNull(mode, "mode is null");
    BigDecimal steps = amount.divide(value, 0, mode);
    return Decimals.canonical(steps.multiply(value));
  }

  /** {@return the step in plain notation, e.g. {@code 0.00000001}} */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
