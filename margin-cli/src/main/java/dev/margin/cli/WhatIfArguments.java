package dev.margin.cli;

import dev.margin.app.MarginRisk;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The what-if options of {@code risk} read into the service's terms; each refusal a usage error.
 */
final class WhatIfArguments {
  private WhatIfArguments() {}

  /** The changes of {@code --borrow} and {@code --order}: the borrows first, each in order. */
  static List<PositionChange> changes(List<String> borrows, List<String> orders) {
    List<PositionChange> changes = new ArrayList<>();
    for (String borrow : borrows) {
      String[] parts = borrow.split(":");
      if (parts.length != 2) {
        throw new UsageException("--borrow takes CUR:AMOUNT, not '" + borrow + "'");
      }
      Currency currency = BaseCommand.parseCurrency(parts[0]);
      BigDecimal amount = BaseCommand.parseDecimal(parts[1], "--borrow amount");
      changes.add(change("--borrow", () -> new PositionChange.Borrow(currency, amount)));
    }
    for (String order : orders) {
      String[] parts = order.split(":");
      if (parts.length != 4) {
        throw new UsageException("--order takes SYMBOL:buy|sell:SIZE:PRICE, not '" + order + "'");
      }
      Symbol symbol = BaseCommand.parseSymbol(parts[0]);
      Side side =
          switch (parts[1].toLowerCase(Locale.ROOT)) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default ->
                throw new UsageException(
                    "--order side must be buy or sell, not '" + parts[1] + "'");
          };
      BigDecimal size = BaseCommand.parseDecimal(parts[2], "--order size");
      BigDecimal price = BaseCommand.parseDecimal(parts[3], "--order price");
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

  /** The moves of {@code --stress}: its default, or a list such as {@code -20%,0.1}. */
  static List<BigDecimal> moves(String stress) {
    if (stress.equals("default")) {
      return MarginRisk.DEFAULT_MOVES;
    }
    List<BigDecimal> moves = new ArrayList<>();
    for (String part : stress.split(",")) {
      String move = part.trim();
      boolean percent = move.endsWith("%");
      BigDecimal value =
          BaseCommand.parseDecimal(
              percent ? move.substring(0, move.length() - 1) : move, "--stress move");
      value = percent ? BaseCommand.bounded(value.movePointLeft(2), "--stress move") : value;
      if (value.compareTo(BigDecimal.ONE.negate()) <= 0) {
        throw new UsageException("--stress moves must be above -100%: " + move);
      }
      moves.add(value);
    }
    return moves;
  }
}
