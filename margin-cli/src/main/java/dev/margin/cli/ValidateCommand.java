package dev.margin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderSuggestion;
import dev.margin.app.ValidationResult;
import dev.margin.app.Violation;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: the pre-trade check of one order. */
@Command(
    name = "validate",
    description =
        "Checks an order against the symbol's trading rules and price band: a limit order with --price, else a market order.",
    footer = {
      "",
      "Examples:",
      "  ./margin validate BTC-USDT --side buy --price 30000.1 --size 0.001",
      "  ./margin validate ETH-USDT --side sell --funds 25 --json"
    })
final class ValidateCommand extends BaseCommand {
  /** Violations that say the market data is missing or stale rather than the order wrong. */
  static final Set<ViolationCode> DATA =
      EnumSet.of(
          ViolationCode.MARK_PRICE_UNAVAILABLE,
          ViolationCode.MARK_PRICE_STALE,
          ViolationCode.RULES_UNAVAILABLE,
          ViolationCode.RULES_STALE);

  @Parameters(index = "0", paramLabel = "SYMBOL", description = "The pair, e.g. BTC-USDT.")
  String symbol;

  @Option(names = "--side", required = true, paramLabel = "buy|sell", description = "buy or sell.")
  String side;

  @Option(
      names = "--price",
      paramLabel = "P",
      description = "The limit price; without it, a market order.")
  String price;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Amount amount;

  static final class Amount {
    @Option(names = "--size", paramLabel = "S", description = "The size in the base currency.")
    String size;

    @Option(
        names = "--funds",
        paramLabel = "F",
        description = "The funds in the quote currency (market orders).")
    String funds;
  }

  @Option(names = "--isolated", description = "An isolated-margin order.")
  boolean isolated;

  @Override
  int run() {
    OrderRequest order = order();
    Set<SnapshotFile> needed = EnumSet.of(SnapshotFile.CROSS_SYMBOLS, SnapshotFile.MARK_PRICES);
    if (isolated) {
      needed.add(SnapshotFile.ISOLATED_SYMBOLS);
    }
    try (Session session = session(needed)) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      ValidationResult result = session.validation().validate(order);
      if (common.json) {
        Output.print(out(), json(result));
      } else {
        text(order, result);
      }
      if (result.isValid()) {
        return 0;
      }
      return result.violations().stream().anyMatch(v -> DATA.contains(v.code())) ? 3 : 1;
    }
  }

  private OrderRequest order() {
    Symbol pair = parseSymbol(symbol);
    Side orderSide = parseSide(side, "--side");
    OrderRequest order;
    try {
      if (price != null) {
        if (amount.funds != null) {
          throw new UsageException("a limit order (--price) takes --size, not --funds");
        }
        order =
            OrderRequest.limit(
                pair,
                orderSide,
                parseDecimal(price, "--price"),
                parseDecimal(amount.size, "--size"));
      } else if (amount.funds != null) {
        order = OrderRequest.marketByFunds(pair, orderSide, parseDecimal(amount.funds, "--funds"));
      } else {
        order = OrderRequest.marketBySize(pair, orderSide, parseDecimal(amount.size, "--size"));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return isolated ? order.inMode(MarginMode.ISOLATED) : order;
  }

  private ObjectNode json(ValidationResult result) {
    ObjectNode node = Output.JSON.createObjectNode();
    node.put("symbol", symbol);
    node.put("valid", result.isValid());
    ArrayNode violations = node.putArray("violations");
    for (Violation violation : result.violations()) {
      ObjectNode v = violations.addObject();
      v.put("code", violation.code().name());
      v.put("message", violation.message());
    }
    if (result.suggestion().isEmpty()) {
      node.putNull("suggestion");
      result.noSuggestionReason().ifPresent(reason -> node.put("noSuggestionReason", reason));
    } else {
      OrderSuggestion suggestion = result.suggestion().get();
      ObjectNode s = node.putObject("suggestion");
      s.put("price", suggestion.price().map(Output::plain).orElse(null));
      s.put("size", suggestion.size().map(Output::plain).orElse(null));
      s.put("funds", suggestion.funds().map(Output::plain).orElse(null));
    }
    return node;
  }

  private void text(OrderRequest order, ValidationResult result) {
    var out = out();
    out.println(order + ": " + (result.isValid() ? "VALID" : "INVALID"));
    List<List<String>> rows = new ArrayList<>();
    for (Violation violation : result.violations()) {
      rows.add(List.of("  " + violation.code().name(), violation.message()));
    }
    if (!rows.isEmpty()) {
      Output.table(out, List.of("  CODE", "WHY"), rows);
    }
    result.suggestion().ifPresent(s -> out.println("nearest valid: " + Output.suggestion(s)));
    result.noSuggestionReason().ifPresent(reason -> out.println("no valid order near: " + reason));
    out.flush();
  }
}
