package dev.margin.cli;

import dev.margin.app.OrderRequest;
import dev.margin.app.OrderRequestBuilder;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.TimeInForce;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check}: may this order be sent now? The whole KuCoin margin order against the symbol's
 * rules, the account in {@code --account} and the default limits; one order from the options, or
 * one per line of {@code --orders}, streamed.
 */
@Command(
    name = "check",
    description =
        "May this order be sent now? The whole margin order against the symbol's rules and the account: exit 0 when it may, 1 when refused.",
    footer = {
      "",
      "Examples:",
      "  ./margin check --account account.json --order BTC-USDT:buy:0.02:66000 --client-oid grid-1 --auto-borrow",
      "  ./margin check --account account.json --orders orders.jsonl > verdicts.jsonl"
    })
final class CheckCommand extends BaseCommand {
  @Option(
      names = "--account",
      required = true,
      paramLabel = "FILE",
      description = "The position as JSON, as for risk.")
  Path account;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--order",
        paramLabel = "SYMBOL:buy|sell:SIZE[:PRICE]",
        description = "One order: a limit order with PRICE, else a market order by size.")
    String order;

    @Option(
        names = "--orders",
        paramLabel = "FILE|-",
        description =
            "One order per line as JSON with KuCoin's field names (- reads standard input); one JSON verdict per line, in order, each order judged alone against the account.")
    String orders;
  }

  @Option(names = "--client-oid", paramLabel = "ID", description = "KuCoin's clientOid.")
  String clientOid;

  @Option(names = "--tif", paramLabel = "GTC|GTT|IOC|FOK", description = "The time in force.")
  String timeInForce;

  @Option(
      names = "--cancel-after",
      paramLabel = "S",
      description = "Cancel after S seconds (with --tif GTT).")
  Long cancelAfter;

  @Option(names = "--post-only", description = "Post-only.")
  boolean postOnly;

  @Option(names = "--hidden", description = "Hidden from the order book.")
  boolean hidden;

  @Option(names = "--iceberg", description = "An iceberg order (with --visible-size).")
  boolean iceberg;

  @Option(names = "--visible-size", paramLabel = "N", description = "The iceberg's visible size.")
  String visibleSize;

  @Option(names = "--stp", paramLabel = "DC|CO|CN|CB", description = "Self-trade prevention.")
  String stp;

  @Option(names = "--auto-borrow", description = "Borrow what the account lacks.")
  boolean autoBorrow;

  @Option(names = "--auto-repay", description = "Repay debt from what the fill brings in.")
  boolean autoRepay;

  @Option(names = "--isolated", description = "An isolated-margin order.")
  boolean isolated;

  @Override
  int run() {
    MarginPosition position = AccountFile.read(account, common.at(account));
    OrderRequest single = source.order == null ? null : order();
    if (single == null && hasOrderOptions()) {
      throw new UsageException("the order options go with --order; --orders lines carry their own");
    }
    Set<SnapshotFile> needed =
        EnumSet.of(
            SnapshotFile.CROSS_SYMBOLS, SnapshotFile.MARK_PRICES, SnapshotFile.MARGIN_CONFIG);
    if (position.mode() == MarginMode.ISOLATED || isolated) {
      needed.add(SnapshotFile.ISOLATED_SYMBOLS);
    }
    try (Session session = session(needed)) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      PreTradeCheck check = session.preTradeCheck();
      return single != null ? one(check, position, single) : stream(check, position);
    }
  }

  private int one(PreTradeCheck check, MarginPosition position, OrderRequest order) {
    PreTradeVerdict verdict = check.check(position, order);
    if (common.json) {
      StringBuilder json = new StringBuilder(512);
      CheckOutput.json(json, 0, verdict);
      out().print(json);
      out().flush();
    } else {
      CheckOutput.text(out(), verdict);
    }
    return exitCode(verdict);
  }

  /** Line by line, in constant memory, on every core; the verdicts in the input's order. */
  private int stream(PreTradeCheck check, MarginPosition position) {
    PrintWriter out = out();
    int worst;
    try (BufferedReader in = reader(source.orders, common)) {
      worst =
          new OrderStream(
                  check,
                  position,
                  CheckCommand::exitCode,
                  Runtime.getRuntime().availableProcessors())
              .run(in, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return worst;
  }

  private static BufferedReader reader(String orders, CommonOptions common) throws IOException {
    if (orders.equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    }
    try {
      return Files.newBufferedReader(common.at(Path.of(orders)), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("--orders " + orders + " does not exist");
    }
  }

  /** 0 when the order may be sent, 3 when market data is missing or stale, else 1. */
  private static int exitCode(PreTradeVerdict verdict) {
    if (verdict.maySend()) {
      return 0;
    }
    return verdict.violations().stream().anyMatch(v -> ValidateCommand.DATA.contains(v.code()))
        ? 3
        : 1;
  }

  private boolean hasOrderOptions() {
    return clientOid != null
        || timeInForce != null
        || cancelAfter != null
        || postOnly
        || hidden
        || iceberg
        || visibleSize != null
        || stp != null
        || autoBorrow
        || autoRepay
        || isolated;
  }

  private OrderRequest order() {
    String[] parts = source.order.split(":", -1);
    if (parts.length != 3 && parts.length != 4) {
      throw new UsageException(
          "--order must be SYMBOL:buy|sell:SIZE[:PRICE], not '" + source.order + "'");
    }
    Side side = parseSide(parts[1], "--order side");
    OrderRequestBuilder builder = OrderRequest.builder(parseSymbol(parts[0]), side);
    try {
      if (parts.length == 4) {
        builder.limit(
            parseDecimal(parts[3], "--order price"), parseDecimal(parts[2], "--order size"));
      } else {
        builder.marketBySize(parseDecimal(parts[2], "--order size"));
      }
      builder
          .clientOid(clientOid)
          .timeInForce(
              timeInForce == null ? null : constant(TimeInForce.class, "--tif", timeInForce))
          .stp(stp == null ? null : constant(SelfTradePrevention.class, "--stp", stp))
          .postOnly(postOnly)
          .hidden(hidden)
          .iceberg(iceberg)
          .visibleSize(visibleSize == null ? null : parseDecimal(visibleSize, "--visible-size"))
          .autoBorrow(autoBorrow)
          .autoRepay(autoRepay)
          .isolated(isolated);
      if (cancelAfter != null) {
        builder.cancelAfter(cancelAfter);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String option, String text) {
    E constant = named(type, text);
    if (constant == null) {
      throw new UsageException(
          option
              + " must be one of "
              + Arrays.toString(type.getEnumConstants())
              + ", not '"
              + text
              + "'");
    }
    return constant;
  }
}
