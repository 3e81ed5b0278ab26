package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The order of the field names of a list's first object, to read the next objects' names by
 * matching the expected one against the raw bytes ({@link
 * JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}) rather than looking
 * each up: KuCoin sends every item's fields in one order. Any other name is read as usual. One per
 * body.
 */
final class NameOrder {
  private static final int MAX_NAMES = 32;

  private final SerializedString[] names = new SerializedString[MAX_NAMES];
  private int count;

  /**
   * The name of the {@code index}th field of the current object, the parser moved onto it; null at
   * the end of the object.
   */
  String next(JsonParser parser, int index) throws IOException {
    if (index < count) {
      SerializedString expected = names[index];
      if (parser.nextFieldName(expected)) {
        return expected.getValue();
      }
      return parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
    }
    String name = parser.nextFieldName();
    if (name != null && index == count && count < MAX_NAMES) {
      names[count++] = new SerializedString(name);
    }
    return name;
  }
}
