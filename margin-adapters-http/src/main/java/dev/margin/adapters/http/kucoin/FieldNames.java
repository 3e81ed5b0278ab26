package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;

/**
 * The names of the fields of one object a direct reader does not use, so that it refuses a
 * duplicate as the parser's own duplicate detection would, without its per-object hash set: a
 * reader asks this for every such field, and checks the fields it reads itself. Such a field must
 * hold a scalar: a structure, which might hide a duplicate of its own, is left to the tree path.
 */
final class FieldNames {
  private String[] names = new String[4];
  private int count;

  /** Forgets the names, for the next object. */
  void clear() {
    count = 0;
  }

  /**
   * Notes a field not read, the parser on its value: false where the name came before in this
   * object or the value is an object or array.
   */
  boolean skip(String name, JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        return false;
      }
    }
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
    }
    names[count++] = name;
    return true;
  }
}
