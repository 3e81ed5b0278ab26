package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The values of one body read straight from the parser's current token into domain values, for
 * {@link CrossSymbolsReader} and {@link MarkPricesReader}. Each method answers null where the token
 * is not the plain case {@link KucoinMapper} accepts (a null, another type, a value the mapper or
 * the domain refuses): the reader then leaves the body to the wire records and the mapper, which
 * say what is wrong. Never a value the mapper would not give.
 *
 * <p>One per body, not thread-safe: it remembers the currencies and texts already read, so that
 * {@code USDT} in a thousand items is one {@link Currency}.
 */
final class DirectValues {
  private static final int CACHE_SIZE = 64;

  private final Currency[] currencies = new Currency[CACHE_SIZE];
  private String lastText;

  /** A symbol {@code BASE-QUOTE} as {@link Symbol#parse} reads it, from a string token. */
  Symbol symbol(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    char[] text = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    int hyphen = -1;
    for (int i = offset; i < offset + length; i++) {
      if (text[i] == '-') {
        if (hyphen >= 0) {
          return null;
        }
        hyphen = i;
      }
    }
    if (hyphen < 0) {
      return null;
    }
    Currency base = currency(text, offset, hyphen - offset);
    Currency quote = currency(text, hyphen + 1, offset + length - hyphen - 1);
    return base == null || quote == null ? null : new Symbol(base, quote);
  }

  /** A currency code as {@link Currency#of} reads it, from a string token. */
  Currency currency(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    return currency(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** A text, from a string token; the record's constructor refuses a blank one. */
  static String text(JsonParser parser) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
  }

  /**
   * {@link #text}, for a field most items repeat (the market): the text read last time again where
   * it is equal.
   */
  String repeated(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    String last = lastText;
    if (last != null
        && equal(
            last, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
      return last;
    }
    String value = text(parser);
    lastText = value;
    return value;
  }

  /** {@code true} or {@code false}, from a boolean token only. */
  static Boolean flag(JsonParser parser) {
    JsonToken token = parser.currentToken();
    return token == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  /** A decimal, canonical and within the mapper's bounds, from a string or number token. */
  static BigDecimal decimal(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    return DecimalText.canonical(
        parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** A strictly positive decimal as an increment. */
  static Increment increment(JsonParser parser) throws IOException {
    BigDecimal step = decimal(parser);
    return step == null || step.signum() <= 0 ? null : new Increment(step);
  }

  /** Milliseconds since the epoch, not negative, from an integer token that fits a long. */
  static long millis(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return -1;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      return -1;
    }
    return parser.getLongValue();
  }

  /** The instant, the one before again where it is the same millisecond. */
  static Instant instant(long millis, Instant previous) {
    return previous != null && previous.toEpochMilli() == millis
        ? previous
        : Instant.ofEpochMilli(millis);
  }

  private Currency currency(char[] text, int offset, int length) {
    if (length < 1 || length > 32) {
      return null;
    }
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return null;
      }
      hash = 31 * hash + c;
    }
    int slot = (hash ^ (hash >>> 7)) & (CACHE_SIZE - 1);
    Currency cached = currencies[slot];
    if (cached != null && equal(cached.code(), text, offset, length)) {
      return cached;
    }
    Currency currency = new Currency(new String(text, offset, length));
    currencies[slot] = currency;
    return currency;
  }

  private static boolean equal(String string, char[] text, int offset, int length) {
    if (string.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (string.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
