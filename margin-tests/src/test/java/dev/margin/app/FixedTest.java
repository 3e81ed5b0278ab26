package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A decimal's fixed form is the same number, without trailing zeros, whenever its digits fit in a
 * long; otherwise there is none. In margin-app's package to reach the package-private form.
 */
class FixedTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  @Test
  void holdsTheSameNumberWithoutTrailingZeros() {
    String[] values = {
      "0",
      "0.000",
      "0E+5",
      "1",
      "10",
      "100",
      "1E+5",
      "1.50",
      "30000.10",
      "0.00000001",
      "-2.500",
      "999999999999999999",
      "9999999999999999990",
      "1.0000000000000000000000",
      "123456789012345678.000",
      "-0.0100"
    };
    for (String text : values) {
      assertExact(new BigDecimal(text));
    }
  }

  @Test
  void stopsStrippingAtTheSmallestScale() {
    BigDecimal value = BigDecimal.valueOf(100, Integer.MIN_VALUE + 1);
    Fixed fixed = Fixed.of(value);

    assertThat(fixed.scale).isEqualTo(Integer.MIN_VALUE);
    assertThat(BigDecimal.valueOf(fixed.unscaled, fixed.scale)).isEqualByComparingTo(value);
  }

  @Test
  void hasNoFormForMoreThanEighteenSignificantDigits() {
    assertThat(Fixed.of(new BigDecimal("1234567890123456789"))).isNull();
    assertThat(Fixed.of(new BigDecimal("0.1234567890123456789"))).isNull();
    assertThat(Fixed.of(new BigDecimal("-1234567890123456789000"))).isNull();
    assertThat(Fixed.of(null)).isNull();
  }

  @Test
  void holdsRandomDecimalsOfAnyScale() {
    Random random = new Random(SEED);
    for (int i = 0; i < 100_000; i++) {
      long unscaled = (random.nextLong() >> random.nextInt(64)) * (random.nextBoolean() ? 1 : 1000);
      assertExact(BigDecimal.valueOf(unscaled, random.nextInt(80) - 40));
    }
  }

  private static void assertExact(BigDecimal value) {
    Fixed fixed = Fixed.of(value);
    BigDecimal stripped = value.stripTrailingZeros();
    String seen = value + ", seed " + SEED;
    if (stripped.precision() > 18) {
      assertThat(fixed).as(seen).isNull();
      return;
    }
    assertThat(fixed).as(seen).isNotNull();
    assertThat(BigDecimal.valueOf(fixed.unscaled, fixed.scale))
        .as(seen)
        .isEqualByComparingTo(value);
    assertThat(fixed.unscaled == 0 || fixed.unscaled % 10 != 0).as(seen).isTrue();
    assertThat(fixed.scale).as(seen).isEqualTo(value.signum() == 0 ? 0 : stripped.scale());
  }
}
