package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The common case of a successful envelope, in one streaming pass: an object whose {@code code} is
 * the success code and comes before {@code data}, nothing after it. Anything else (another code,
 * {@code data} first, a syntax error anywhere, data its reader leaves) is {@link #UNREAD}: the tree
 * path then reads the body again and says exactly what is wrong.
 */
final class StreamedEnvelope {

  /** What {@link #read} answers for a body it leaves to the tree path. */
  static final Object UNREAD = new Object();

  /** Reads {@code data}, the parser on its first token. */
  interface Data {
    /**
     * The data, the parser left on its last token; {@link #UNREAD}, or null where JSON null is not
     * a value, for data to leave to the tree path. Any exception leaves it too.
     */
    Object read(JsonParser parser) throws IOException;

    /**
     * Whether this reader refuses duplicate fields itself ({@link FieldNames}), so that the parser
     * need not: the envelope then does the same for its own fields.
     */
    default boolean checksDuplicates() {
      return false;
    }
  }

  private StreamedEnvelope() {}

  /** The data of {@code body} as {@code data} reads it, or {@link #UNREAD}. */
  static Object read(ObjectMapper mapper, byte[] body, Data data, boolean takesNull) {
    if (body.length == 0) {
      return UNREAD;
    }
    try (JsonParser parser = mapper.createParser(body)) {
      FieldNames others = null;
      if (data.checksDuplicates()) {
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        others = new FieldNames();
      }
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return UNREAD;
      }
      boolean success = false;
      boolean read = false;
      Object value = null;
      for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
        JsonToken next = parser.nextToken();
        if ("code".equals(field)) {
          if (read
              || success
              || !(next == JsonToken.VALUE_STRING || next == JsonToken.VALUE_NUMBER_INT)
              || !Envelopes.SUCCESS.equals(parser.getText())) {
            return UNREAD;
          }
          success = true;
        } else if ("data".equals(field)) {
          if (!success || read) {
            return UNREAD;
          }
          value = data.read(parser);
          if (value == UNREAD || (value == null && !takesNull)) {
            return UNREAD;
          }
          read = true;
        } else if (others == null) {
          parser.skipChildren();
        } else if (!others.skip(field, parser)) {
          return UNREAD;
        }
      }
      if (!success || !read || parser.currentToken() != JsonToken.END_OBJECT) {
        return UNREAD;
      }
      return parser.nextToken() == null ? value : UNREAD;
    } catch (IOException | RuntimeException e) {
      return UNREAD;
    }
  }
}
