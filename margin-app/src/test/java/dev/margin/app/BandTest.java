package dev.margin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A band's edges, however worked out (in longs where every step fits, else in {@code BigDecimal}),
 * are the exact ones: the reference times {@code 1 ± rate}, over the tick, rounded inward.
 */
class BandTest {
  private static final Instant AT = Instant.parse("2026-03-08T12:00:00Z");
  private static final String[] TICKS = {
    "0.1", "0.01", "0.5", "0.05", "0.00000001", "1", "10", "0.000000000000000001", "25"
  };
  private static final String[] RATES = {"0.1", "0.05", "0.03", "0", "0.999", "1", "1.5"};

  @Test
  void theEdgesAreExactForReferencesOfEveryShape() {
    Random random = new Random(17);
    int inLongs = 0;
    for (int i = 0; i < 50_000; i++) {
      String tick = TICKS[random.nextInt(TICKS.length)];
      String rate = RATES[random.nextInt(RATES.length)];
      SymbolEntry entry =
          new SymbolEntry(
              TestMarket.cross("A-USDT", tick, "0.001", "0.001", "1000", "0.1", rate), null, 0);
      BigDecimal numerator = decimal(random);
      BigDecimal denominator = random.nextBoolean() ? BigDecimal.ONE : decimal(random);
      ReferencePrice reference = fraction(numerator, denominator);

      Band band = Band.of(entry, reference);

      BigDecimal tickValue = new BigDecimal(tick);
      BigDecimal rateValue = new BigDecimal(rate);
      BigDecimal buy = edge(numerator, denominator, BigDecimal.ONE.add(rateValue), tickValue, true);
      BigDecimal sell =
          edge(numerator, denominator, BigDecimal.ONE.subtract(rateValue), tickValue, false);
      String what = numerator + " / " + denominator + ", tick " + tick + ", rate " + rate;
      assertThat(band.maxBuyPrice()).as(what).isEqualByComparingTo(buy.multiply(tickValue));
      assertThat(band.minSellPrice()).as(what).isEqualByComparingTo(sell.multiply(tickValue));
      assertThat(band.reference).isSameAs(reference);
      assertThat(band.referenceMillis).isEqualTo(AT.toEpochMilli());
      if (band.inTicks) {
        inLongs++;
        assertThat(band.maxBuyTicks).as(what).isEqualTo(buy.longValueExact());
        assertThat(band.minSellTicks).as(what).isEqualTo(sell.longValueExact());
      } else {
        assertThat(fitsInLong(buy) && fitsInLong(sell)).as(what).isFalse();
      }
    }
    assertThat(inLongs).isGreaterThan(10_000);
  }

  @Test
  void noReferenceIsTheBandThatAdmitsNothing() {
    SymbolEntry entry =
        new SymbolEntry(
            TestMarket.cross("A-USDT", "0.01", "0.001", "0.001", "1000", "0.1", "0.1"), null, 0);

    Band none = Band.of(entry, null);

    assertThat(none).isSameAs(Band.NONE);
    assertThat(none.reference).isNull();
    assertThat(none.inTicks).isFalse();
    assertThat(none.referenceMillis).isEqualTo(Long.MIN_VALUE);
    assertThat(none.maxBuyPrice()).isNull();
    assertThat(none.minSellPrice()).isNull();
  }

  /** {@code numerator / denominator} as the route from two values in BTC makes it. */
  private static ReferencePrice fraction(BigDecimal numerator, BigDecimal denominator) {
    BtcValue base = new BtcValue(numerator, BigDecimal.ONE, numerator, numerator, "a", AT, 0, null);
    BtcValue quote =
        new BtcValue(denominator, BigDecimal.ONE, denominator, denominator, "b", AT, 1, null);
    ReferencePrice reference = ReferencePrice.route(base, quote);
    assertThat(reference.numerator()).isSameAs(numerator);
    assertThat(reference.denominator()).isEqualTo(denominator);
    assertThat(reference.source()).isEqualTo("a / b");
    return reference;
  }

  /** A positive decimal of 1 to 30 digits at a scale from -5 to 25. */
  private static BigDecimal decimal(Random random) {
    int digits = 1 + random.nextInt(random.nextBoolean() ? 12 : 30);
    BigInteger unscaled = new BigInteger(digits * 4, random).add(BigInteger.ONE);
    return new BigDecimal(unscaled, random.nextInt(31) - 5);
  }

  private static BigDecimal edge(
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal factor,
      BigDecimal tick,
      boolean buy) {
    return numerator
        .multiply(factor)
        .divide(denominator.multiply(tick), 0, buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
  }

  private static boolean fitsInLong(BigDecimal integer) {
    return integer.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
        && integer.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
  }
}
