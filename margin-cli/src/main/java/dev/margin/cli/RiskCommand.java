package dev.margin.cli;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code risk}: the debt ratio and status of a position, now and after what-if changes. */
@Command(
    name = "risk",
    description = "The debt ratio and status of the position in FILE, and after borrows and fills.",
    footer = {
      "",
      "Examples:",
      "  ./margin risk --account account.json --borrow USDT:30000 --order BTC-USDT:buy:0.45:66000",
      "  ./margin risk --account account.json --liquidation-price BTC --stress",
      "  ./margin risk --account account.json --stress-currency BTC --plot risk.svg",
      "%n--plot draws a "
          + RiskChart.WIDTH
          + "x"
          + RiskChart.HEIGHT
          + " picture of the debt ratio against the price of the --stress-currency (or against"
          + " the joint move of --stress when several currencies move): the curve, the warning"
          + " and liquidation levels, the price now, and the warning and liquidation prices with"
          + " their values. With --stress, a text chart of the same curve follows the table."
    })
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

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description =
          "Draw the debt ratio against the price of the stressed currency to FILE: .svg or .png, "
              + RiskChart.WIDTH
              + "x"
              + RiskChart.HEIGHT
              + " pixels.")
  Path plot;

  @Override
  int run() {
    MarginPosition position = AccountFile.read(account, common.at(account));
    Currency valuation = parseCurrency(in);
    List<PositionChange> changes = WhatIfArguments.changes(borrows, orders);
    List<BigDecimal> moves = stress == null ? null : WhatIfArguments.moves(stress);
    Currency stressed = stressCurrency == null ? null : parseCurrency(stressCurrency);
    PlotFile plotFile = plot == null ? null : PlotFile.of(plot, common.at(plot));
    Set<SnapshotFile> needed = EnumSet.of(SnapshotFile.MARK_PRICES);
    needed.add(
        position.mode() == MarginMode.CROSS
            ? SnapshotFile.MARGIN_CONFIG
            : SnapshotFile.ISOLATED_SYMBOLS);
    try (Session session = session(needed)) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      RiskReport report =
          RiskReport.of(
              session.risk(),
              position,
              changes,
              valuation,
              liquidationCurrency == null ? null : liquidationCurrency(valuation),
              moves,
              stressed);
      if (plotFile != null || (moves != null && !common.json)) {
        report =
            report.withCurve(
                CurveSampler.sample(
                    session.risk(), report, stressed, valuation, session.stablecoins()));
      }
      if (plotFile != null) {
        plotFile.write(report.curve().orElseThrow());
      }
      if (common.json) {
        Output.print(out(), RiskOutput.json(report));
      } else {
        new RiskOutput(out()).text(report);
        if (plotFile != null) {
          out().println("plot: " + plot + " (" + RiskChart.WIDTH + "x" + RiskChart.HEIGHT + ")");
          out().flush();
        }
      }
      return report.studiedStatus().filter(RiskStatus.SAFE::equals).isPresent() ? 0 : 1;
    }
  }

  private Currency liquidationCurrency(Currency valuation) {
    Currency currency = parseCurrency(liquidationCurrency);
    if (currency.equals(valuation)) {
      throw new UsageException(
          "--liquidation-price " + currency + " needs another --in currency to be priced in");
    }
    return currency;
  }
}
