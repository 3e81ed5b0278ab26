package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.domain.model.Increment;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prepared increment counts ticks exactly as {@code BigDecimal} division does: for every step
 * of 1 to 512 units (odd, even, powers of two) and every value up to 4,096 units, and for long
 * values and steps at random. In margin-app's package to reach the package-private step.
 */
class StepTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  @Test
  void countsEverySmallMultipleAndRefusesEverythingElse() {
    for (int unit = 1; unit <= 512; unit++) {
      Step step = Step.of(new Increment(BigDecimal.valueOf(unit, 2)));
      for (int value = 1; value <= 4_096; value++) {
        assertTicks(step, BigDecimal.valueOf(value, 2));
      }
    }
  }

  @Test
  void agreesWithBigDecimalOnLongValuesAndSteps() {
    Random random = new Random(SEED);
    for (int i = 0; i < 100_000; i++) {
      long unscaledStep = 1 + (random.nextLong() >>> (5 + random.nextInt(59)));
      int stepScale = random.nextInt(12);
      Step step = Step.of(new Increment(BigDecimal.valueOf(unscaledStep, stepScale)));
      long quotient = random.nextLong() >>> (1 + random.nextInt(63));
      BigDecimal multiple =
          BigDecimal.valueOf(unscaledStep, stepScale).multiply(BigDecimal.valueOf(quotient));
      long nudge = random.nextInt(3) - 1L;
      BigDecimal value =
          multiple.add(BigDecimal.valueOf(nudge, stepScale + random.nextInt(3))).abs();
      if (value.signum() > 0) {
        assertTicks(step, value);
      }
    }
  }

  private static void assertTicks(Step step, BigDecimal value) {
    BigDecimal increment = step.increment.value();
    Fixed fixed = Fixed.of(value);
    long ticks = fixed == null ? Fixed.UNDECIDED : step.ticks(fixed);
    BigDecimal[] division = value.divideAndRemainder(increment);
    String seen = value.toPlainString() + " / " + increment.toPlainString() + ", seed " + SEED;
    if (division[1].signum() != 0) {
      assertThat(ticks).as(seen).isIn(Fixed.NOT_MULTIPLE, Fixed.UNDECIDED);
    } else if (division[0].toBigIntegerExact().bitLength() < 63 && ticks != Fixed.UNDECIDED) {
      assertThat(ticks).as(seen).isEqualTo(division[0].longValueExact());
    } else {
      assertThat(ticks).as(seen).isNotEqualTo(Fixed.NOT_MULTIPLE);
    }
  }
}
