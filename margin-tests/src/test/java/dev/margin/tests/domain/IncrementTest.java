package dev.margin.tests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.Increment;
import dev.margin.tests.SharedFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncrementTest {

  @ParameterizedTest
  @CsvSource({
    "0.0000001, 1.0000001, true",
    "0.0000001, 1.00000001, false",
    "0.0000001, 1.00000010000, true",
    "0.5, 2.5, true",
    "0.5, 2.25, false",
    "25, 75, true",
    "25, 80, false",
    "25, 1E+2, true",
    "1E-9, 0.000000003, true",
    "1E-9, 0.0000000031, false",
    "10, 0, true",
    "0.1, -0.3, true"
  })
  void dividesIsExactAtAnyScale(String increment, String amount, boolean expected) {
    assertThat(Increment.of(increment).divides(new BigDecimal(amount))).isEqualTo(expected);
  }

  @Test
  void incrementsAreCanonical() {
    assertThat(Increment.of("0.10")).isEqualTo(Increment.of("0.1"));
    assertThat(Increment.of("10").value()).isEqualByComparingTo("10");
    assertThat(Increment.of("10")).hasToString("10");
    assertThat(Increment.of("1E-8")).hasToString("0.00000001");
  }

  @Test
  void zeroAndNegativeIncrementsAreRejected() {
    assertThatThrownBy(() -> Increment.of("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("increment is not positive");
    assertThatThrownBy(() -> Increment.of("-0.1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Increment.of(null)).hasMessage("increment is null");
    assertThatThrownBy(() -> new Increment(null)).hasMessage("increment is null");
  }

  @Test
  void roundingFollowsTheCallersDirection() {
    Increment tick = Increment.of("0.5");

    assertThat(tick.round(new BigDecimal("2.74"), RoundingMode.DOWN)).isEqualByComparingTo("2.5");
    assertThat(tick.round(new BigDecimal("2.74"), RoundingMode.UP)).isEqualByComparingTo("3");
    assertThat(tick.round(new BigDecimal("2.75"), RoundingMode.HALF_UP)).isEqualByComparingTo("3");
    assertThat(tick.round(new BigDecimal("2.5"), RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("2.5");
    assertThatThrownBy(() -> tick.round(new BigDecimal("2.6"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void everyIncrementKucoinPublishesIsWithinTheBound() throws IOException {
    Pattern step =
        Pattern.compile(
            "\"\\w*(?:Increment|tickSize|lotSize|OrderStep)\\w*\"\\s*:\\s*\"?([-+.\\dEe]+)");
    List<Path> bodies;
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(SharedFiles.find("kucoin")),
            Files.walk(Path.of("src/test/resources/kucoin")))) {
      bodies = files.filter(f -> f.toString().endsWith(".json")).toList();
    }
    int steps = 0;
    for (Path body : bodies) {
      Matcher matcher = step.matcher(Files.readString(body));
      while (matcher.find()) {
        String text = matcher.group(1);
        assertThat(Increment.of(text).value()).as(body + ": " + text).isEqualByComparingTo(text);
        steps++;
      }
    }
    assertThat(steps).as("increments found").isGreaterThan(100);
  }
}
