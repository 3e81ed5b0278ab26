package dev.margin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderRequestBuilder;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.TimeInForce;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * One line of {@code --orders}: an order as a JSON object with the field names of KuCoin's margin
 * order request ({@code symbol}, {@code side}, {@code type}, {@code price}, {@code size}, {@code
 * funds}, {@code clientOid}, {@code stp}, {@code isIsolated}, {@code autoBorrow}, {@code
 * autoRepay}, {@code timeInForce}, {@code cancelAfter}, {@code postOnly}, {@code hidden}, {@code
 * iceberg}, {@code visibleSize}), read as strictly as the account file: an unknown or repeated
 * field, a value of the wrong type, a decimal outside {@link DecimalBounds} or a line longer than
 * {@value #MAX_CHARS} characters is a {@link Malformed} naming the field, never a guess.
 */
final class OrderLine {
  /** The longest line read; an order is a few hundred characters. */
  static final int MAX_CHARS = 8 * 1024;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNumberLength(100)
                  .maxNestingDepth(4)
                  .maxStringLength(MAX_CHARS)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /** A line that is no order, and why. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private OrderLine() {}

  /** The order on {@code line}. */
  static OrderRequest read(String line) throws Malformed {
    if (line.length() > MAX_CHARS) {
      throw new Malformed("the line is longer than " + MAX_CHARS + " characters");
    }
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new Malformed("not a JSON object");
      }
      Fields fields = new Fields();
      Set<String> seen = new HashSet<>();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        if (!seen.add(name)) {
          throw new Malformed("\"" + name + "\" appears twice");
        }
        fields.read(name, parser);
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new Malformed("content after the order");
      }
      return fields.order();
    } catch (IOException e) {
      String message = e.getMessage();
      int end = message.indexOf('\n');
      throw new Malformed("not valid JSON: " + (end < 0 ? message : message.substring(0, end)));
    }
  }

  /** The fields as read. */
  private static final class Fields {
    Symbol symbol;
    Side side;
    OrderType type = OrderType.LIMIT;
    BigDecimal price;
    BigDecimal size;
    BigDecimal funds;
    String clientOid;
    SelfTradePrevention stp;
    boolean isolated;
    boolean autoBorrow;
    boolean autoRepay;
    TimeInForce timeInForce;
    Long cancelAfter;
    boolean postOnly;
    boolean hidden;
    boolean iceberg;
    BigDecimal visibleSize;

    void read(String name, JsonParser parser) throws IOException, Malformed {
      JsonToken token = parser.nextToken();
      switch (name) {
        case "symbol" -> symbol = symbol(text(name, token, parser));
        case "side" ->
            side =
                switch (text(name, token, parser)) {
                  case "buy" -> Side.BUY;
                  case "sell" -> Side.SELL;
                  default -> throw new Malformed("\"side\" must be \"buy\" or \"sell\"");
                };
        case "type" ->
            type =
                switch (text(name, token, parser)) {
                  case "limit" -> OrderType.LIMIT;
                  case "market" -> OrderType.MARKET;
                  default -> throw new Malformed("\"type\" must be \"limit\" or \"market\"");
                };
        case "price" -> price = decimal(name, token, parser);
        case "size" -> size = decimal(name, token, parser);
        case "funds" -> funds = decimal(name, token, parser);
        case "visibleSize" -> visibleSize = decimal(name, token, parser);
        case "clientOid" -> clientOid = text(name, token, parser);
        case "stp" -> stp = constant(SelfTradePrevention.class, name, text(name, token, parser));
        case "timeInForce" ->
            timeInForce = constant(TimeInForce.class, name, text(name, token, parser));
        case "cancelAfter" -> cancelAfter = whole(name, token, parser);
        case "isIsolated" -> isolated = flag(name, token);
        case "autoBorrow" -> autoBorrow = flag(name, token);
        case "autoRepay" -> autoRepay = flag(name, token);
        case "postOnly" -> postOnly = flag(name, token);
        case "hidden" -> hidden = flag(name, token);
        case "iceberg" -> iceberg = flag(name, token);
        default -> throw new Malformed("unknown field \"" + name + "\"");
      }
    }

    OrderRequest order() throws Malformed {
      if (symbol == null) {
        throw new Malformed("\"symbol\" is missing");
      }
      if (side == null) {
        throw new Malformed("\"side\" is missing");
      }
      OrderRequestBuilder builder =
          OrderRequest.builder(symbol, side)
              .type(type)
              .price(price)
              .size(size)
              .funds(funds)
              .isolated(isolated)
              .clientOid(clientOid)
              .stp(stp)
              .timeInForce(timeInForce)
              .postOnly(postOnly)
              .hidden(hidden)
              .iceberg(iceberg)
              .visibleSize(visibleSize)
              .autoBorrow(autoBorrow)
              .autoRepay(autoRepay);
      if (cancelAfter != null) {
        builder.cancelAfter(cancelAfter);
      }
      return builder.build();
    }
  }

  private static Symbol symbol(String text) throws Malformed {
    try {
      return Symbol.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Malformed("\"symbol\": " + e.getMessage());
    }
  }

  private static String text(String name, JsonToken token, JsonParser parser)
      throws IOException, Malformed {
    if (token != JsonToken.VALUE_STRING) {
      throw new Malformed("\"" + name + "\" must be a string");
    }
    return parser.getText();
  }

  private static boolean flag(String name, JsonToken token) throws Malformed {
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new Malformed("\"" + name + "\" must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static Long whole(String name, JsonToken token, JsonParser parser)
      throws IOException, Malformed {
    String text =
        token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING
            ? parser.getText()
            : null;
    if (text == null || !text.matches("-?[0-9]{1,18}")) {
      throw new Malformed("\"" + name + "\" must be a whole number of seconds");
    }
    return Long.parseLong(text);
  }

  /** A decimal from a JSON string (KuCoin's form) or number, exact, within the bound. */
  private static BigDecimal decimal(String name, JsonToken token, JsonParser parser)
      throws IOException, Malformed {
    if (token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new Malformed("\"" + name + "\" must be a decimal (a string or a number)");
    }
    try {
      return DecimalBounds.parse(parser.getText(), "\"" + name + "\"");
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage());
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String text)
      throws Malformed {
    E constant = BaseCommand.named(type, text);
    if (constant == null) {
      throw new Malformed(
          "\"" + name + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }
    return constant;
  }
}
