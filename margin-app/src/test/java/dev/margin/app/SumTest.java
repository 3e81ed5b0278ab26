package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 128-bit sum against plain BigDecimal arithmetic, over seeded random terms. */
class SumTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  @Test
  void sumsEqualBigDecimalSumsExactly() {
    Random random = new Random(SEED);
    for (int round = 0; round < 20_000; round++) {
      Sum sum = new Sum();
      BigDecimal expected = BigDecimal.ZERO;
      int terms = 1 + random.nextInt(60);
      for (int t = 0; t < terms; t++) {
        BigDecimal amount =
            decimal(
                random,
                1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 12),
                random.nextInt(12) - 2);
        BigDecimal price =
            decimal(
                random,
                1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 15),
                random.nextInt(24) - 4);
        long unscaled = price.precision() <= 18 ? price.unscaledValue().longValueExact() : -1;
        sum.add(amount, price, unscaled, price.scale());
        expected = expected.add(amount.multiply(price));
      }
      assertThat(sum.value()).as("seed %d round %d", SEED, round).isEqualByComparingTo(expected);
    }
  }

  @Test
  void anEmptySumIsZero() {
    assertThat(new Sum().value()).isEqualByComparingTo("0");
  }

  static BigDecimal decimal(Random random, int digits, int scale) {
    StringBuilder text = new StringBuilder().append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < digits; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return new BigDecimal(new BigInteger(text.toString()), scale);
  }
}
