package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlainText} gives exactly what {@code stripTrailingZeros().toPlainString()} gives. */
class PlainTextTest {

  private static String jdk(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "0.000",
        "-0",
        "0E+5",
        "1",
        "-1",
        "10",
        "1000",
        "1E+3",
        "-1.2300E+7",
        "0.1",
        "0.0000000001",
        "123.4500",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "0.02146159471051655374398985506217041",
        "0.0214597191934377873567693757775056",
        "999999999999999999999999999999999999",
        "1000000000000000000000000000000000000",
        "100000000000000000000000000000000000000000",
        "664613997892457936451903530140172287",
        "664613997892457936451903530140172288",
        "1.000000000000000000",
        "1000000000000000000",
        "123456789012345678901234567890.123456",
        "1E-40",
        "-5.5E+20"
      })
  void knownValues(String text) {
    BigDecimal value = new BigDecimal(text);
    assertThat(PlainText.of(value)).as(text).isEqualTo(jdk(value));
  }

  @Test
  void nullIsNull() {
    assertThat(PlainText.of(null)).isNull();
    assertThat(Output.plain(null)).isNull();
  }

  @Test
  void randomValuesOfEveryLengthScaleAndSign() {
    Random random = new Random(20261202L);
    for (int i = 0; i < 200_000; i++) {
      int bits = 1 + random.nextInt(140);
      BigInteger unscaled = new BigInteger(bits, random);
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      if (random.nextInt(4) == 0) {
        unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(20)));
      }
      BigDecimal value = new BigDecimal(unscaled, random.nextInt(90) - 30);
      assertThat(PlainText.of(value)).as(value.toString()).isEqualTo(jdk(value));
    }
  }

  @Test
  void quotientsLikeTheDebtRatio() {
    Random random = new Random(7L);
    for (int i = 0; i < 50_000; i++) {
      BigDecimal liabilities = new BigDecimal(BigInteger.valueOf(random.nextLong() >>> 1), 8);
      BigDecimal assets =
          new BigDecimal(BigInteger.valueOf((random.nextLong() >>> 1) | 1), random.nextInt(40));
      BigDecimal ratio = liabilities.divide(assets, MathContext.DECIMAL128).stripTrailingZeros();
      assertThat(PlainText.of(ratio)).as(ratio.toString()).isEqualTo(jdk(ratio));
    }
  }

  @Test
  void everyHostileDecimalOfTheSharedList() throws Exception {
    Path list = Path.of("..", "..", "shared", "hostile", "decimals.txt");
    assumeTrue(Files.exists(list), "the shared hostile list lies beside the checkout");
    for (String line : Files.readAllLines(list)) {
      BigDecimal value;
      try {
        value = new BigDecimal(line.strip());
      } catch (NumberFormatException notADecimal) {
        continue;
      }
      if (Math.abs((long) value.scale()) < 10_000 && value.precision() < 10_000) {
        assertThat(PlainText.of(value)).as(line).isEqualTo(jdk(value));
      }
    }
  }
}
