package dev.margin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.margin.app.OrderSuggestion;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.Violation;
import dev.margin.domain.model.ViolationCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
  static void json(JsonGenerator json, long line, PreTradeVerdict verdict) {
    try {
      json.writeStartObject();
      if (line > 0) {
        json.writeNumberField("line", line);
      }
      json.writeStringField("symbol", verdict.order().symbol().code());
      json.writeStringField("clientOid", verdict.order().clientOid().orElse(null));
      json.writeBooleanField("valid", verdict.maySend());
      json.writeArrayFieldStart("violations");
      for (Violation violation : verdict.violations()) {
        json.writeStartObject();
        json.writeStringField("code", violation.code().name());
        json.writeStringField("message", violation.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (verdict.suggestion().isPresent()) {
        OrderSuggestion suggestion = verdict.suggestion().get();
        json.writeObjectFieldStart("suggestion");
        json.writeStringField("price", suggestion.price().map(Output::plain).orElse(null));
        json.writeStringField("size", suggestion.size().map(Output::plain).orElse(null));
        json.writeStringField("funds", suggestion.funds().map(Output::plain).orElse(null));
        json.writeEndObject();
      } else {
        json.writeNullField("suggestion");
      }
      if (verdict.borrow().isPresent()) {
        json.writeObjectFieldStart("borrow");
        json.writeStringField("currency", verdict.borrow().get().currency().code());
        json.writeStringField("amount", Output.plain(verdict.borrow().get().amount()));
        json.writeEndObject();
      } else {
        json.writeNullField("borrow");
      }
      if (verdict.after().isPresent()) {
        json.writeObjectFieldStart("after");
        json.writeStringField(
            "debtRatio", verdict.after().get().debtRatio().map(Output::plain).orElse(null));
        json.writeStringField("status", verdict.after().get().status().name());
        json.writeEndObject();
      } else {
        json.writeNullField("after");
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the verdict of a line that holds no order, in the same shape. */
  static void malformed(JsonGenerator json, long line, String why) {
    try {
      json.writeStartObject();
      json.writeNumberField("line", line);
      json.writeNullField("symbol");
      json.writeNullField("clientOid");
      json.writeBooleanField("valid", false);
      json.writeArrayFieldStart("violations");
      json.writeStartObject();
      json.writeStringField("code", ViolationCode.INVALID_PARAMETER.name());
      json.writeStringField("message", "line " + line + ": " + why);
      json.writeEndObject();
      json.writeEndArray();
      json.writeNullField("suggestion");
      json.writeNullField("borrow");
      json.writeNullField("after");
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
