package dev.margin.cli;

import static dev.margin.cli.MarginCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.margin.cli.MarginCliTest.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input on the command line: every line of {@code shared/hostile/decimals.txt} (beside the
 * repository) in an account file and in every decimal option, and account files built to hurt a
 * JSON reader. Each is a usage error (exit 2) with one line naming the file or option and the
 * field, at once, never a stack trace.
 */
class HostileInputTest {
  static final Duration AT_ONCE = Duration.ofSeconds(2);

  /** The blocks of the file: refused, zeros in disguise, plain values; read raw. */
  static final List<List<String>> BLOCKS = blocks();

  static final List<String> REFUSED = BLOCKS.get(0);
  static final List<String> ZEROS = BLOCKS.get(1);
  static final List<String> EXACT = BLOCKS.get(2);

  static final String ACCOUNT =
      "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\",\"USDT\":\"1000\"},\"liabilities\":{\"USDT\":\"900\"}}";

  @TempDir Path temp;

  static List<List<String>> blocks() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared/hostile/decimals.txt");
      if (Files.isRegularFile(file)) {
        try {
          List<List<String>> blocks = new ArrayList<>();
          List<String> block = new ArrayList<>();
          String text = Files.readString(file, StandardCharsets.UTF_8);
          for (String line : text.substring(0, text.lastIndexOf('\n')).split("\n", -1)) {
            if (!line.startsWith("#")) {
              block.add(line);
            } else if (!block.isEmpty()) {
              blocks.add(List.copyOf(block));
              block.clear();
            }
          }
          blocks.add(List.copyOf(block));
          assertThat(blocks).as(file + " blocks").hasSize(3);
          return blocks;
        } catch (IOException e) {
          throw new AssertionError(file + " unreadable", e);
        }
      }
    }
    throw new AssertionError("shared/hostile/decimals.txt not found beside " + here + " or above");
  }

  @BeforeAll
  static void warmUp() {
    run("risk", "--account", "missing.json");
    run("validate", "BTC-USDT", "--side", "buy", "--size", "lots");
  }

  static String json(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < ' ') {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content);
  }

  /**
   * Each value refused at once: the runs for one value within {@link #AT_ONCE} (a command line
   * starts in milliseconds; a computation with a billion-digit number would take minutes).
   */
  static <T> void eachAtOnce(Iterable<T> values, Consumer<T> refusals) {
    for (T value : values) {
      assertTimeoutPreemptively(AT_ONCE, () -> refusals.accept(value), () -> "at once: " + value);
    }
  }

  /** Exit 2, the first line of stderr naming each of {@code names}, no stack trace. */
  static void refusedInOneLine(Run run, String why, String... names) {
    String first = run.err().lines().findFirst().orElse("");
    assertThat(run.exit()).as(why + ": " + run.err()).isEqualTo(2);
    assertThat(first).as(why).startsWith("margin: ").contains(names);
    assertThat(run.err())
        .as(why)
        .doesNotContain("unexpected failure", "\tat ", "Exception", "[picocli WARN]");
    assertThat(run.out()).as(why).isEmpty();
  }

  // --- account files --------------------------------------------------------------------------

  @Test
  void everyHostileAmountInAnAccountFileIsRefusedAtOnceNamingTheFileAndTheField()
      throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    for (int i = 0; i < REFUSED.size(); i++) {
      String amount = json(REFUSED.get(i));
      files.put(
          file("assets-" + i + ".json", "{\"mode\":\"cross\",\"assets\":{\"BTC\":" + amount + "}}"),
          "\"assets\".BTC");
      files.put(
          file(
              "liabilities-" + i + ".json",
              "{\"mode\":\"isolated\",\"symbol\":\"BTC-USDT\",\"assets\":{\"BTC\":\"1\"},"
                  + "\"liabilities\":{\"USDT\":"
                  + amount
                  + "}}"),
          "\"liabilities\".USDT");
    }
    eachAtOnce(
        files.entrySet(),
        file ->
            refusedInOneLine(
                run("risk", "--account", file.getKey().toString(), "--json"),
                file.getKey().getFileName().toString(),
                "--account " + file.getKey() + ": ",
                file.getValue()));
  }

  @Test
  void everyHostileNumberWrittenBareInAnAccountFileIsRefusedAtOnce() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < REFUSED.size(); i++) {
      String text = REFUSED.get(i);
      // the spaces around a bare number are JSON's own, not the number's
      if (text.equals(text.strip())) {
        files.add(
            file("bare-" + i + ".json", "{\"mode\":\"cross\",\"assets\":{\"BTC\":" + text + "}}"));
      }
    }
    assertThat(files).hasSizeGreaterThan(REFUSED.size() - 3);
    eachAtOnce(
        files,
        file ->
            refusedInOneLine(
                run("risk", "--account", file.toString()),
                file.getFileName().toString(),
                "--account " + file + ": ",
                "\"assets\".BTC"));
  }

  @Test
  void anAccountFileIsReadAsStrictlyAsTheWire() throws IOException {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put(
        "{\"mode\":\"cross\",\"mode\":\"isolated\",\"assets\":{}}",
        new String[] {"Duplicate field 'mode'", "at \"mode\""});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\",\"BTC\":\"2\"}}",
        new String[] {"Duplicate field 'BTC'", "at \"assets\".BTC"});
    cases.put(
        "{\"mode\":\"cross\",\"liabilities\":{\"USDT\":\"1\",\"USDT\":\"1\"}}",
        new String[] {"Duplicate field 'USDT'", "at \"liabilities\".USDT"});
    cases.put(
        "{\"mode\":\"cross\",\"note\":{\"a\":[{\"b\":1,\"b\":2}]}}",
        new String[] {"Duplicate field 'b'", "at \"note\".a[0].b"});
    cases.put(
        "{\"mode\":\"cross\",\"note\":" + deep + "}",
        new String[] {"nesting depth", "at \"note\"[0]"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":" + "9".repeat(5000) + "}}",
        new String[] {"Number value length (5000)", "at \"assets\".BTC"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"" + "9".repeat(5000) + "\"}}",
        new String[] {"\"assets\".BTC is not a decimal number of at most 256 characters"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":NaN}}",
        new String[] {"Non-standard token 'NaN'", "at \"assets\".BTC"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":Infinity}}",
        new String[] {"'Infinity'", "at \"assets\".BTC"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":1e1000000000}}",
        new String[] {"\"assets\".BTC is out of range"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":1e-1000000000}}",
        new String[] {"\"assets\".BTC is out of range"});
    cases.put(
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":true}}",
        new String[] {"\"assets\".BTC is not a number: boolean"});
    cases.put("{\"mode\":\"cross\"} {}", new String[] {"more after the object"});
    cases.put(" ".repeat(AccountFile.MAX_BYTES) + "{}", new String[] {"larger than 1048576 bytes"});
    Map<Path, String[]> files = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      files.put(file("strict-" + i++ + ".json", c.getKey()), c.getValue());
    }
    eachAtOnce(
        files.entrySet(),
        file -> {
          Run run = run("risk", "--account", file.getKey().toString(), "--json");
          String[] expected = file.getValue();
          refusedInOneLine(run, String.join(" ", expected), "--account " + file.getKey() + ": ");
          assertThat(run.err().lines().findFirst().orElseThrow()).contains(expected);
        });
  }

  @Test
  void aZeroInDisguiseInAnAccountFileIsAZero() throws IOException {
    String plain = run("risk", "--account", file("plain.json", ACCOUNT).toString(), "--json").out();
    List<String> zeros = new ArrayList<>();
    ZEROS.forEach(zero -> zeros.add(json(zero)));
    zeros.addAll(List.of("-0", "-0.0", "0e10", "0E-5"));
    for (String zero : zeros) {
      String account = ACCOUNT.replace("\"assets\":{", "\"assets\":{\"ETH\":" + zero + ",");
      Run run = run("risk", "--account", file("zero.json", account).toString(), "--json");
      assertThat(run.exit()).as(zero + ": " + run.err()).isZero();
      assertThat(run.out()).as(zero).isEqualTo(plain);
    }
  }

  @Test
  void plainValuesInAnAccountFileAreReadExactly() throws IOException {
    for (String value : EXACT) {
      for (String written : List.of(json(value), value)) {
        Path account =
            file("exact.json", "{\"mode\":\"cross\",\"assets\":{\"USDT\":" + written + "}}");
        Run run = run("risk", "--account", account.toString(), "--json");
        assertThat(run.exit()).as(written + ": " + run.err()).isZero();
        assertThat(new BigDecimal(run.json().get("assets").asText()))
            .as(written)
            .isEqualByComparingTo(value);
      }
    }
  }

  // --- decimal options ------------------------------------------------------------------------

  @Test
  void everyHostileBorrowAndOrderAmountIsRefusedAtOnceNamingTheOption() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    eachAtOnce(
        REFUSED,
        text -> {
          refusedInOneLine(
              run("risk", "--account", account, "--borrow=USDT:" + text), text, "--borrow amount");
          refusedInOneLine(
              run("risk", "--account", account, "--order=BTC-USDT:buy:" + text + ":30000"),
              text,
              "--order size");
          refusedInOneLine(
              run("risk", "--account", account, "--order=BTC-USDT:sell:0.1:" + text),
              text,
              "--order price");
        });
  }

  @Test
  void everyHostileOrderDecimalIsRefusedAtOnceNamingTheOption() {
    eachAtOnce(
        REFUSED,
        text -> {
          refusedInOneLine(
              run("validate", "BTC-USDT", "--side", "buy", "--price=" + text, "--size", "1"),
              text,
              "--price");
          refusedInOneLine(
              run("validate", "BTC-USDT", "--side", "buy", "--price", "1", "--size=" + text),
              text,
              "--size");
          refusedInOneLine(
              run("validate", "BTC-USDT", "--side", "buy", "--funds=" + text), text, "--funds");
        });
  }

  @Test
  void everyHostileDecimalOfCheckIsRefusedAtOnceNamingTheOption() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    eachAtOnce(
        REFUSED,
        text -> {
          refusedInOneLine(
              run("check", "--account", account, "--order", "BTC-USDT:buy:1:" + text),
              text,
              "--order price");
          refusedInOneLine(
              run("check", "--account", account, "--order", "BTC-USDT:buy:" + text + ":1"),
              text,
              "--order size");
          refusedInOneLine(
              run(
                  "check",
                  "--account",
                  account,
                  "--order",
                  "BTC-USDT:buy:1:66000",
                  "--iceberg",
                  "--visible-size=" + text),
              text,
              "--visible-size");
        });
  }

  @Test
  void everyHostileDecimalOnAnOrdersLineIsThatLinesRefusalAndTheRestGoOn() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String text : REFUSED) {
      lines
          .append("{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":")
          .append(json(text))
          .append(",\"clientOid\":\"h\"}\n");
    }
    lines.append(
        "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.001\",\"clientOid\":\"ok\"}\n");
    Path orders = file("orders.jsonl", lines.toString());
    String account = file("account.json", ACCOUNT).toString();

    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> run("check", "--account", account, "--orders", orders.toString()));

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    String[] verdicts = run.out().split("\n");
    assertThat(verdicts).hasSize(REFUSED.size() + 1);
    for (int i = 0; i < REFUSED.size(); i++) {
      assertThat(verdicts[i])
          .as(REFUSED.get(i))
          .startsWith("{\"line\":" + (i + 1) + ",")
          .contains("\"valid\":false", "INVALID_PARAMETER", "\\\"size\\\"");
    }
    assertThat(verdicts[REFUSED.size()]).contains("\"clientOid\":\"ok\"", "\"valid\":true");
  }

  @Test
  void everyHostileStressMoveIsRefusedAtOnce() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    // commas separate moves and spaces around them are allowed: those are the option's syntax
    List<String> moves =
        REFUSED.stream().filter(m -> !m.contains(",") && m.equals(m.strip())).toList();
    assertThat(moves).hasSizeGreaterThan(REFUSED.size() - 4);
    eachAtOnce(
        moves,
        move -> {
          refusedInOneLine(
              run("risk", "--account", account, "--stress=" + move), move, "--stress move");
          refusedInOneLine(
              run("risk", "--account", account, "--stress=" + move + "%"), move, "--stress move");
        });
    refusedInOneLine(
        run("risk", "--account", account, "--stress=1e-63%"), "scale 65", "--stress move");
  }

  @Test
  void zerosInOptionsAreJudgedAsZerosNamingTheOption() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    for (String zero : ZEROS) {
      refusedInOneLine(
          run("risk", "--account", account, "--borrow=USDT:" + zero),
          zero,
          "--borrow amount is not positive");
      refusedInOneLine(
          run("risk", "--account", account, "--order=BTC-USDT:buy:" + zero + ":30000"),
          zero,
          "--order size is not positive");
      refusedInOneLine(
          run("risk", "--account", account, "--order=BTC-USDT:buy:1:" + zero),
          zero,
          "--order price is not positive");
      Run size = run("validate", "BTC-USDT", "--side", "buy", "--size=" + zero, "--json");
      assertThat(size.exit()).as(zero).isEqualTo(1);
      assertThat(size.json().get("violations").findValuesAsText("code"))
          .as(zero)
          .contains("SIZE_NOT_POSITIVE");
      Run stress = run("risk", "--account", account, "--stress=" + zero, "--json");
      assertThat(stress.exit()).as(zero + ": " + stress.err()).isZero();
      assertThat(stress.json().get("stress").get(0).get("move").asText()).isEqualTo("0");
    }
  }

  @Test
  void plainValuesInOptionsAreReadExactly() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    for (String value : EXACT) {
      Run run = run("risk", "--account", account, "--borrow=USDT:" + value, "--json");
      assertThat(new BigDecimal(run.json().get("after").get("liabilities").asText()))
          .as(value)
          .isEqualByComparingTo(new BigDecimal(value).add(new BigDecimal("900")));
      Run order = run("validate", "BTC-USDT", "--side", "buy", "--funds=" + value, "--json");
      assertThat(order.exit()).as(value + ": " + order.err()).isIn(0, 1);
    }
  }

  @Test
  void timesOutsideWhatAClockHoldsAreUsageErrors() throws IOException {
    String account = file("account.json", ACCOUNT).toString();
    for (String[] option :
        new String[][] {
          {"--now", "+1000000000-01-01T00:00:00Z"},
          {"--now", "-1"},
          {"--now", "99999999999999999999"},
          {"--max-mark-age", "2562047788015215h"},
          {"--max-mark-age", "PT8760001H"},
          {"--max-mark-age", "99999999999999999999s"}
        }) {
      Run run = run("risk", "--account", account, option[0], option[1]);
      assertThat(run.exit()).as(String.join(" ", option) + ": " + run.err()).isEqualTo(2);
      assertThat(run.err().lines().findFirst().orElseThrow()).contains(option[0]);
      assertThat(run.err()).doesNotContain("unexpected failure", "\tat ");
    }
    assertThat(run("risk", "--account", account, "--max-mark-age", "PT8760000H").exit())
        .isIn(0, 1, 3);
  }
}
