package dev.margin.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quotients in longs are {@code BigDecimal}'s, or undecided; never another number. */
class QuotientsTest {

  @Test
  void aQuotientIsBigDecimalsOrUndecided() {
    Random random = new Random(23);
    int decided = 0;
    for (int i = 0; i < 200_000; i++) {
      long x = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
      long y = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
      int xScale = random.nextInt(50) - 20;
      int yScale = random.nextInt(50) - 20;
      boolean ceiling = random.nextBoolean();

      long quotient = Quotients.divide(x, xScale, y, yScale, ceiling);

      if (quotient == Quotients.UNDECIDED) {
        continue;
      }
      decided++;
      BigDecimal exact =
          BigDecimal.valueOf(x, xScale)
              .divide(
                  BigDecimal.valueOf(y, yScale),
                  0,
                  ceiling ? RoundingMode.CEILING : RoundingMode.FLOOR);
      assertThat(quotient)
          .as("%d e-%d / %d e-%d", x, xScale, y, yScale)
          .isEqualTo(exact.longValueExact());
    }
    assertThat(decided).isGreaterThan(20_000);
  }

  @Test
  void whatIsNotPositiveOrTooLongIsUndecided() {
    assertThat(Quotients.divide(0, 0, 1, 0, false)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(1, 0, -1, 0, true)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(-1, 0, 1, 0, true)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(1, 0, 1, 19, false)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(1, 19, 1, 0, false)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(1, 0, 1, 18, false)).isEqualTo(1_000_000_000_000_000_000L);
    assertThat(Quotients.divide(1, 18, 1, 0, false)).isZero();
    assertThat(Quotients.divide(1, 18, 1, 0, true)).isOne();
    assertThat(Quotients.divide(7, 0, 2, 0, false)).isEqualTo(3);
    assertThat(Quotients.divide(7, 0, 2, 0, true)).isEqualTo(4);
    assertThat(Quotients.divide(8, 0, 2, 0, true)).isEqualTo(4);
    assertThat(Quotients.divide(Long.MAX_VALUE, 0, 1, 1, false)).isEqualTo(Quotients.UNDECIDED);
    assertThat(Quotients.divide(1, 0, Long.MAX_VALUE, -1, false)).isEqualTo(Quotients.UNDECIDED);

    assertThat(Quotients.times(3, 4)).isEqualTo(12);
    assertThat(Quotients.times(0, 4)).isEqualTo(-1);
    assertThat(Quotients.times(4, -1)).isEqualTo(-1);
    assertThat(Quotients.times(1L << 32, 1L << 31)).isEqualTo(-1);
    assertThat(Quotients.times(1L << 31, 1L << 31)).isEqualTo(1L << 62);
    assertThat(Quotients.times(1L << 62, 2)).isEqualTo(-1);
    assertThat(Quotients.times(3L << 61, 1)).isEqualTo(3L << 61);

    assertThat(Quotients.unscaled(new BigDecimal("1.25"))).isEqualTo(125);
    assertThat(Quotients.unscaled(new BigDecimal("-1.25"))).isEqualTo(-1);
    assertThat(Quotients.unscaled(BigDecimal.ZERO)).isEqualTo(-1);
    assertThat(Quotients.unscaled(new BigDecimal("123456789012345678")))
        .isEqualTo(123456789012345678L);
    assertThat(Quotients.unscaled(new BigDecimal("1234567890123456789"))).isEqualTo(-1);
  }
}
