package dev.margin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --account} file: a position as JSON, read as strictly as the adapter reads KuCoin's
 * bodies (duplicate keys refused at every level, numbers of at most 100 characters, nesting of at
 * most 32 levels, at most {@value #MAX_BYTES} bytes), every amount within {@link DecimalBounds}.
 * Anything wrong is a {@link UsageException} naming the file and the field.
 */
final class AccountFile {
  /** The largest file read; a position is a few hundred bytes. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNumberLength(100)
                          .maxNestingDepth(32)
                          .maxStringLength(MAX_BYTES)
                          .maxDocumentLength(MAX_BYTES)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                  .build())
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private AccountFile() {}

  /** The position in {@code file}. */
  static MarginPosition read(Path file) {
    return read(file, file);
  }

  /** The position in the file named {@code file} (so errors say), which is {@code at}. */
  static MarginPosition read(Path file, Path at) {
    JsonNode root = tree(file, bytes(file, at));
    if (root == null || !root.isObject()) {
      throw refused(file, "expected a JSON object");
    }
    try {
      String mode = text(root, "mode");
      Map<Currency, BigDecimal> assets = amounts(root, "assets");
      Map<Currency, BigDecimal> liabilities = amounts(root, "liabilities");
      return switch (mode) {
        case "cross" -> MarginPosition.cross(assets, liabilities);
        case "isolated" ->
            MarginPosition.isolated(Symbol.parse(text(root, "symbol")), assets, liabilities);
        default ->
            throw new IllegalArgumentException(
                "\"mode\" must be \"cross\" or \"isolated\", not \"" + mode + "\"");
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      throw refused(file, e.getMessage());
    }
  }

  private static byte[] bytes(Path file, Path at) {
    try (InputStream in = Files.newInputStream(at)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw refused(file, "larger than " + MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw refused(file, "no such file");
    } catch (IOException e) {
      throw refused(file, "unreadable: " + e.getMessage());
    }
  }

  private static JsonNode tree(Path file, byte[] bytes) {
    try (JsonParser parser = JSON.createParser(bytes)) {
      try {
        JsonNode root = JSON.readTree(parser);
        if (root != null && parser.nextToken() != null) {
          throw refused(file, "not JSON: more after the object" + at(parser));
        }
        return root;
      } catch (JsonProcessingException e) {
        throw refused(file, "not JSON" + at(parser) + ": " + firstLine(e.getOriginalMessage()));
      } catch (NumberFormatException e) {
        // a number token whose exponent no BigDecimal holds, such as 1E-2147483648
        throw refused(file, "a number out of range" + at(parser));
      }
    } catch (IOException e) {
      throw refused(file, "unreadable: " + firstLine(e.getMessage()));
    }
  }

  /** Where the parser is, as {@code at "assets".BTC (line 1, column 27)}. */
  private static String at(JsonParser parser) {
    Deque<String> path = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        path.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.getCurrentName() != null) {
        path.push(context.getCurrentName());
      }
    }
    StringBuilder where = new StringBuilder();
    for (String segment : path) {
      if (segment.startsWith("[")) {
        where.append(segment);
      } else if (where.isEmpty()) {
        where.append('"').append(segment).append('"');
      } else {
        where.append('.').append(segment);
      }
    }
    JsonLocation location = parser.currentLocation();
    return (where.isEmpty() ? "" : " at " + where)
        + " (line "
        + location.getLineNr()
        + ", column "
        + location.getColumnNr()
        + ")";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static UsageException refused(Path file, String why) {
    return new UsageException("--account " + file + ": " + why);
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return node.asText();
  }

  private static Map<Currency, BigDecimal> amounts(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must be an object of currency to amount");
    }
    Map<Currency, BigDecimal> amounts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String name = "\"" + field + "\"." + entry.getKey();
      JsonNode value = entry.getValue();
      BigDecimal amount;
      if (value.isTextual()) {
        amount = DecimalBounds.parse(value.asText(), name);
      } else if (value.isNumber()) {
        amount = DecimalBounds.check(value.decimalValue(), name);
      } else {
        throw new IllegalArgumentException(
            name + " is not a number: " + value.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      amounts.put(Currency.of(entry.getKey()), amount);
    }
    return amounts;
  }
}
