package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonText} writes every string as Jackson writes it, and as JSON that reads back. */
class JsonTextTest {
  private static final JsonFactory JACKSON = new JsonFactory();

  private static String jackson(String value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JACKSON.createGenerator(text)) {
      json.writeString(value);
    }
    return text.toString();
  }

  private static String ours(String value) {
    return JsonText.string(new StringBuilder(), value).toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "BTC-USDT",
        "unknown field \"autoborrow\"",
        "back\\slash",
        "tab\there",
        "line\nbreak\r\n",
        "\b\f",
        "\u0000\u0001\u001f\u007f",
        "caf\u00e9 \u20ac \ud83d\ude00",
        "\ud800 lone surrogate",
        "</script>"
      })
  void knownStrings(String value) throws IOException {
    assertThat(ours(value)).isEqualTo(jackson(value));
    assertThat(new ObjectMapper().readValue(ours(value), String.class)).isEqualTo(value);
  }

  @Test
  void randomStringsOfEveryCharacterClass() throws IOException {
    Random random = new Random(42L);
    char[] pool = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', 0, 0x1f, 0x7f};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        value.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x3000)
                : pool[random.nextInt(pool.length)]);
      }
      assertThat(ours(value.toString())).isEqualTo(jackson(value.toString()));
    }
  }

  @Test
  void nullAndFields() {
    assertThat(ours(null)).isEqualTo("null");
    assertThat(JsonText.field(new StringBuilder(), "code", "X").toString())
        .isEqualTo("\"code\":\"X\"");
  }
}
