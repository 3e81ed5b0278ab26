package dev.margin.cli;

import static dev.margin.cli.MarginCliTest.concat;
import static dev.margin.cli.MarginCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.cli.MarginCliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./margin check} on the bundled snapshot (BTC-USDT about 66,489 USDT): the JSON verdict's
 * contract, the exit codes, and the streaming {@code --orders} mode with malformed lines.
 */
class CheckCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  Path account(String json) throws IOException {
    return Files.writeString(temp.resolve("account.json"), json);
  }

  Path cash() throws IOException {
    return account("{\"mode\":\"cross\",\"assets\":{\"USDT\":\"1000\"},\"liabilities\":{}}");
  }

  @Test
  void anOrderThatMaySendExitsZeroWithTheContractsFields() throws IOException {
    Run run =
        run(
            "check",
            "--account",
            cash().toString(),
            "--order",
            "BTC-USDT:buy:0.01:66000",
            "--client-oid",
            "c-1",
            "--json");

    assertThat(run.exit()).as(run.err() + run.out()).isZero();
    JsonNode verdict = run.json();
    Set<String> fields = new TreeSet<>();
    verdict.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "symbol", "clientOid", "valid", "violations", "suggestion", "borrow", "after");
    assertThat(verdict.get("symbol").asText()).isEqualTo("BTC-USDT");
    assertThat(verdict.get("clientOid").asText()).isEqualTo("c-1");
    assertThat(verdict.get("valid").asBoolean()).isTrue();
    assertThat(verdict.get("violations")).isEmpty();
    assertThat(verdict.get("suggestion").isNull()).isTrue();
    assertThat(verdict.get("borrow").isNull()).isTrue();
    assertThat(verdict.get("after").get("status").asText()).isEqualTo("SAFE");
    assertThat(verdict.get("after").get("debtRatio").isTextual()).isTrue();
  }

  @Test
  void aShortfallIsRefusedAndAutoBorrowBorrowsIt() throws IOException {
    String account = cash().toString();

    Run refused =
        run(
            "check",
            "--account",
            account,
            "--order",
            "BTC-USDT:buy:0.1:66000",
            "--client-oid",
            "c",
            "--json");
    Run borrowing =
        run(
            "check",
            "--account",
            account,
            "--order",
            "BTC-USDT:buy:0.1:66000",
            "--client-oid",
            "c",
            "--auto-borrow",
            "--json");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.json().get("violations").get(0).get("code").asText())
        .isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(refused.json().get("after").isNull()).isTrue();
    assertThat(borrowing.exit()).as(borrowing.out()).isZero();
    assertThat(borrowing.json().get("borrow").get("currency").asText()).isEqualTo("USDT");
    assertThat(borrowing.json().get("borrow").get("amount").asText()).isEqualTo("5600");
    assertThat(borrowing.json().get("after").get("status").asText()).isEqualTo("SAFE");
  }

  @Test
  void theTextSaysWhatTheVerdictSays() throws IOException {
    Run run =
        run(
            "check",
            "--account",
            cash().toString(),
            "--order",
            "BTC-USDT:buy:0.1:66000",
            "--client-oid",
            "c",
            "--auto-borrow");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "LIMIT BUY BTC-USDT (CROSS) price 66000 size 0.1 clientOid c autoBorrow: MAY SEND")
        .contains("borrows: 5600 USDT")
        .contains("after: debt ratio 0.8422")
        .contains("SAFE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theWholeOrdersFieldsAreChecked() throws IOException {
    Run run =
        run(
            "check",
            "--account",
            cash().toString(),
            "--order",
            "BTC-USDT:buy:0.01:66000",
            "--client-oid",
            "c",
            "--cancel-after",
            "60",
            "--post-only",
            "--tif",
            "ioc",
            "--json");

    assertThat(run.exit()).isEqualTo(1);
    List<String> codes = new ArrayList<>();
    run.json().get("violations").forEach(v -> codes.add(v.get("code").asText()));
    assertThat(codes)
        .containsExactlyInAnyOrder("CANCEL_AFTER_WITHOUT_GTT", "POST_ONLY_WITH_IOC_OR_FOK");
    assertThat(
            run(
                    "check",
                    "--account",
                    cash().toString(),
                    "--order",
                    "BTC-USDT:buy:0.01:66000",
                    "--json")
                .json()
                .get("violations")
                .get(0)
                .get("code")
                .asText())
        .isEqualTo("CLIENT_OID_MISSING");
  }

  @Test
  void ordersStreamOneVerdictPerLineInOrderMalformedLinesIncluded() throws IOException {
    Path orders =
        Files.writeString(
            temp.resolve("orders.jsonl"),
            String.join(
                "\n",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.01\",\"clientOid\":\"a\"}",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.1\",\"clientOid\":\"b\"}",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\"",
                "",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.01\",\"autoborrow\":true}",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"sell\",\"type\":\"market\",\"size\":0.001,\"clientOid\":\"e\",\"autoBorrow\":true}",
                "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"1e1000000000\",\"size\":\"1\",\"clientOid\":\"f\"}"));

    Run run = run("check", "--account", cash().toString(), "--orders", orders.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(6);
    List<JsonNode> verdicts = new ArrayList<>();
    for (String line : lines) {
      verdicts.add(JSON.readTree(line));
    }
    assertThat(verdicts).extracting(v -> v.get("line").asInt()).containsExactly(1, 2, 3, 5, 6, 7);
    assertThat(verdicts.get(0).get("valid").asBoolean()).isTrue();
    assertThat(verdicts.get(1).get("violations").get(0).get("code").asText())
        .isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(verdicts.get(2).get("violations").get(0).get("message").asText())
        .startsWith("line 3: not valid JSON");
    assertThat(verdicts.get(3).get("violations").get(0).get("message").asText())
        .isEqualTo("line 5: unknown field \"autoborrow\"");
    assertThat(verdicts.get(4).get("valid").asBoolean()).as(verdicts.get(4).toString()).isTrue();
    assertThat(verdicts.get(4).get("borrow").get("currency").asText()).isEqualTo("BTC");
    assertThat(verdicts.get(5).get("violations").get(0).get("message").asText())
        .contains("line 7:", "\"price\"");
    for (JsonNode verdict : verdicts) {
      Set<String> fields = new TreeSet<>();
      verdict.fieldNames().forEachRemaining(fields::add);
      assertThat(fields)
          .containsExactlyInAnyOrder(
              "line",
              "symbol",
              "clientOid",
              "valid",
              "violations",
              "suggestion",
              "borrow",
              "after");
    }
  }

  @Test
  void ordersFromStandardInputStreamTheSameWay() throws IOException {
    String lines =
        "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.01\",\"clientOid\":\"a\"}\n"
            + "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\"\n";
    InputStream stdin = System.in;
    Run run;
    try {
      System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
      run = run("check", "--account", cash().toString(), "--orders", "-");
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    String[] verdicts = run.out().split("\n");
    assertThat(verdicts).hasSize(2);
    assertThat(JSON.readTree(verdicts[0]).get("valid").asBoolean()).isTrue();
    assertThat(JSON.readTree(verdicts[1]).get("line").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(verdicts[1]).get("valid").asBoolean()).isFalse();
  }

  @Test
  void staleMarketDataIsExitThree() throws IOException {
    String[] order = {
      "check",
      "--account",
      cash().toString(),
      "--order",
      "BTC-USDT:buy:0.01:66000",
      "--client-oid",
      "c",
      "--max-mark-age",
      "60s",
      "--json"
    };
    Run fresh = run(concat(order, "--now", "2024-10-23T09:42:30Z"));
    Run stale = run(concat(order, "--now", "1729676583000"));

    assertThat(fresh.exit()).as(fresh.out()).isZero();
    assertThat(stale.exit()).as(stale.out()).isEqualTo(3);
    assertThat(stale.json().get("violations").get(0).get("code").asText())
        .startsWith("MARK_PRICE_");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    String account = cash().toString();

    assertThat(run("check", "--account", account, "--order", "BTC-USDT:buy").exit()).isEqualTo(2);
    assertThat(run("check", "--account", account, "--order", "BTC-USDT:hold:1").exit())
        .isEqualTo(2);
    assertThat(
            run("check", "--account", account, "--order", "BTC-USDT:buy:1", "--tif", "forever")
                .err())
        .contains("--tif must be one of [GTC, GTT, IOC, FOK], not 'forever'");
    assertThat(run("check", "--account", account, "--order", "BTC-USDT:buy:1e1000:1").exit())
        .isEqualTo(2);
    assertThat(
            run("check", "--account", account, "--orders", temp.resolve("none").toString()).exit())
        .isEqualTo(2);
    assertThat(
            run("check", "--account", account, "--orders", "x", "--order", "BTC-USDT:buy:1").exit())
        .isEqualTo(2);
    Path orders = Files.writeString(temp.resolve("o.jsonl"), "{}");
    assertThat(
            run("check", "--account", account, "--orders", orders.toString(), "--auto-borrow")
                .err())
        .contains("the order options go with --order");
    assertThat(run("check", "--order", "BTC-USDT:buy:1").exit()).isEqualTo(2);
  }
}
