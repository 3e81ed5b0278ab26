package dev.margin.tests.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.adapters.http.kucoin.KucoinRejections;
import dev.margin.domain.model.ViolationCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/ORDER-RULES.md tells the truth: every message in its catalogue of KuCoin's refusals becomes
 * the code its "maps to" column names.
 */
class DocumentedRejectionsTest {
  static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
  static final Pattern NUMBER = Pattern.compile("\\b(\\d{3,6})\\b");
  static final Set<String> CODE_NAMES =
      EnumSet.allOf(ViolationCode.class).stream().map(Enum::name).collect(Collectors.toSet());

  static Path document() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("docs/ORDER-RULES.md");
      if (Files.exists(file)) {
        return file;
      }
    }
    throw new IllegalStateException("docs/ORDER-RULES.md not found");
  }

  @Test
  void everyDocumentedMessageBecomesTheCodeTheDocumentNames() throws IOException {
    String text = Files.readString(document(), StandardCharsets.UTF_8);
    String catalogue =
        text.substring(text.indexOf("### 2.2 Rejection catalogue"), text.indexOf("### 2.3"));
    List<String> checked = new ArrayList<>();
    for (String line : catalogue.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| HTTP") || line.startsWith("| ---")) {
        continue;
      }
      String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
      List<String> messages = quoted(cells[2]);
      List<ViolationCode> codes =
          quoted(cells[cells.length - 1]).stream()
              .filter(CODE_NAMES::contains)
              .map(ViolationCode::valueOf)
              .toList();
      if (messages.isEmpty() || codes.isEmpty()) {
        continue;
      }
      int status = firstNumber(cells[0]).map(Integer::parseInt).orElse(200);
      List<String> kucoinCodes = numbers(cells[1]);
      String kucoinCode = kucoinCodes.size() == 1 ? kucoinCodes.get(0) : null;
      for (int i = 0; i < messages.size(); i++) {
        ViolationCode expected = codes.size() == messages.size() ? codes.get(i) : codes.get(0);
        String message = messages.get(i);
        assertThat(KucoinRejections.translate(status, kucoinCode, message).code())
            .as("%s %s %s, in: %s", status, kucoinCode, message, line)
            .isEqualTo(expected);
        checked.add(message);
      }
    }
    assertThat(checked).as("messages checked").hasSizeGreaterThan(100);
  }

  private static List<String> quoted(String cell) {
    List<String> found = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(cell);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static List<String> numbers(String cell) {
    if (cell.contains("..")) {
      return List.of();
    }
    return Arrays.stream(cell.split("[ /]+")).filter(t -> t.matches("\\d{3,6}")).toList();
  }

  private static java.util.Optional<String> firstNumber(String cell) {
    Matcher matcher = NUMBER.matcher(cell);
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }
}
