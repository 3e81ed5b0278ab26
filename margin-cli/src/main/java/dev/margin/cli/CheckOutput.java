package dev.margin.cli;

import dev.margin.app.OrderSuggestion;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.Violation;
import dev.margin.domain.model.ViolationCode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code check} verdict, as JSON (the contract: {@code line} in {@code --orders} mode, {@code
 * symbol}, {@code clientOid}, {@code valid}, {@code violations[].code} and {@code .message}, {@code
 * suggestion}, {@code borrow}, {@code after}, decimals as plain-notation strings), one object per
 * line, or as text for people.
 */
final class CheckOutput {
  private CheckOutput() {}

  /** Writes one verdict as one line of JSON; {@code line} 0 leaves the line number out. */
  static void json(StringBuilder out, long line, PreTradeVerdict verdict) {
    out.append('{');
    if (line > 0) {
      out.append("\"line\":").append(line).append(',');
    }
    JsonText.field(out, "symbol", verdict.order().symbol().code()).append(',');
    JsonText.field(out, "clientOid", verdict.order().clientOid().orElse(null)).append(',');
    out.append("\"valid\":").append(verdict.maySend()).append(",\"violations\":[");
    boolean first = true;
    for (Violation violation : verdict.violations()) {
      out.append(first ? "{" : ",{");
      first = false;
      JsonText.field(out, "code", violation.code().name()).append(',');
      JsonText.field(out, "message", violation.message()).append('}');
    }
    out.append("],\"suggestion\":");
    if (verdict.suggestion().isPresent()) {
      OrderSuggestion suggestion = verdict.suggestion().get();
      out.append('{');
      JsonText.field(out, "price", suggestion.price().map(Output::plain).orElse(null)).append(',');
      JsonText.field(out, "size", suggestion.size().map(Output::plain).orElse(null)).append(',');
      JsonText.field(out, "funds", suggestion.funds().map(Output::plain).orElse(null)).append('}');
    } else {
      out.append("null");
    }
    out.append(",\"borrow\":");
    if (verdict.borrow().isPresent()) {
      PreTradeVerdict.Borrow borrow = verdict.borrow().get();
      out.append('{');
      JsonText.field(out, "currency", borrow.currency().code()).append(',');
      JsonText.field(out, "amount", Output.plain(borrow.amount())).append('}');
    } else {
      out.append("null");
    }
    out.append(",\"after\":");
    if (verdict.after().isPresent()) {
      PreTradeVerdict.After after = verdict.after().get();
      out.append('{');
      JsonText.field(out, "debtRatio", after.debtRatio().map(Output::plain).orElse(null))
          .append(',');
      JsonText.field(out, "status", after.status().name()).append('}');
    } else {
      out.append("null");
    }
    out.append("}\n");
  }

  /** Writes the verdict of a line that holds no order, in the same shape. */
  static void malformed(StringBuilder out, long line, String why) {
    out.append("{\"line\":")
        .append(line)
        .append(",\"symbol\":null,\"clientOid\":null,\"valid\":false,\"violations\":[{");
    JsonText.field(out, "code", ViolationCode.INVALID_PARAMETER.name()).append(',');
    JsonText.field(out, "message", "line " + line + ": " + why);
    out.append("}],\"suggestion\":null,\"borrow\":null,\"after\":null}\n");
  }

  /** The verdict for people. */
  static void text(PrintWriter out, PreTradeVerdict verdict) {
    out.println(verdict.order() + ": " + (verdict.maySend() ? "MAY SEND" : "REFUSED"));
    List<List<String>> rows = new ArrayList<>();
    for (Violation violation : verdict.violations()) {
      rows.add(List.of("  " + violation.code().name(), violation.message()));
    }
    if (!rows.isEmpty()) {
      Output.table(out, List.of("  CODE", "WHY"), rows);
    }
    verdict
        .borrow()
        .ifPresent(
            borrow ->
                out.println("borrows: " + Output.plain(borrow.amount()) + " " + borrow.currency()));
    verdict
        .after()
        .ifPresent(
            after ->
                out.println(
                    "after: debt ratio "
                        + after.debtRatio().map(CheckOutput::ratio).orElse("infinite")
                        + ", "
                        + after.status()));
    verdict.suggestion().ifPresent(s -> out.println("nearest valid: " + Output.suggestion(s)));
    out.flush();
  }

  private static String ratio(BigDecimal ratio) {
    return Output.rounded(ratio);
  }
}
