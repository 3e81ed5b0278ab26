package dev.margin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that show market data as the ports return it. */
final class MarketCommands {
  private MarketCommands() {}

  @Command(
      name = "symbols",
      description = "Cross-margin symbols and their trading rules, or isolated-margin symbols.",
      footer = {
        "",
        "Examples:",
        "  ./margin symbols BTC-USDT",
        "  ./margin symbols --isolated --json"
      })
  static final class Symbols extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "SYMBOL", description = "One symbol, e.g. BTC-USDT.")
    String symbol;

    @Option(names = "--isolated", description = "Isolated-margin symbols.")
    boolean isolated;

    @Override
    int run() {
      Symbol wanted = symbol == null ? null : parseSymbol(symbol);
      try (Session session =
          session(
              EnumSet.of(isolated ? SnapshotFile.ISOLATED_SYMBOLS : SnapshotFile.CROSS_SYMBOLS))) {
        if (isolated) {
          List<IsolatedMarginSymbol> all =
              session.marketData().allIsolatedSymbols().stream()
                  .filter(s -> wanted == null || s.symbol().equals(wanted))
                  .toList();
          if (wanted != null && all.isEmpty()) {
            throw new NoSuchSymbolException(wanted.code(), "not an isolated-margin symbol");
          }
          if (common.json) {
            ArrayNode array = Output.JSON.createArrayNode();
            all.forEach(s -> array.add(Output.json(s)));
            Output.print(out(), array);
          } else {
            Output.table(
                out(),
                List.of(
                    "SYMBOL",
                    "TRADING",
                    "MAX LEVERAGE",
                    "LIQUIDATION RATIO",
                    "BORROW BASE",
                    "BORROW QUOTE"),
                all.stream()
                    .map(
                        s ->
                            List.of(
                                s.symbol().code(),
                                yesNo(s.tradeEnable()),
                                String.valueOf(s.maxLeverage()),
                                Output.plain(s.flDebtRatio()),
                                yesNo(s.baseBorrowEnable()),
                                yesNo(s.quoteBorrowEnable())))
                    .toList());
          }
          return 0;
        }
        List<CrossMarginSymbol> all =
            wanted == null
                ? session.marketData().allCrossSymbols()
                : List.of(session.marketData().crossSymbol(wanted));
        if (common.json) {
          ArrayNode array = Output.JSON.createArrayNode();
          all.forEach(s -> array.add(Output.json(s)));
          Output.print(out(), array);
        } else {
          Output.table(
              out(),
              List.of(
                  "SYMBOL",
                  "TRADING",
                  "TICK",
                  "LOT",
                  "MIN SIZE",
                  "MAX SIZE",
                  "MIN FUNDS",
                  "PRICE LIMIT"),
              all.stream()
                  .map(
                      s ->
                          List.of(
                              s.symbol().code(),
                              yesNo(s.enableTrading()),
                              s.priceIncrement().toString(),
                              s.baseIncrement().toString(),
                              Output.plain(s.baseMinSize()),
                              Output.plain(s.baseMaxSize()),
                              Output.plain(s.minFunds()),
                              Output.plain(s.priceLimitRate())))
                  .toList());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "mark-price",
      description = {
        "Mark prices: all, or one symbol's; with --follow, each as KuCoin pushes it,",
        "live (--base-url) or from a recorded file (--replay)."
      },
      footer = {
        "",
        "Examples:",
        "  ./margin mark-price USDT-BTC",
        "  ./margin mark-price --follow --replay margin-cli/replay/btc-falls.jsonl --json",
        "  ./margin mark-price --follow BTC-USDT ETH-USDT --base-url https://api.kucoin.com"
      })
  static final class MarkPrices extends BaseCommand {
    @Parameters(
        arity = "0..*",
        paramLabel = "SYMBOL",
        description = "A symbol, e.g. USDT-BTC; with --follow, any number (default: every one).")
    List<String> symbols = new ArrayList<>();

    @Option(
        names = "--follow",
        description =
            "Print each mark price as it arrives, until interrupted (or the --replay file ends).")
    boolean follow;

    @Option(
        names = "--replay",
        paramLabel = "FILE",
        description =
            "With --follow: KuCoin message frames, one per line, served on a loopback WebSocket.")
    Path replay;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "With --follow: stop after N prices.")
    Long limit;

    @Override
    int run() {
      List<Symbol> wanted = new ArrayList<>();
      for (String symbol : symbols) {
        wanted.add(parseSymbol(symbol));
      }
      if (follow) {
        if (limit != null && limit < 1) {
          throw new UsageException("--limit must be at least 1: " + limit);
        }
        try {
          return new PriceFollower(out(), spec.commandLine().getErr(), common.json, limit)
              .run(common, wanted, replay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 0;
        }
      }
      if (replay != null || limit != null) {
        throw new UsageException((replay != null ? "--replay" : "--limit") + " needs --follow");
      }
      if (wanted.size() > 1) {
        throw new UsageException("one SYMBOL at most without --follow");
      }
      Symbol one = wanted.isEmpty() ? null : wanted.get(0);
      try (Session session = session(EnumSet.of(SnapshotFile.MARK_PRICES))) {
        List<MarkPrice> prices =
            one == null
                ? session.marketData().allMarkPrices()
                : List.of(session.marketData().markPrice(one));
        if (common.json) {
          if (one != null) {
            Output.print(out(), Output.json(prices.get(0)));
          } else {
            ArrayNode array = Output.JSON.createArrayNode();
            prices.forEach(p -> array.add(Output.json(p)));
            Output.print(out(), array);
          }
        } else {
          Output.table(
              out(),
              List.of("SYMBOL", "MARK PRICE", "TIME"),
              prices.stream()
                  .map(
                      p ->
                          List.of(
                              p.symbol().code(), Output.plain(p.value()), p.timePoint().toString()))
                  .toList());
        }
        return 0;
      }
    }
  }

  @Command(
      name = "config",
      description = "The cross-margin configuration: leverage and debt-ratio thresholds.",
      footer = {"", "Example:", "  ./margin config --json"})
  static final class Config extends BaseCommand {
    @Override
    int run() {
      try (Session session = session(EnumSet.of(SnapshotFile.MARGIN_CONFIG))) {
        MarginConfig config = session.marketData().marginConfig();
        if (common.json) {
          Output.print(out(), Output.json(config));
        } else {
          Output.table(
              out(),
              List.of("SETTING", "VALUE"),
              List.of(
                  List.of("maxLeverage", String.valueOf(config.maxLeverage())),
                  List.of("warningDebtRatio", Output.plain(config.warningDebtRatio())),
                  List.of("liqDebtRatio", Output.plain(config.liqDebtRatio())),
                  List.of(
                      "currencies",
                      config.currencyList().size()
                          + ": "
                          + String.join(
                              " ", config.currencyList().stream().map(Currency::code).toList()))));
        }
        return 0;
      }
    }
  }

  @Command(
      name = "etf",
      description = "Leveraged tokens: all, or one.",
      footer = {"", "Example:", "  ./margin etf BTCUP"})
  static final class Etf extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "CURRENCY", description = "One token, e.g. BTCUP.")
    String currency;

    @Override
    int run() {
      Currency wanted = currency == null ? null : parseCurrency(currency);
      try (Session session = session(EnumSet.of(SnapshotFile.ETF_INFO))) {
        List<LeveragedToken> tokens =
            wanted == null
                ? session.marketData().allLeveragedTokens()
                : List.of(session.marketData().leveragedToken(wanted));
        if (common.json) {
          ArrayNode array = Output.JSON.createArrayNode();
          tokens.forEach(t -> array.add(Output.json(t)));
          Output.print(out(), array);
        } else {
          Output.table(
              out(),
              List.of(
                  "TOKEN", "NET ASSET", "TARGET LEVERAGE", "ACTUAL LEVERAGE", "ISSUED", "BASKET"),
              tokens.stream()
                  .map(
                      t ->
                          List.of(
                              t.currency().code(),
                              Output.plain(t.netAsset()),
                              t.targetLeverage(),
                              Output.plain(t.actualLeverage()),
                              Output.plain(t.issuedSize()),
                              t.basket()))
                  .toList());
        }
        return 0;
      }
    }
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
