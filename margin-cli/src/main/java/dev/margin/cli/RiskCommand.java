package dev.margin.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.app.RiskRefusal;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code risk}: the debt ratio and status of a position, now and after what-if changes. */
@Command(name = "risk", description = "The debt ratio and status of the position in FILE, and after borrows and fills.")
final class RiskCommand extends BaseCommand {
  private static final ObjectMapper ACCOUNT =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Option(names = "--account", required = true, paramLabel = "FILE", description = "The position as JSON: {\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\"},\"liabilities\":{\"USDT\":\"900\"}}, or with \"mode\":\"isolated\",\"symbol\":\"BTC-USDT\".")
  Path account;

  @Option(names = "--borrow", paramLabel = "CUR:AMOUNT", description = "Borrow AMOUNT of CUR (applied first, in order).")
  List<String> borrows = new ArrayList<>();

  @Option(names = "--order", paramLabel = "SYMBOL:buy|sell:SIZE:PRICE", description = "A filled limit order (applied after the borrows, in order).")
  List<String> orders = new ArrayList<>();

  @Option(names = "--in", paramLabel = "CURRENCY", description = "The valuation currency (default USDT).")
  String in = "USDT";

  @Override
  int run() {
    MarginPosition position = position();
    Currency valuation = parseCurrency(in);
    List<PositionChange> changes = changes();
    Set<SnapshotFile> needed = EnumSet.of(SnapshotFile.MARK_PRICES);
    needed.add(position.mode() == MarginMode.CROSS ? SnapshotFile.MARGIN_CONFIG : SnapshotFile.ISOLATED_SYMBOLS);
    try (Session session = session(needed)) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      RiskProjection projection = session.risk().project(position, changes, valuation);
      if (common.json) {
        ObjectNode node = json(projection.before());
        if (!changes.isEmpty()) {
          if (projection.after().isPresent()) {
            node.set("after", json(projection.after().get()));
          } else {
            node.putNull("after");
          }
          ArrayNode refusals = node.putArray("refusals");
          for (RiskRefusal refusal : projection.refusals()) {
            refusals.addObject().put("code", refusal.code().name()).put("message", refusal.message());
          }
        }
        Output.print(out(), node);
      } else {
        text("now", projection.before());
        projection.after().ifPresent(after -> text("after the changes", after));
        projection.refusals().forEach(r -> out().println("refused: " + r.code() + ": " + r.message()));
        out().flush();
      }
      RiskAssessment last = changes.isEmpty() ? projection.before() : projection.after().orElse(null);
      return last != null && last.status() == RiskStatus.SAFE ? 0 : 1;
    }
  }

  private ObjectNode json(RiskAssessment assessment) {
    ObjectNode node = Output.JSON.createObjectNode();
    node.put("mode", assessment.mode().name().toLowerCase(Locale.ROOT));
    node.put("valuationCurrency", assessment.valuationCurrency().code());
    node.put("assets", Output.plain(assessment.totalAssets()));
    node.put("liabilities", Output.plain(assessment.totalLiabilities()));
    node.put("debtRatio", assessment.debtRatio().map(Output::plain).orElse(null));
    node.put("status", assessment.status().name());
    return node;
  }

  private void text(String when, RiskAssessment assessment) {
    var out = out();
    out.println(assessment.mode().name().toLowerCase(Locale.ROOT) + " position " + when + ", in " + assessment.valuationCurrency() + ":");
    Output.table(
        out,
        null,
        List.of(
            List.of("  assets", Output.rounded(assessment.totalAssets())),
            List.of("  liabilities", Output.rounded(assessment.totalLiabilities())),
            List.of("  debt ratio", assessment.debtRatio().map(Output::rounded).orElse("infinite")),
            List.of("  status", assessment.status() + " (" + assessment.warningDebtRatio().map(w -> "warning " + Output.plain(w) + ", ").orElse("")
                + "liquidation " + Output.plain(assessment.liquidationDebtRatio()) + ")")));
  }

  private MarginPosition position() {
    JsonNode root;
    try {
      root = ACCOUNT.readTree(Files.readAllBytes(account));
    } catch (NoSuchFileException e) {
      throw new UsageException("--account " + account + ": no such file");
    } catch (IOException e) {
      throw new UsageException("--account " + account + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new UsageException("--account " + account + ": expected a JSON object");
    }
    try {
      String mode = text(root, "mode");
      Map<Currency, BigDecimal> assets = amounts(root, "assets");
      Map<Currency, BigDecimal> liabilities = amounts(root, "liabilities");
      return switch (mode) {
        case "cross" -> MarginPosition.cross(assets, liabilities);
        case "isolated" -> MarginPosition.isolated(Symbol.parse(text(root, "symbol")), assets, liabilities);
        default -> throw new IllegalArgumentException("\"mode\" must be \"cross\" or \"isolated\", not \"" + mode + "\"");
      };
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UsageException("--account " + account + ": " + e.getMessage());
    }
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return node.asText();
  }

  private static Map<Currency, BigDecimal> amounts(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an object of currency to amount");
    }
    Map<Currency, BigDecimal> amounts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode value = entry.getValue();
      BigDecimal amount;
      if (value.isTextual()) {
        try {
          amount = new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("\"" + field + "\"." + entry.getKey() + " is not a number: " + value);
        }
      } else if (value.isNumber()) {
        amount = value.decimalValue();
      } else {
        throw new IllegalArgumentException("\"" + field + "\"." + entry.getKey() + " is not a number: " + value);
      }
      amounts.put(Currency.of(entry.getKey()), amount);
    }
    return amounts;
  }

  private List<PositionChange> changes() {
    List<PositionChange> changes = new ArrayList<>();
    try {
      for (String borrow : borrows) {
        String[] parts = borrow.split(":");
        if (parts.length != 2) {
          throw new UsageException("--borrow takes CUR:AMOUNT, not '" + borrow + "'");
        }
        changes.add(new PositionChange.Borrow(parseCurrency(parts[0]), parseDecimal(parts[1], "--borrow amount")));
      }
      for (String order : orders) {
        String[] parts = order.split(":");
        if (parts.length != 4) {
          throw new UsageException("--order takes SYMBOL:buy|sell:SIZE:PRICE, not '" + order + "'");
        }
        Side side =
            switch (parts[1].toLowerCase(Locale.ROOT)) {
              case "buy" -> Side.BUY;
              case "sell" -> Side.SELL;
              default -> throw new UsageException("--order side must be buy or sell, not '" + parts[1] + "'");
            };
        changes.add(new PositionChange.Fill(parseSymbol(parts[0]), side, parseDecimal(parts[3], "--order price"), parseDecimal(parts[2], "--order size")));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return changes;
  }
}
