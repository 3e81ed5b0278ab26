package dev.margin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.LiquidationPrices;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.app.RiskRefusal;
import dev.margin.app.StressRow;
import dev.margin.app.ThresholdPrice;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code risk}: the debt ratio and status of a position, now and after what-if changes. */
@Command(
    name = "risk",
    description = "The debt ratio and status of the position in FILE, and after borrows and fills.")
final class RiskCommand extends BaseCommand {
  @Option(
      names = "--account",
      required = true,
      paramLabel = "FILE",
      description =
          "The position as JSON: {\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\"},\"liabilities\":{\"USDT\":\"900\"}}, or with \"mode\":\"isolated\",\"symbol\":\"BTC-USDT\".")
  Path account;

  @Option(
      names = "--borrow",
      paramLabel = "CUR:AMOUNT",
      description = "Borrow AMOUNT of CUR (applied first, in order).")
  List<String> borrows = new ArrayList<>();

  @Option(
      names = "--order",
      paramLabel = "SYMBOL:buy|sell:SIZE:PRICE",
      description = "A filled limit order (applied after the borrows, in order).")
  List<String> orders = new ArrayList<>();

  @Option(
      names = "--in",
      paramLabel = "CURRENCY",
      description = "The valuation currency (default USDT).")
  String in = "USDT";

  @Option(
      names = "--liquidation-price",
      paramLabel = "CURRENCY",
      description =
          "The prices of CURRENCY (in the --in currency) at which the position is warned and liquidated, all other prices held.")
  String liquidationCurrency;

  @Option(
      names = "--stress",
      arity = "0..1",
      fallbackValue = "default",
      paramLabel = "MOVES",
      description =
          "The ratio and status under price moves, e.g. -50%%,-20%%,10%% or -0.5,0.1 (default -50%% -20%% -10%% -5%% +5%% +10%% +20%% +50%%).")
  String stress;

  @Option(
      names = "--stress-currency",
      paramLabel = "CURRENCY",
      description =
          "Move only this currency under --stress (default: every currency but stablecoins and the --in currency).")
  String stressCurrency;

  @Override
  int run() {
    MarginPosition position = AccountFile.read(account);
    Currency valuation = parseCurrency(in);
    List<PositionChange> changes = changes();
    List<BigDecimal> moves = stress == null ? null : moves();
    Set<SnapshotFile> needed = EnumSet.of(SnapshotFile.MARK_PRICES);
    needed.add(
        position.mode() == MarginMode.CROSS
            ? SnapshotFile.MARGIN_CONFIG
            : SnapshotFile.ISOLATED_SYMBOLS);
    try (Session session = session(needed)) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      RiskProjection projection = session.risk().project(position, changes, valuation);
      MarginPosition studied = projection.position().orElse(position);
      LiquidationPrices liquidation =
          liquidationCurrency == null ? null : liquidation(session, studied, valuation);
      List<StressRow> rows =
          stress == null
              ? null
              : session
                  .risk()
                  .stress(
                      studied,
                      moves,
                      stressCurrency == null ? null : parseCurrency(stressCurrency),
                      valuation);
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
            refusals
                .addObject()
                .put("code", refusal.code().name())
                .put("message", refusal.message());
          }
        }
        if (liquidation != null) {
          node.set("liquidation", json(liquidation));
        }
        if (rows != null) {
          ArrayNode array = node.putArray("stress");
          for (StressRow row : rows) {
            ObjectNode r = array.addObject();
            r.put("move", Output.plain(row.move()));
            r.put("debtRatio", row.debtRatio().map(Output::plain).orElse(null));
            r.put("status", row.status().name());
            r.put("firstToWarn", row.firstToWarn());
            r.put("firstToLiquidate", row.firstToLiquidate());
          }
        }
        Output.print(out(), node);
      } else {
        text("now", projection.before());
        if (!changes.isEmpty()) {
          projection.after().ifPresent(after -> text("after the changes", after));
        }
        projection
            .refusals()
            .forEach(r -> out().println("refused: " + r.code() + ": " + r.message()));
        if (liquidation != null) {
          text(liquidation);
        }
        if (rows != null) {
          text(rows);
        }
        out().flush();
      }
      RiskAssessment last =
          changes.isEmpty() ? projection.before() : projection.after().orElse(null);
      return last != null && last.status() == RiskStatus.SAFE ? 0 : 1;
    }
  }

  private LiquidationPrices liquidation(
      Session session, MarginPosition position, Currency valuation) {
    Currency currency = parseCurrency(liquidationCurrency);
    if (currency.equals(valuation)) {
      throw new UsageException(
          "--liquidation-price " + currency + " needs another --in currency to be priced in");
    }
    return session.risk().liquidationPrices(position, currency, valuation);
  }

  private List<BigDecimal> moves() {
    if (stress.equals("default")) {
      return MarginRisk.DEFAULT_MOVES;
    }
    List<BigDecimal> moves = new ArrayList<>();
    for (String part : stress.split(",")) {
      String move = part.trim();
      boolean percent = move.endsWith("%");
      BigDecimal value =
          parseDecimal(percent ? move.substring(0, move.length() - 1) : move, "--stress move");
      value = percent ? bounded(value.movePointLeft(2), "--stress move") : value;
      if (value.compareTo(BigDecimal.ONE.negate()) <= 0) {
        throw new UsageException("--stress moves must be above -100%: " + move);
      }
      moves.add(value);
    }
    return moves;
  }

  private static ObjectNode json(LiquidationPrices prices) {
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

  private void text(LiquidationPrices prices) {
    var out = out();
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

  private static String describe(ThresholdPrice level) {
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

  private void text(List<StressRow> rows) {
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
    Output.table(out(), List.of("MOVE", "DEBT RATIO", "STATUS", ""), table);
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

  private List<PositionChange> changes() {
    List<PositionChange> changes = new ArrayList<>();
    for (String borrow : borrows) {
      String[] parts = borrow.split(":");
      if (parts.length != 2) {
        throw new UsageException("--borrow takes CUR:AMOUNT, not '" + borrow + "'");
      }
      Currency currency = parseCurrency(parts[0]);
      BigDecimal amount = parseDecimal(parts[1], "--borrow amount");
      changes.add(change("--borrow", () -> new PositionChange.Borrow(currency, amount)));
    }
    for (String order : orders) {
      String[] parts = order.split(":");
      if (parts.length != 4) {
        throw new UsageException("--order takes SYMBOL:buy|sell:SIZE:PRICE, not '" + order + "'");
      }
      Symbol symbol = parseSymbol(parts[0]);
      Side side =
          switch (parts[1].toLowerCase(Locale.ROOT)) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default ->
                throw new UsageException(
                    "--order side must be buy or sell, not '" + parts[1] + "'");
          };
      BigDecimal size = parseDecimal(parts[2], "--order size");
      BigDecimal price = parseDecimal(parts[3], "--order price");
      changes.add(change("--order", () -> new PositionChange.Fill(symbol, side, price, size)));
    }
    return changes;
  }

  /** A change the option describes; its refusal (a zero amount, say) names the option. */
  private static PositionChange change(String option, Supplier<PositionChange> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + e.getMessage());
    }
  }
}
