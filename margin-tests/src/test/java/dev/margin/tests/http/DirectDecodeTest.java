package dev.margin.tests.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.tests.HostileDecimals;
import dev.margin.tests.KucoinStubs;
import dev.margin.tests.SharedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter reads a plain body of the two largest lists straight into the domain records; any
 * other body goes to the wire records and the mapper. Both ways must give the same: every body is
 * served as sent (the direct reading) and with {@code data} before {@code code}, which only the
 * tree path reads, and the two outcomes must be equal: the same records, or the same exception type
 * and message.
 */
class DirectDecodeTest {
  @RegisterExtension static final WireMockExtension DIRECT = KucoinStubs.loopbackServer();
  @RegisterExtension static final WireMockExtension TREE = KucoinStubs.loopbackServer();

  static final String CROSS = "/api/v3/margin/symbols";
  static final String MARKS = "/api/v3/mark-price/all-symbols";

  /** Reads and writes decimals exactly, scale kept. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  static final List<String> CROSS_DECIMALS =
      List.of(
          "baseIncrement",
          "baseMinSize",
          "baseMaxSize",
          "quoteIncrement",
          "quoteMinSize",
          "quoteMaxSize",
          "priceIncrement",
          "priceLimitRate",
          "minFunds");

  MarginMarketData direct;
  MarginMarketData tree;

  /** The result of a call: its value, or its exception's type and message. */
  record Outcome(Object value, Class<?> failure, String message) {}

  @BeforeEach
  void createAdapters() {
    direct = KucoinHttp.create(KucoinStubs.config(DIRECT));
    tree = KucoinHttp.create(KucoinStubs.config(TREE));
  }

  @Test
  void theExampleCrossSymbolsReadTheSameBothWays() {
    for (String file :
        List.of(
            "cross-margin-symbols.json",
            "found/cross-margin-symbols.kucoin-net-tests.json",
            "found/cross-margin-symbols.dereckscompany-kucoin-2026-03.json")) {
      Outcome outcome = bothWays(CROSS, example(file), MarginMarketData::allCrossSymbols);
      assertThat(outcome.failure()).as(file).isNull();
      assertThat((List<?>) outcome.value()).as(file).isNotEmpty();
    }
  }

  @Test
  void theExampleMarkPricesReadTheSameBothWays() throws IOException {
    List<String> bodies = new ArrayList<>();
    bodies.add(example("mark-price-all-symbols.json"));
    for (JsonNode found : JSON.readTree(example("found/mark-prices.collected.json"))) {
      if (found.path("kind").asText().contains("/api/v3/mark-price/all-symbols")
          && found.has("body")) {
        bodies.add(raw(found.get("body")));
      }
    }
    assertThat(bodies).hasSizeGreaterThan(1);
    for (String body : bodies) {
      Outcome outcome = bothWays(MARKS, body, MarginMarketData::allMarkPrices);
      assertThat(outcome.failure()).as(body).isNull();
      assertThat((List<?>) outcome.value()).as(body).isNotEmpty();
    }
  }

  @Test
  void everyHostileDecimalInEveryCrossSymbolFieldReadsTheSameBothWays() throws IOException {
    JsonNode item = JSON.readTree(example("cross-margin-symbols.json")).get("data").get("items");
    Map<String, String> fields = new LinkedHashMap<>();
    item.get(0).fields().forEachRemaining(f -> fields.put(f.getKey(), raw(f.getValue())));
    for (String field : CROSS_DECIMALS) {
      for (String text : hostile()) {
        for (String value : spellings(text)) {
          Map<String, String> changed = new LinkedHashMap<>(fields);
          changed.put(field, value);
          String data = "{\"timestamp\":1729665839353,\"items\":[" + object(changed) + "]}";
          bothWays(CROSS, envelope(data), MarginMarketData::allCrossSymbols);
        }
      }
    }
  }

  @Test
  void everyHostileDecimalAsAMarkPriceReadsTheSameBothWays() {
    for (String text : hostile()) {
      for (String value : spellings(text)) {
        String data =
            "[{\"symbol\":\"USDT-BTC\",\"timePoint\":1729676522000,\"value\":1.504E-5},"
                + "{\"symbol\":\"USDC-BTC\",\"timePoint\":1729676522000,\"value\":"
                + value
                + "}]";
        bothWays(MARKS, envelope(data), MarginMarketData::allMarkPrices);
      }
    }
  }

  /**
   * Serves {@code body} as sent, and with {@code data} before {@code code}; asserts both give the
   * same outcome, and returns it.
   */
  Outcome bothWays(String path, String body, Function<MarginMarketData, Object> call) {
    String moved = dataFirst(body);
    assertThat(readTree(moved)).as(moved).isEqualTo(readTree(body));
    serve(DIRECT, path, body);
    serve(TREE, path, moved);
    Outcome read = outcome(() -> call.apply(direct));
    assertThat(read).as(body).isEqualTo(outcome(() -> call.apply(tree)));
    return read;
  }

  static void serve(WireMockExtension server, String path, String body) {
    server.resetMappings();
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  static Outcome outcome(Supplier<Object> call) {
    try {
      return new Outcome(call.get(), null, null);
    } catch (RuntimeException e) {
      return new Outcome(null, e.getClass(), e.getMessage());
    }
  }

  /** Every hostile text, each of the three blocks. */
  static List<String> hostile() {
    return Stream.of(HostileDecimals.REFUSED, HostileDecimals.ZEROS, HostileDecimals.EXACT)
        .flatMap(List::stream)
        .toList();
  }

  /** The text as a JSON string, and as a JSON number where it is one. */
  static List<String> spellings(String text) {
    String quoted = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    return isJsonNumber(text) ? List.of(quoted, text) : List.of(quoted);
  }

  static boolean isJsonNumber(String text) {
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken token = parser.nextToken();
      return (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
          && parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  static String envelope(String data) {
    return "{\"code\":\"200000\",\"data\":" + data + "}";
  }

  /** The same envelope, {@code data} first: its text unchanged, moved before {@code code}. */
  static String dataFirst(String body) {
    try (JsonParser parser = new JsonFactory().createParser(body)) {
      StringBuilder rest = new StringBuilder("{");
      String data = null;
      parser.nextToken();
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        parser.nextToken();
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        parser.finishToken();
        int end = (int) parser.currentLocation().getCharOffset();
        String value = body.substring(start, end);
        if ("data".equals(field)) {
          data = value;
        } else {
          rest.append(JSON.writeValueAsString(field)).append(':').append(value).append(',');
        }
      }
      return "{\"data\":" + data + "," + rest.substring(1, rest.length() - 1) + "}";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String object(Map<String, String> fields) {
    StringJoiner object = new StringJoiner(",", "{", "}");
    fields.forEach((name, value) -> object.add("\"" + name + "\":" + value));
    return object.toString();
  }

  /** The body's tree, numbers as doubles: only to check that moving {@code data} kept the rest. */
  static JsonNode readTree(String body) {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String raw(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String example(String name) {
    try {
      return Files.readString(SharedFiles.find("kucoin/examples/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
