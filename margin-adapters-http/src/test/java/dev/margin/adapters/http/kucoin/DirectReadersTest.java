package dev.margin.adapters.http.kucoin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.model.MalformedMarketDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct readers against the wire records and the mapper: the examples are read directly, to
 * the same records; every decimal text reads as {@link WireItem#decimal} reads it, or not at all.
 */
class DirectReadersTest {
  static final ObjectMapper MAPPER = KucoinJsonMapper.create();
  static final String ENDPOINT = "GET /test";

  @Test
  void theExampleCrossSymbolsAreReadDirectlyToTheMappersRecords() throws IOException {
    for (String file :
        List.of(
            "cross-margin-symbols.json",
            "found/cross-margin-symbols.kucoin-net-tests.json",
            "found/cross-margin-symbols.dereckscompany-kucoin-2026-03.json")) {
      byte[] body = Files.readAllBytes(shared("kucoin/examples/" + file));
      Object read = StreamedEnvelope.read(MAPPER, body, new CrossSymbolsReader(), false);
      CrossMarginSymbolsResponse wire =
          MAPPER.treeToValue(MAPPER.readTree(body).get("data"), CrossMarginSymbolsResponse.class);
      assertThat(read).as(file).isEqualTo(KucoinMapper.crossSymbols(ENDPOINT, wire));
    }
  }

  @Test
  void theExampleMarkPricesAreReadDirectlyToTheMappersRecords() throws IOException {
    List<byte[]> bodies = new ArrayList<>();
    bodies.add(Files.readAllBytes(shared("kucoin/examples/mark-price-all-symbols.json")));
    for (JsonNode found :
        MAPPER.readTree(shared("kucoin/examples/found/mark-prices.collected.json").toFile())) {
      if (found.path("kind").asText().contains("/api/v3/mark-price/all-symbols")
          && found.has("body")) {
        bodies.add(MAPPER.writeValueAsBytes(found.get("body")));
      }
    }
    assertThat(bodies).hasSizeGreaterThan(1);
    for (byte[] body : bodies) {
      Object read = StreamedEnvelope.read(MAPPER, body, new MarkPricesReader(), false);
      List<MarkPriceResponse> wire =
          List.of(MAPPER.treeToValue(MAPPER.readTree(body).get("data"), MarkPriceResponse[].class));
      assertThat(read)
          .as(new String(body, StandardCharsets.UTF_8))
          .isEqualTo(KucoinMapper.markPrices(ENDPOINT, wire));
    }
  }

  @Test
  void everyHostileDecimalReadsAsTheMapperReadsItOrNotAtAll() throws IOException {
    List<String> lines = Files.readAllLines(shared("hostile/decimals.txt"));
    for (String text : lines) {
      if (!text.startsWith("#")) {
        assertReadLikeTheMapper(text);
      }
    }
  }

  @Test
  void plainDecimalsAreAllRead() {
    for (String text :
        List.of(
            "0.1",
            "0.000015045",
            "1.5045E-5",
            "30000.1",
            "10000000000",
            "-0",
            "-0.0",
            "0.000",
            "0E-1000",
            "1e+5",
            "1E-40",
            "0.000000000000000000001234567890123456789",
            "007")) {
      assertThat(DecimalText.canonical(text.toCharArray(), 0, text.length())).as(text).isNotNull();
      assertReadLikeTheMapper(text);
    }
  }

  /** Seeded random texts of digits, points, signs and exponents, against the mapper's reading. */
  @Test
  void randomDecimalTextsReadAsTheMapperReadsThemOrNotAtAll() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String alphabet = "0000011223456789..-+eE ";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(random.nextBoolean() ? 8 : 40);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(4) == 0
                ? alphabet.charAt(random.nextInt(alphabet.length()))
                : (char) ('0' + random.nextInt(10)));
      }
      String padded = "x" + text + "y";
      BigDecimal read = DecimalText.canonical(padded.toCharArray(), 1, text.length());
      assertThat(read)
          .as("seed %d, text '%s'", seed, text)
          .isEqualTo(read == null ? null : mapperReading(text.toString()));
    }
  }

  static void assertReadLikeTheMapper(String text) {
    BigDecimal read = DecimalText.canonical(text.toCharArray(), 0, text.length());
    if (read != null) {
      assertThat(read).as(text).isEqualTo(mapperReading(text));
      assertThat(read.scale()).as(text).isEqualTo(mapperReading(text).scale());
    }
  }

  /** How the wire records and the mapper read the text: null where either refuses it. */
  static BigDecimal mapperReading(String text) {
    BigDecimal wire;
    try {
      wire = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    try {
      return new WireItem(ENDPOINT, "data").decimal(wire, "value");
    } catch (MalformedMarketDataException e) {
      return null;
    }
  }

  static Path shared(String path) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared").resolve(path);
      if (Files.exists(file)) {
        return file;
      }
    }
    throw new IllegalStateException("shared/" + path + " not found");
  }
}
