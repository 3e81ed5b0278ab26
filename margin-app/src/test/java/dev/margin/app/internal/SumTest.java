package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 128-bit sum against plain BigDecimal arithmetic, over seeded random terms. In margin-app's
 * package to reach the package-private {@code Sum}.
 */
class SumTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());

  @Test
  void sumsEqualBigDecimalSumsExactly() {
    Random random = new Random(SEED);
    for (int round = 0; round < Integer.getInteger("margin.cases", 20_000); round++) {
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

  @Test
  void termsThatFitStayInIntegers() {
    Random random = new Random(SEED);
    for (int round = 0; round < Integer.getInteger("margin.cases", 20_000); round++) {
      Sum sum = new Sum();
      BigDecimal expected = BigDecimal.ZERO;
      int scale = random.nextInt(8);
      for (int t = 0; t < 1 + random.nextInt(50); t++) {
        // amounts and prices of up to 9 digits, scales within 8 of each other: 128 bits suffice
        BigDecimal amount = decimal(random, 1 + random.nextInt(9), scale + random.nextInt(5));
        BigDecimal price = decimal(random, 1 + random.nextInt(9), random.nextInt(4));
        sum.add(amount, price, price.unscaledValue().longValueExact(), price.scale());
        expected = expected.add(amount.multiply(price));
      }
      assertThat(sum.inIntegers()).as("seed %d round %d", SEED, round).isTrue();
      assertThat(sum.value()).as("seed %d round %d", SEED, round).isEqualByComparingTo(expected);
    }
  }

  @Test
  void theEdgesOfTheIntegersAreExact() {
    long max = 999_999_999_999_999_999L; // 18 digits, the most an amount's fast path takes
    BigDecimal big = BigDecimal.valueOf(max);
    Sum sum = new Sum();
    sum.add(big, big, max, 0);
    assertThat(sum.inIntegers()).isTrue();
    // about 10^36 a term: past 2^127 (about 1.7 x 10^38) after some 170 of them
    for (int i = 1; i < 200; i++) {
      sum.add(big, big, max, 0);
    }
    assertThat(sum.inIntegers()).isFalse();
    assertThat(sum.value())
        .isEqualByComparingTo(big.multiply(big).multiply(BigDecimal.valueOf(200)));

    Sum scaled = new Sum();
    scaled.add(BigDecimal.ONE, BigDecimal.ONE, 1, 0);
    // a term 18 decimals finer moves the sum up by 10^18: still integers
    scaled.add(new BigDecimal("0.000000000000000001"), BigDecimal.ONE, 1, 0);
    assertThat(scaled.inIntegers()).isTrue();
    // 19 decimals finer: no power of ten in a long, so exactly in BigDecimal
    scaled.add(new BigDecimal("1E-37"), BigDecimal.ONE, 1, 0);
    assertThat(scaled.inIntegers()).isFalse();
    assertThat(scaled.value()).isEqualByComparingTo("1.0000000000000000010000000000000000001");

    Sum coarser = new Sum();
    coarser.add(new BigDecimal("0.5"), BigDecimal.ONE, 1, 0);
    coarser.add(BigDecimal.TEN, BigDecimal.ONE, 1, 0);
    assertThat(coarser.inIntegers()).isTrue();
    assertThat(coarser.value()).isEqualByComparingTo("10.5");

    Sum wide = new Sum();
    wide.add(big, BigDecimal.valueOf(3), 3, 0);
    assertThat(wide.inIntegers()).isTrue();
    assertThat(wide.value()).isEqualByComparingTo(big.multiply(BigDecimal.valueOf(3)));
    Sum noPrice = new Sum();
    noPrice.add(BigDecimal.ONE, new BigDecimal("0.1"), -1, 1);
    assertThat(noPrice.inIntegers()).isFalse();
    assertThat(noPrice.value()).isEqualByComparingTo("0.1");
  }
}
