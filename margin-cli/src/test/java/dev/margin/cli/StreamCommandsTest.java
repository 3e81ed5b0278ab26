package dev.margin.cli;

import static dev.margin.cli.HostileInputTest.refusedInOneLine;
import static dev.margin.cli.MarginCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.cli.MarginCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mark-price --follow} and {@code watch} through the real adapter: the recorded file served
 * by the loopback WebSocket server, the token by the snapshot server, and (for the live path) both
 * behind {@code --base-url}.
 */
class StreamCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path TICKS = shipped();
  static final String LONG_BTC =
      "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\"},\"liabilities\":{\"USDT\":\"50000\"}}";

  @TempDir Path temp;

  static Path shipped() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("margin-cli/replay/btc-falls.jsonl");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new AssertionError("margin-cli/replay/btc-falls.jsonl not found");
  }

  Path file(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content);
  }

  static String frame(String symbol, long millis, String value) {
    return "{\"type\":\"message\",\"topic\":\"/indicator/markPrice:"
        + symbol
        + "\",\"subject\":\"tick\",\"data\":{\"symbol\":\""
        + symbol
        + "\",\"granularity\":1000,\"timestamp\":"
        + millis
        + ",\"value\":"
        + value
        + "}}";
  }

  @Test
  void watchTellsEachUpdateAndEachCrossingOfTheShippedReplay() throws IOException {
    Run run =
        run(
            "watch",
            "--account",
            file("long.json", LONG_BTC).toString(),
            "--replay",
            TICKS.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0))
        .isEqualTo(
            "2024-10-23T09:42:02Z  debt ratio 0.752  SAFE  liquidation BTC 51546.39175258"
                + " (now 66489.36170213, -22.4742268%)");
    assertThat(lines)
        .filteredOn(line -> line.contains(" -> "))
        .extracting(line -> line.replaceAll(".*debt ratio (\\S+)  (\\S+ -> \\S+).*", "$1 $2"))
        .containsExactly(
            "0.95 SAFE -> WARNING",
            "0.975 WARNING -> LIQUIDATION",
            "0.965 LIQUIDATION -> WARNING",
            "0.94 WARNING -> SAFE");
    assertThat(lines.get(7)).contains("liquidation BTC reached (now 51282.05128205)");
  }

  @Test
  void watchJsonIsOneLinePerUpdateAndItsExitIsTheLastStatus() throws IOException {
    List<String> frames = Files.readAllLines(TICKS).subList(0, 9); // ends at 0.975: LIQUIDATION
    Run run =
        run(
            "watch",
            "--account",
            file("long.json", LONG_BTC).toString(),
            "--replay",
            file("ticks.jsonl", String.join("\n", frames)).toString(),
            "--json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(8);
    JsonNode last = lines.get(7);
    assertThat(last.get("marked").asText()).isEqualTo("2024-10-23T09:42:09Z");
    assertThat(last.get("debtRatio").asText()).isEqualTo("0.975");
    assertThat(last.get("status").asText()).isEqualTo("LIQUIDATION");
    assertThat(last.get("previousStatus").asText()).isEqualTo("WARNING");
    assertThat(last.get("liquidation").get("currency").asText()).isEqualTo("BTC");
    assertThat(last.get("liquidation").get("reached").asBoolean()).isTrue();
    assertThat(last.get("failure").isNull()).isTrue();
    assertThat(lines.get(0).get("previousStatus").isNull()).isTrue();
    assertThat(lines.get(0).get("liquidation").get("price").asText())
        .startsWith("51546.391752577319587628865979381");
  }

  @Test
  void watchOfAPositionThatCannotBeValuedSaysWhyAndExitsThree() throws IOException {
    Run run =
        run(
            "watch",
            "--account",
            file(
                    "unpriced.json",
                    "{\"mode\":\"cross\",\"assets\":{\"NOPE\":\"1\"},\"liabilities\":{\"USDT\":\"5\"}}")
                .toString(),
            "--replay",
            TICKS.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).startsWith("cannot assess: ").contains("NOPE");
  }

  @Test
  void followPrintsEveryTickInOrderAndReportsWhatItDropped() {
    Run run = run("mark-price", "--follow", "--replay", TICKS.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0))
        .isEqualTo("{\"symbol\":\"USDT-BTC\",\"timePoint\":1729676523000,\"value\":\"0.000016\"}");
    assertThat(lines.get(3)).contains("ETH-BTC");
    assertThat(run.err())
        .contains("margin: stream: connected")
        .contains("margin: stream: dropped a message: tick of USDT-BTC")
        .contains("margin: stream: replay finished");
  }

  @Test
  void followTakesTheSymbolsAskedForAndStopsAtTheLimit() {
    Run eth = run("mark-price", "--follow", "ETH-BTC", "--replay", TICKS.toString());
    assertThat(eth.exit()).isZero();
    assertThat(eth.out()).isEqualTo("ETH-BTC  0.0398  2024-10-23T09:42:05.500Z\n");

    Run three = run("mark-price", "--follow", "--replay", TICKS.toString(), "--limit", "3");
    assertThat(three.exit()).isZero();
    assertThat(three.out().lines()).hasSize(3);
  }

  @Test
  void hostileValuesInAReplayAreDroppedAndTheStreamGoesOn() throws IOException {
    List<String> hostile =
        HostileInputTest.REFUSED.stream()
            .filter(text -> !text.isEmpty() && text.length() < 10_000)
            .toList();
    List<String> frames = new ArrayList<>();
    long millis = 1729676523000L;
    for (String text : hostile) {
      frames.add(frame("USDT-BTC", millis++, HostileInputTest.json(text)));
      frames.add(frame("USDT-BTC", millis++, text.replace("\n", " ")));
    }
    frames.add(frame("USDT-BTC", millis, "0.0000151"));
    Run run =
        run(
            "mark-price",
            "--follow",
            "--replay",
            file("hostile.jsonl", String.join("\n", frames)).toString(),
            "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .last()
        .isEqualTo(
            "{\"symbol\":\"USDT-BTC\",\"timePoint\":" + millis + ",\"value\":\"0.0000151\"}");
    assertThat(run.err()).contains("replay finished").doesNotContain("Exception");
  }

  @Test
  void followLiveGoesThroughTheBaseUrlToKucoinsTokenAndWebSocket() {
    ReplayFile file = ReplayFile.read(TICKS).only(java.util.Set.of("USDT-BTC"));
    try (ReplayServer socket = new ReplayServer(file);
        SnapshotServer kucoin =
            new SnapshotServer(
                Session.files(null), EnumSet.noneOf(SnapshotFile.class), socket.endpoint())) {
      socket.allow(1_000);
      Run run =
          run("mark-price", "--follow", "USDT-BTC", "--base-url", kucoin.baseUrl(), "--limit", "2");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out().lines().map(line -> line.split("  ")[1]).collect(Collectors.toList()))
          .containsExactly("0.000016", "0.000017");
    }
  }

  @Test
  void badStreamOptionsAreUsageErrors() throws IOException {
    refusedInOneLine(run("mark-price", "--follow"), "no source", "--base-url", "--replay");
    refusedInOneLine(
        run("mark-price", "--replay", TICKS.toString()), "replay alone", "--replay", "--follow");
    refusedInOneLine(
        run("mark-price", "--follow", "--replay", TICKS.toString(), "--limit", "0"),
        "limit 0",
        "--limit");
    refusedInOneLine(
        run("mark-price", "--follow", "--replay", temp.resolve("none.jsonl").toString()),
        "missing file",
        "--replay");
    refusedInOneLine(
        run("mark-price", "--follow", "--replay", file("empty.jsonl", "\n\n").toString()),
        "empty file",
        "--replay",
        "no frame");
    refusedInOneLine(
        run("mark-price", "--follow", "DOGE-BTC", "--replay", TICKS.toString()),
        "no such symbol in the file",
        "--replay",
        "DOGE-BTC");
    refusedInOneLine(
        run(
            "mark-price",
            "--follow",
            "--replay",
            TICKS.toString(),
            "--base-url",
            "http://127.0.0.1:9"),
        "both sources",
        "--replay",
        "--base-url");
    refusedInOneLine(run("mark-price", "USDT-BTC", "ETH-BTC"), "two symbols", "SYMBOL");
    refusedInOneLine(
        run("watch", "--account", file("long.json", LONG_BTC).toString()),
        "watch without a source",
        "--base-url",
        "--replay");
  }
}
