package dev.margin.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process, against the bundled snapshot, a snapshot directory and WireMock.
 */
class MarginCliTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final WireMockExtension KUCOIN =
      WireMockExtension.newInstance()
          .options(WireMockConfiguration.wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
          .build();

  @TempDir Path temp;

  record Run(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = MarginCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  static String bundled(SnapshotFile file) throws IOException {
    try (var in = MarginCliTest.class.getResourceAsStream("snapshot/" + file.fileName)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  Path snapshotWithout(SnapshotFile... missing) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("snapshot"));
    for (SnapshotFile file : SnapshotFile.values()) {
      if (!java.util.List.of(missing).contains(file)) {
        Files.writeString(dir.resolve(file.fileName), bundled(file));
      }
    }
    return dir;
  }

  Path account(String json) throws IOException {
    Path file = temp.resolve("account-" + System.nanoTime() + ".json");
    Files.writeString(file, json);
    return file;
  }

  // --- validate -----------------------------------------------------------------------------

  @Test
  void theReadmeOrderIsValidOnTheBundledSnapshot() {
    Run run = run("validate", "BTC-USDT", "--side", "buy", "--price", "30000.1", "--size", "0.001");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("LIMIT BUY BTC-USDT (CROSS) price 30000.1 size 0.001: VALID\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anInvalidOrderListsEveryViolationAndTheNearestValidValues() {
    Run run =
        run(
            "validate",
            "BTC-USDT",
            "--side",
            "buy",
            "--price",
            "30000.15",
            "--size",
            "0.000000001");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "INVALID",
            "PRICE_INCREMENT",
            "SIZE_INCREMENT",
            "SIZE_BELOW_MIN",
            "NOTIONAL_BELOW_MIN_FUNDS")
        .contains("nearest valid: price 30000.1, size 0.00001");
  }

  @Test
  void anOrderWithNoValidNeighbourSaysWhy() {
    Run text = run("validate", "BTC-USDT", "--side", "buy", "--size", "0");
    JsonNode json = run("validate", "BTC-USDT", "--side", "buy", "--size", "0", "--json").json();

    assertThat(text.exit()).isEqualTo(1);
    assertThat(text.out())
        .contains("SIZE_NOT_POSITIVE")
        .contains("no valid order near: no positive size to start from")
        .doesNotContain("nearest valid:");
    assertThat(json.get("suggestion").isNull()).isTrue();
    assertThat(json.get("noSuggestionReason").asText()).isEqualTo("no positive size to start from");
  }

  @Test
  void validateSpeaksJson() {
    Run run =
        run(
            "validate",
            "BTC-USDT",
            "--side",
            "sell",
            "--price",
            "30000.15",
            "--size",
            "0.001",
            "--json");
    JsonNode json = run.json();

    assertThat(run.exit()).isEqualTo(1);
    assertThat(json.get("symbol").asText()).isEqualTo("BTC-USDT");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("violations"))
        .extracting(v -> v.get("code").asText())
        .containsExactly("PRICE_INCREMENT", "PRICE_OUTSIDE_LIMIT");
    assertThat(json.get("suggestion").get("price").isTextual()).isTrue();
    assertThat(json.get("suggestion").get("size").isNull()).isTrue();
    assertThat(
            run("validate", "ETH-USDT", "--side", "buy", "--funds", "100", "--json")
                .json()
                .get("valid")
                .asBoolean())
        .isTrue();
  }

  @Test
  void marketOrdersBySizeAndByFunds() {
    assertThat(run("validate", "ETH-USDT", "--side", "sell", "--size", "0.5").exit()).isZero();
    assertThat(run("validate", "ETH-USDT", "--side", "buy", "--funds", "0.0001").out())
        .contains("FUNDS_BELOW_MIN");
  }

  @Test
  void isolatedOrdersNeedAnIsolatedSymbol() {
    assertThat(
            run(
                    "validate",
                    "BTC-USDT",
                    "--side",
                    "buy",
                    "--price",
                    "60000",
                    "--size",
                    "0.001",
                    "--isolated")
                .exit())
        .isZero();
    Run eth =
        run(
            "validate",
            "ETH-USDT",
            "--side",
            "buy",
            "--price",
            "2600",
            "--size",
            "0.001",
            "--isolated");
    assertThat(eth.exit()).isEqualTo(1);
    assertThat(eth.out()).contains("ISOLATED_NOT_AVAILABLE");
  }

  @Test
  void aStaleMarkPriceIsExitThree() {
    String[] order = {
      "validate",
      "BTC-USDT",
      "--side",
      "buy",
      "--price",
      "60000",
      "--size",
      "0.001",
      "--max-mark-age",
      "60s"
    };
    Run fresh = run(concat(order, "--now", "2024-10-23T09:42:30Z"));
    Run stale = run(concat(order, "--now", "1729676583000"));

    assertThat(fresh.exit()).isZero();
    assertThat(stale.exit()).isEqualTo(3);
    assertThat(stale.out()).contains("MARK_PRICE_STALE");
  }

  static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void usageErrorsAreExitTwoWithTheUsage() {
    assertThat(run("validate", "BTC-USDT", "--price", "1", "--size", "1").exit()).isEqualTo(2);
    assertThat(run("validate", "BTC-USDT", "--side", "up", "--size", "1").exit()).isEqualTo(2);
    assertThat(run("validate", "BTC-USDT", "--side", "buy", "--size", "1", "--funds", "1").exit())
        .isEqualTo(2);
    assertThat(run("validate", "BTC-USDT", "--side", "buy", "--price", "1", "--funds", "1").exit())
        .isEqualTo(2);
    assertThat(run("validate", "BTC-USDT", "--side", "buy", "--size", "lots").exit()).isEqualTo(2);
    assertThat(run("validate", "BTCUSDT", "--side", "buy", "--size", "1").exit()).isEqualTo(2);
    assertThat(
            run("validate", "BTC-USDT", "--side", "buy", "--size", "1", "--max-mark-age", "soon")
                .exit())
        .isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    Run none = run();
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Usage: margin");
    Run bad = run("validate", "BTC-USDT", "--side", "up", "--size", "1");
    assertThat(bad.err())
        .contains("margin: --side must be buy or sell, not 'up'", "Usage: margin validate");
    assertThat(run("--help").exit()).isZero();
  }

  @Test
  void theHelpListsEveryCommandThoughOnlyTheOneRunIsBuilt() {
    List<String> names =
        List.of(
            "symbols",
            "mark-price",
            "config",
            "etf",
            "validate",
            "check",
            "risk",
            "watch",
            "record",
            "completion");
    assertThat(MarginCli.COMMANDS).hasSameSizeAs(names);
    assertThat(MarginCli.NAMES).containsExactlyElementsOf(names);
    assertThat(MarginCli.COMMANDS)
        .extracting(command -> command.getAnnotation(picocli.CommandLine.Command.class).name())
        .containsExactlyElementsOf(names);
    Run help = run("--help");
    for (String name : names) {
      assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
    }
    Run unknown = run("frobnicate");
    assertThat(unknown.err()).contains("frobnicate", "Did you mean: margin validate");
    assertThat(run("--version").out().strip()).startsWith("margin/").doesNotContain(" ");
    assertThat(run("risk", "--help").out()).contains("Usage: margin risk");
  }

  @Test
  void everyCommandsHelpShowsAnExampleAndTheOfflineOnesRun() {
    for (Class<?> command : MarginCli.COMMANDS) {
      String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
      Run help = run(name, "--help");
      assertThat(help.exit()).as(name).isZero();
      assertThat(help.out())
          .as(name)
          .contains("Usage: margin " + name)
          .containsPattern("Examples?:");
      help.out()
          .lines()
          .map(String::strip)
          .filter(
              line -> line.startsWith("./margin ") && !line.contains("<") && !line.contains(">"))
          .filter(
              line ->
                  !line.contains("--account")
                      && !line.contains("--base-url")
                      && !line.contains("--replay"))
          .forEach(
              example -> {
                Run ran = run(example.substring("./margin ".length()).split(" "));
                assertThat(ran.exit()).as(example + ": " + ran.err()).isIn(0, 1);
              });
    }
  }

  @Test
  void completionPrintsABashScriptOfEveryCommandAndOption() {
    Run bash = run("completion", "bash");

    assertThat(bash.exit()).as(bash.err()).isZero();
    assertThat(bash.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F", "validate", "check", "risk", "mark-price", "--auto-borrow")
        .contains("--stress-currency", "--orders");
    assertThat(run("completion").out()).isEqualTo(bash.out());
    Run fish = run("completion", "fish");
    assertThat(fish.exit()).isEqualTo(2);
    assertThat(fish.err()).contains("SHELL must be bash or zsh, not 'fish'");
  }

  // --- market data --------------------------------------------------------------------------

  @Test
  void marketDataCommandsPrintTablesAndJson() {
    Run symbols = run("symbols");
    assertThat(symbols.exit()).isZero();
    assertThat(symbols.out()).startsWith("SYMBOL").contains("BTC-USDT", "FKX-BTC");
    assertThat(symbols.out().lines().count()).isGreaterThanOrEqualTo(31);

    JsonNode btc = run("symbols", "BTC-USDT", "--json").json().get(0);
    assertThat(btc.get("priceIncrement").asText()).isEqualTo("0.1");
    assertThat(btc.get("baseMaxSize").asText()).isEqualTo("10000000000");
    assertThat(run("symbols", "--isolated", "--json").json()).hasSize(4);
    assertThat(run("symbols", "MANA-USDT", "--isolated").out()).contains("MANA-USDT", "0.9");

    assertThat(run("mark-price", "USDT-BTC", "--json").json().get("value").asText())
        .isEqualTo("0.00001504");
    assertThat(run("mark-price").out())
        .containsPattern("USDC-BTC +0.000015049024 +2024-10-23T09:42:02Z");
    assertThat(run("config", "--json").json().get("liqDebtRatio").asText()).isEqualTo("0.97");
    assertThat(run("etf", "BTCUP", "--json").json().get(0).get("targetLeverage").asText())
        .isEqualTo("2-4");
  }

  @Test
  void anUnknownSymbolIsExitThree() {
    Run run = run("mark-price", "NOPE-BTC");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).startsWith("margin: no such symbol: NOPE-BTC").doesNotContain("\tat ");
    assertThat(run("mark-price", "NOPE-BTC", "--verbose").err()).contains("\tat ");
  }

  // --- risk ---------------------------------------------------------------------------------

  @Test
  void riskOfACrossAccountBeforeAndAfterChanges() throws IOException {
    Path account =
        account(
            "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\",\"USDT\":\"1000\"},\"liabilities\":{\"USDT\":\"900\"}}");

    Run now = run("risk", "--account", account.toString(), "--json");
    Run after =
        run(
            "risk",
            "--account",
            account.toString(),
            "--borrow",
            "USDT:30000",
            "--order",
            "BTC-USDT:buy:0.45:66000",
            "--json");

    assertThat(now.exit()).isZero();
    assertThat(now.json().get("status").asText()).isEqualTo("SAFE");
    assertThat(now.json().get("mode").asText()).isEqualTo("cross");
    assertThat(now.json().get("valuationCurrency").asText()).isEqualTo("USDT");
    assertThat(now.json().get("liabilities").asText()).isEqualTo("900");
    assertThat(after.json().get("after").get("liabilities").asText()).isEqualTo("30900");
    assertThat(after.json().get("after").get("debtRatio").isTextual()).isTrue();
    assertThat(run("risk", "--account", account.toString()).out()).contains("debt ratio", "SAFE");
  }

  @Test
  void aPositionThatIsNotSafeIsExitOne() throws IOException {
    Path account =
        account(
            "{\"mode\":\"isolated\",\"symbol\":\"BTC-USDT\",\"assets\":{\"BTC\":\"1\"},\"liabilities\":{\"USDT\":\"65000\"}}");

    Run run = run("risk", "--account", account.toString(), "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("status").asText()).isEqualTo("LIQUIDATION");
  }

  @Test
  void aChangeThatNeedsABorrowFirstIsRefused() throws IOException {
    Path account = account("{\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\"},\"liabilities\":{}}");

    Run run =
        run("risk", "--account", account.toString(), "--order", "BTC-USDT:buy:1:60000", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.json().get("after").isNull()).isTrue();
    assertThat(run.json().get("refusals").get(0).get("code").asText())
        .isEqualTo("NEGATIVE_BALANCE");
  }

  @Test
  void liquidationPricesAndTheStressTable() throws IOException {
    // 1 BTC owing 50,000 USDT, BTC at 1 / 0.00001504 = 66489.36... USDT
    Path account =
        account(
            "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\"},\"liabilities\":{\"USDT\":\"50000\"}}");

    Run run =
        run(
            "risk",
            "--account",
            account.toString(),
            "--liquidation-price",
            "BTC",
            "--stress",
            "--json");
    JsonNode liquidation = run.json().get("liquidation");
    JsonNode stress = run.json().get("stress");

    assertThat(run.exit()).isZero();
    assertThat(liquidation.get("currency").asText()).isEqualTo("BTC");
    assertThat(liquidation.get("quoteCurrency").asText()).isEqualTo("USDT");
    assertThat(new BigDecimal(liquidation.get("liquidationPrice").asText()))
        .isEqualByComparingTo("51546.39175257731958762886597938144");
    assertThat(new BigDecimal(liquidation.get("warningPrice").asText()))
        .isEqualByComparingTo("52631.57894736842105263157894736842");
    assertThat(stress).hasSize(8);
    assertThat(stress.get(0).get("move").asText()).isEqualTo("-0.5");
    assertThat(stress.get(0).get("status").asText()).isEqualTo("LIQUIDATION");
    assertThat(stress.get(1).get("move").asText()).isEqualTo("-0.2");
    assertThat(stress.get(1).get("status").asText()).isEqualTo("SAFE");

    Run text =
        run(
            "risk",
            "--account",
            account.toString(),
            "--liquidation-price",
            "BTC",
            "--stress=-20%,-50%");
    assertThat(text.out())
        .contains("liquidation at 0.97  51546.39175258", "-50%", "<- first to liquidate");

    Run covered =
        run(
            "risk",
            "--account",
            account("{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\"}}").toString(),
            "--liquidation-price",
            "BTC",
            "--json");
    assertThat(covered.json().get("liquidation").get("liquidationPrice").isNull()).isTrue();
    assertThat(covered.json().get("liquidation").get("liquidationState").asText())
        .isEqualTo("NEVER");
    assertThat(run("risk", "--account", account.toString(), "--liquidation-price", "USDT").exit())
        .isEqualTo(2);
    assertThat(run("risk", "--account", account.toString(), "--stress=-100%").exit()).isEqualTo(2);
  }

  @Test
  void badAccountFilesAreClearErrors() throws IOException {
    assertThat(run("risk", "--account", temp.resolve("missing.json").toString()).err())
        .contains("no such file");
    assertThat(run("risk", "--account", temp.resolve("missing.json").toString()).exit())
        .isEqualTo(2);
    assertThat(run("risk", "--account", account("not json").toString()).exit()).isEqualTo(2);
    assertThat(run("risk", "--account", account("[1,2]").toString()).exit()).isEqualTo(2);
    Run shape =
        run(
            "risk",
            "--account",
            account("{\"mode\":\"cross\",\"assets\":{\"BTC\":\"lots\"}}").toString());
    assertThat(shape.exit()).isEqualTo(2);
    assertThat(shape.err()).contains("\"assets\".BTC is not a decimal number: 'lots'");
    assertThat(run("risk", "--account", account("{\"mode\":\"sideways\"}").toString()).exit())
        .isEqualTo(2);
    Run unknown =
        run(
            "risk",
            "--account",
            account("{\"mode\":\"cross\",\"assets\":{\"XYZ\":\"1\"}}").toString());
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err()).contains("cannot value XYZ");
  }

  // --- snapshot directories -----------------------------------------------------------------

  @Test
  void aSnapshotDirectoryNeedsOnlyTheFilesTheCommandReads() throws IOException {
    Path dir = snapshotWithout(SnapshotFile.ISOLATED_SYMBOLS, SnapshotFile.MARGIN_CONFIG);

    assertThat(
            run(
                    "validate",
                    "BTC-USDT",
                    "--side",
                    "buy",
                    "--price",
                    "30000.1",
                    "--size",
                    "0.001",
                    "--snapshot",
                    dir.toString())
                .exit())
        .isZero();
    Run isolated =
        run(
            "validate",
            "BTC-USDT",
            "--side",
            "buy",
            "--price",
            "30000.1",
            "--size",
            "0.001",
            "--isolated",
            "--snapshot",
            dir.toString());
    assertThat(isolated.exit()).isEqualTo(3);
    assertThat(isolated.err()).startsWith("margin: isolated-margin-symbols.json: ");
    assertThat(run("config", "--snapshot", dir.toString()).err()).contains("margin-config.json");
  }

  @Test
  void aBrokenSnapshotFileIsNamed() throws IOException {
    Path dir = snapshotWithout();
    Files.writeString(
        dir.resolve("cross-margin-symbols.json"),
        "{\"code\":\"200000\",\"data\":{\"items\":[{\"symbol\":\"BTC-USDT\"}]}}");
    Files.writeString(dir.resolve("mark-price-all-symbols.json"), "<html>");

    Run symbols = run("symbols", "--snapshot", dir.toString());
    Run marks = run("mark-price", "--snapshot", dir.toString());

    assertThat(symbols.exit()).isEqualTo(3);
    assertThat(symbols.err())
        .startsWith(
            "margin: cross-margin-symbols.json: GET /api/v3/margin/symbols: malformed response at data.items[0].name");
    assertThat(marks.exit()).isEqualTo(3);
    assertThat(marks.err()).startsWith("margin: mark-price-all-symbols.json: ");
    assertThat(run("symbols", "--snapshot", temp.resolve("nowhere").toString()).exit())
        .isEqualTo(2);
  }

  // --- a live server ------------------------------------------------------------------------

  void serveBundledSnapshot() throws IOException {
    for (SnapshotFile file : SnapshotFile.values()) {
      KUCOIN.stubFor(get(urlEqualTo(file.path)).willReturn(okJson(bundled(file))));
    }
  }

  @Test
  void aBaseUrlIsReadThroughTheSameAdapter() throws IOException {
    serveBundledSnapshot();
    String base = "http://127.0.0.1:" + KUCOIN.getPort();

    assertThat(run("symbols", "--base-url", base, "--json").json()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(run("config", "--base-url", base).exit()).isZero();
    assertThat(run("symbols", "--base-url", "http://api.kucoin.com").exit()).isEqualTo(2);
    assertThat(run("symbols", "--base-url", base, "--snapshot", temp.toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void recordWritesACheckedSnapshotThatReplays() throws IOException {
    serveBundledSnapshot();
    Path out = temp.resolve("recorded");

    Run record =
        run(
            "record",
            "--base-url",
            "http://127.0.0.1:" + KUCOIN.getPort(),
            "--out",
            out.toString());

    assertThat(record.exit()).as(record.err()).isZero();
    assertThat(record.out()).startsWith("recorded 47 symbols, 4 isolated symbols, 44 mark prices");
    for (SnapshotFile file : SnapshotFile.values()) {
      assertThat(out.resolve(file.fileName)).exists();
    }
    assertThat(
            run(
                    "validate",
                    "BTC-USDT",
                    "--side",
                    "buy",
                    "--price",
                    "30000.1",
                    "--size",
                    "0.001",
                    "--snapshot",
                    out.toString())
                .exit())
        .isZero();
  }

  @Test
  void recordWritesNothingWhenABodyCannotBeRead() throws IOException {
    serveBundledSnapshot();
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/margin/config"))
            .willReturn(okJson("{\"code\":\"200000\",\"data\":{\"maxLeverage\":\"x\"}}")));
    Path out = temp.resolve("recorded");

    Run record =
        run(
            "record",
            "--base-url",
            "http://127.0.0.1:" + KUCOIN.getPort(),
            "--out",
            out.toString());

    assertThat(record.exit()).isEqualTo(3);
    assertThat(record.err()).contains("margin-config.json").contains("maxLeverage");
    assertThat(out).doesNotExist();
    assertThat(run("record", "--out", out.toString()).exit()).isEqualTo(2);
  }
}
