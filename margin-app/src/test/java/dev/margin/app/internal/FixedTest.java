package dev.margin.app.internal;

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

  @Test
  void comparesLikeBigDecimalAtEveryScale() {
    Random random = new Random(SEED);
    for (int i = 0; i < 200_000; i++) {
      BigDecimal a = randomNonNegative(random);
      BigDecimal b = random.nextInt(8) == 0 ? a.setScale(a.scale() + 2) : randomNonNegative(random);
      String seen = a + " vs " + b + ", seed " + SEED;
      assertThat(Integer.signum(Fixed.compare(Fixed.of(a), Fixed.of(b))))
          .as(seen)
          .isEqualTo(a.compareTo(b));
    }
  }

  @Test
  void comparesAProductLikeBigDecimalOrSaysItCannot() {
    Random random = new Random(SEED);
    int decided = 0;
    for (int i = 0; i < 200_000; i++) {
      BigDecimal a = randomNonNegative(random);
      BigDecimal b = randomNonNegative(random);
      BigDecimal product = a.multiply(b);
      BigDecimal c =
          switch (random.nextInt(4)) {
            case 0 -> product.stripTrailingZeros().precision() <= 18 ? product : a;
            case 1 -> randomNonNegative(random);
            default -> b;
          };
      int comparison = Fixed.compareProduct(Fixed.of(a), Fixed.of(b), Fixed.of(c));
      if (comparison == Integer.MIN_VALUE) {
        continue;
      }
      decided++;
      assertThat(Integer.signum(comparison))
          .as("%s x %s vs %s, seed %d", a, b, c, SEED)
          .isEqualTo(product.compareTo(c));
    }
    assertThat(decided).as("products decided in 128 bits").isGreaterThan(100_000);
  }

  @Test
  void comparesProductsAtTheEdgesOf128Bits() {
    Fixed max = Fixed.of(new BigDecimal("999999999999999999"));
    Fixed one = Fixed.of(BigDecimal.ONE);
    Fixed tenth = Fixed.of(new BigDecimal("0.1"));
    // (10^18 - 1)^2 against 10^18 - 1: decided exactly in 128 bits
    assertThat(Fixed.compareProduct(max, max, max)).isPositive();
    assertThat(Fixed.compareProduct(one, one, max)).isNegative();
    assertThat(Fixed.compareProduct(tenth, tenth, Fixed.of(new BigDecimal("0.01")))).isZero();
    // a bound with more decimals than the product: the product scaled up to it
    assertThat(Fixed.compareProduct(one, one, Fixed.of(new BigDecimal("0.999999999999"))))
        .isPositive();
    assertThat(
            Fixed.compareProduct(Fixed.of(BigDecimal.ZERO), one, Fixed.of(new BigDecimal("1E-30"))))
        .isNegative();
    // scales too far apart for a long factor: undecided, never a guess
    assertThat(Fixed.compareProduct(Fixed.of(new BigDecimal("1E-30")), one, one))
        .isEqualTo(Integer.MIN_VALUE);
    assertThat(Fixed.compareProduct(max, max, Fixed.of(new BigDecimal("1E-30"))))
        .isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void multipliesByPowersOfTenOrSaysItOverflows() {
    assertThat(Fixed.multiplyByPowerOfTen(7, 0)).isEqualTo(7);
    assertThat(Fixed.multiplyByPowerOfTen(7, 18)).isEqualTo(7_000_000_000_000_000_000L);
    assertThat(Fixed.multiplyByPowerOfTen(9_223_372_036_854_775L, 3))
        .isEqualTo(9_223_372_036_854_775_000L);
    assertThat(Fixed.multiplyByPowerOfTen(9_223_372_036_854_776L, 3)).isEqualTo(Fixed.UNDECIDED);
    assertThat(Fixed.multiplyByPowerOfTen(10, 18)).isEqualTo(Fixed.UNDECIDED);
    assertThat(Fixed.multiplyByPowerOfTen(1, 19)).isEqualTo(Fixed.UNDECIDED);
    assertThat(Fixed.multiplyByPowerOfTen(0, 19)).isZero();
    assertThat(Fixed.multiplyByPowerOfTen(0, 1_000)).isZero();
  }

  @Test
  void comparesAcrossScalesTooFarApartForALong() {
    Fixed big = Fixed.of(new BigDecimal("5"));
    Fixed tiny = Fixed.of(new BigDecimal("5E-30"));
    assertThat(Fixed.compare(big, tiny)).isPositive();
    assertThat(Fixed.compare(tiny, big)).isNegative();
    assertThat(Fixed.compare(Fixed.of(BigDecimal.ZERO), tiny)).isNegative();
  }

  private static BigDecimal randomNonNegative(Random random) {
    // at most 18 digits: every value has a fixed form
    long unscaled =
        Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L) >>> random.nextInt(60);
    return BigDecimal.valueOf(unscaled, random.nextInt(40) - 10);
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
