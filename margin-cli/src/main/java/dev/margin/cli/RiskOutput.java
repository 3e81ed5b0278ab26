package dev.margin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.LiquidationPrices;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskRefusal;
import dev.margin.app.StressRow;
import dev.margin.app.ThresholdPrice;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@code risk} shows its answers: as JSON, or as text tables. */
final class RiskOutput {
  private final PrintWriter out;

  RiskOutput(PrintWriter out) {
    this.out = out;
  }

  /** {@return the whole report as one JSON object} */
  static ObjectNode json(RiskReport report) {
    ObjectNode node = json(report.projection().before());
    if (!report.changes().isEmpty()) {
      if (report.projection().after().isPresent()) {
        node.set("after", json(report.projection().after().get()));
      } else {
        node.putNull("after");
      }
      ArrayNode refusals = node.putArray("refusals");
      for (RiskRefusal refusal : report.projection().refusals()) {
        refusals.addObject().put("code", refusal.code().name()).put("message", refusal.message());
      }
    }
    report.liquidation().ifPresent(prices -> node.set("liquidation", json(prices)));
    report
        .stress()
        .ifPresent(
            rows -> {
              ArrayNode array = node.putArray("stress");
              for (StressRow row : rows) {
                ObjectNode r = array.addObject();
                r.put("move", Output.plain(row.move()));
                r.put("debtRatio", row.debtRatio().map(Output::plain).orElse(null));
                r.put("status", row.status().name());
                r.put("firstToWarn", row.firstToWarn());
                r.put("firstToLiquidate", row.firstToLiquidate());
              }
            });
    return node;
  }

  /** Prints the whole report as text. */
  void text(RiskReport report) {
    text("now", report.projection().before());
    if (!report.changes().isEmpty()) {
      report.projection().after().ifPresent(after -> text("after the changes", after));
    }
    report
        .projection()
        .refusals()
        .forEach(r -> out.println("refused: " + r.code() + ": " + r.message()));
    report.liquidation().ifPresent(this::text);
    report.stress().ifPresent(this::text);
    if (report.stress().isPresent()) {
      report.curve().ifPresent(curve -> TextChart.lines(curve).forEach(out::println));
    }
    out.flush();
  }

  static ObjectNode json(LiquidationPrices prices) {
    ObjectNode node = Output.JSON.createObjectNode();
    node.put("currency", prices.currency().code());
    node.put(
        "warningPrice",
        prices.warning().flatMap(ThresholdPrice::price).map(Output::plain).orElse(null));
    node.put("liquidationPrice", prices.liquidation().price().map(Output::plain).orElse(null));
    node.put("quoteCurrency", prices.quoteCurrency().code());
    node.put("currentPrice", Output.plain(prices.currentPrice()));
    node.put("warningState", prices.warning().map(w -> w.state().name()).orElse(null));
    node.put("liquidationState", prices.liquidation().state().name());
    return node;
  }

  void text(LiquidationPrices prices) {
    var out = this.out;
    out.println(
        "prices of "
            + prices.currency()
            + " in "
            + prices.quoteCurrency()
            + " (now "
            + Output.rounded(prices.currentPrice())
            + "):");
    List<List<String>> rows = new ArrayList<>();
    prices
        .warning()
        .ifPresent(
            w -> rows.add(List.of("  warning at " + Output.plain(w.threshold()), describe(w))));
    rows.add(
        List.of(
            "  liquidation at " + Output.plain(prices.liquidation().threshold()),
            describe(prices.liquidation())));
    Output.table(out, null, rows);
  }

  /** A threshold price for people: its price, {@code never}, or {@code already}. */
  static String describe(ThresholdPrice level) {
    return switch (level.state()) {
      case AT -> Output.rounded(level.price().orElseThrow());
      case NEVER -> "never";
      case ALREADY ->
          "already"
              + level
                  .price()
                  .map(p -> " (back below it above " + Output.rounded(p) + ")")
                  .orElse("");
    };
  }

  void text(List<StressRow> rows) {
    List<List<String>> table = new ArrayList<>();
    for (StressRow row : rows) {
      String mark =
          row.firstToLiquidate()
              ? "<- first to liquidate"
              : row.firstToWarn() ? "<- first to warn" : "";
      table.add(
          List.of(
              (row.move().signum() > 0 ? "+" : "")
                  + Output.plain(row.move().movePointRight(2))
                  + "%",
              row.debtRatio().map(Output::rounded).orElse("infinite"),
              row.status().name(),
              mark));
    }
    Output.table(out, List.of("MOVE", "DEBT RATIO", "STATUS", ""), table);
  }

  static ObjectNode json(RiskAssessment assessment) {
    ObjectNode node = Output.JSON.createObjectNode();
    node.put("mode", assessment.mode().name().toLowerCase(Locale.ROOT));
    node.put("valuationCurrency", assessment.valuationCurrency().code());
    node.put("assets", Output.plain(assessment.totalAssets()));
    node.put("liabilities", Output.plain(assessment.totalLiabilities()));
    node.put("debtRatio", assessment.debtRatio().map(Output::plain).orElse(null));
    node.put("status", assessment.status().name());
    return node;
  }

  void text(String when, RiskAssessment assessment) {
    var out = this.out;
    out.println(
        assessment.mode().name().toLowerCase(Locale.ROOT)
            + " position "
            + when
            + ", in "
            + assessment.valuationCurrency()
            + ":");
    Output.table(
        out,
        null,
        List.of(
            List.of("  assets", Output.rounded(assessment.totalAssets())),
            List.of("  liabilities", Output.rounded(assessment.totalLiabilities())),
            List.of("  debt ratio", assessment.debtRatio().map(Output::rounded).orElse("infinite")),
            List.of(
                "  status",
                assessment.status()
                    + " ("
                    + assessment
                        .warningDebtRatio()
                        .map(w -> "warning " + Output.plain(w) + ", ")
                        .orElse("")
                    + "liquidation "
                    + Output.plain(assessment.liquidationDebtRatio())
                    + ")")));
  }
}
