package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads KuCoin's WebSocket messages into {@link StreamFrame}s, field by field. Decimals are read
 * from the number's text with the REST bodies' exact rules ({@link DecimalText}): {@code 1.5045E-5}
 * is {@code 0.000015045}; {@code NaN}, a huge exponent, a long number, zero or a negative price are
 * refused. Anything that is not a usable message throws {@link Unusable} with the reason.
 */
final class StreamFrames {

  /** The topic prefix of the mark-price channel. */
  static final String TOPIC = "/indicator/markPrice:";

  private final JsonFactory factory;

  StreamFrames(int maxChars) {
    factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNumberLength(100)
                    .maxNestingDepth(8)
                    .maxStringLength(maxChars)
                    .maxDocumentLength(maxChars)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /** A message that cannot be used, and why. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String reason) {
      super(reason, null, false, false);
    }
  }

  StreamFrame read(String text) throws Unusable {
    try (JsonParser parser = factory.createParser(text)) {
      return read(parser);
    } catch (IOException | RuntimeException e) {
      throw new Unusable("malformed JSON: " + firstLine(e.getMessage()));
    }
  }

  private StreamFrame read(JsonParser parser) throws IOException, Unusable {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new Unusable("not a JSON object");
    }
    String type = null;
    String id = null;
    String topic = null;
    String code = null;
    String dataText = null;
    Tick tick = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      switch (field) {
        case "type" -> type = DirectValues.text(parser);
        case "id" -> id = token == JsonToken.VALUE_NUMBER_INT ? parser.getText() : text(parser);
        case "topic" -> topic = DirectValues.text(parser);
        case "code" -> code = token.isScalarValue() ? parser.getText() : skip(parser);
        case "data" -> {
          if (token == JsonToken.START_OBJECT) {
            tick = tick(parser);
          } else {
            dataText = token.isScalarValue() ? parser.getText() : skip(parser);
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new Unusable("trailing content after the JSON object");
    }
    if (type == null) {
      throw new Unusable("no type");
    }
    return switch (type) {
      case "welcome" -> new StreamFrame(StreamFrame.Kind.WELCOME, id, null, null);
      case "ack" -> new StreamFrame(StreamFrame.Kind.ACK, id, null, null);
      case "pong" -> new StreamFrame(StreamFrame.Kind.PONG, id, null, null);
      case "error" -> new StreamFrame(StreamFrame.Kind.ERROR, id, null, code + " " + dataText);
      case "message" -> new StreamFrame(StreamFrame.Kind.TICK, id, price(topic, tick), null);
      default -> throw new Unusable("unknown message type " + quoted(type));
    };
  }

  private static String text(JsonParser parser) throws IOException {
    return DirectValues.text(parser);
  }

  private static String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  /** The fields of a tick's {@code data}, as read; checked by {@link #price}. */
  private record Tick(Symbol symbol, long millis, BigDecimal value, boolean valueSeen) {}

  private static Tick tick(JsonParser parser) throws IOException {
    Symbol symbol = null;
    long millis = -1;
    BigDecimal value = null;
    boolean valueSeen = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken token = parser.nextToken();
      switch (field) {
        case "symbol" -> symbol = symbol(parser);
        case "timestamp" -> millis = DirectValues.millis(parser);
        case "value" -> {
          valueSeen = true;
          value =
              token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                  ? DirectValues.decimal(parser)
                  : null;
        }
        default -> parser.skipChildren();
      }
    }
    return new Tick(symbol, millis, value, valueSeen);
  }

  private static Symbol symbol(JsonParser parser) throws IOException {
    String text = DirectValues.text(parser);
    if (text == null) {
      return null;
    }
    try {
      return Symbol.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static MarkPrice price(String topic, Tick tick) throws Unusable {
    if (topic == null || !topic.startsWith(TOPIC)) {
      throw new Unusable("message of an unknown topic " + quoted(topic));
    }
    if (tick == null) {
      throw new Unusable("tick without a data object");
    }
    if (tick.symbol() == null) {
      throw new Unusable("tick without a valid symbol");
    }
    if (!topic.equals(TOPIC + tick.symbol().code())) {
      throw new Unusable("tick of " + tick.symbol().code() + " on topic " + quoted(topic));
    }
    if (tick.millis() < 0) {
      throw new Unusable("tick of " + tick.symbol().code() + " without a valid timestamp");
    }
    if (tick.value() == null || tick.value().signum() <= 0) {
      throw new Unusable(
          "tick of "
              + tick.symbol().code()
              + (tick.valueSeen()
                  ? ": value is not a positive decimal in range"
                  : ": value is missing"));
    }
    return new MarkPrice(tick.symbol(), Instant.ofEpochMilli(tick.millis()), tick.value());
  }

  private static String quoted(String text) {
    if (text == null) {
      return "(none)";
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "\"" + shown + "\"";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }
}
