package dev.margin.cli;

/**
 * JSON text written straight into a {@link StringBuilder}, for the one-line verdicts of {@code
 * check}: strings escaped as Jackson escapes them (the quote, the backslash, and the control
 * characters, {@code \b \t \n \f \r} short and the others as {@code \}{@code u00XX}; everything
 * else as it is), so a line reads the same whichever writes it.
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /** Appends {@code value} as a JSON string, or {@code null}. */
  static StringBuilder string(StringBuilder out, String value) {
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    int length = value.length();
    int plain = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(value, plain, i);
      plain = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.append(value, plain, length).append('"');
  }

  /** Appends {@code "name":} and the string value. */
  static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":");
    return string(out, value);
  }
}
