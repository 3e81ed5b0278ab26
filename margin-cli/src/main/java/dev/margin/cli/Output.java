package dev.margin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.OrderSuggestion;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Aligned tables for people; JSON with decimals as plain-notation strings for programs. */
final class Output {
  static final ObjectMapper JSON = new ObjectMapper();

  private Output() {}

  /** Plain notation without trailing zeros ({@link PlainText}); null for null. */
  static String plain(BigDecimal value) {
    return PlainText.of(value);
  }

  /** A value for people: at most 8 decimal places. */
  static String rounded(BigDecimal value) {
    return plain(value.setScale(Math.min(value.scale(), 8), java.math.RoundingMode.HALF_EVEN));
  }

  static void print(PrintWriter out, JsonNode node) {
    try {
      out.println(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** Prints rows under a header, each column as wide as its widest cell. */
  /** The nearest valid order's changed values, as {@code price 1, size 2}. */
  static String suggestion(OrderSuggestion suggestion) {
    List<String> parts = new ArrayList<>();
    suggestion.price().ifPresent(p -> parts.add("price " + plain(p)));
    suggestion.size().ifPresent(p -> parts.add("size " + plain(p)));
    suggestion.funds().ifPresent(p -> parts.add("funds " + plain(p)));
    return String.join(", ", parts);
  }

  static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] widths =
        new int[header != null ? header.size() : rows.isEmpty() ? 0 : rows.get(0).size()];
    List<List<String>> all = new ArrayList<>();
    if (header != null) {
      all.add(header);
    }
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  static ObjectNode json(CrossMarginSymbol s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("symbol", s.symbol().code());
    node.put("name", s.name());
    node.put("enableTrading", s.enableTrading());
    node.put("market", s.market());
    node.put("baseCurrency", s.baseCurrency().code());
    node.put("quoteCurrency", s.quoteCurrency().code());
    node.put("baseIncrement", plain(s.baseIncrement().value()));
    node.put("baseMinSize", plain(s.baseMinSize()));
    node.put("quoteIncrement", plain(s.quoteIncrement().value()));
    node.put("quoteMinSize", plain(s.quoteMinSize()));
    node.put("baseMaxSize", plain(s.baseMaxSize()));
    node.put("quoteMaxSize", plain(s.quoteMaxSize()));
    node.put("priceIncrement", plain(s.priceIncrement().value()));
    node.put("feeCurrency", s.feeCurrency().code());
    node.put("priceLimitRate", plain(s.priceLimitRate()));
    node.put("minFunds", plain(s.minFunds()));
    return node;
  }

  static ObjectNode json(IsolatedMarginSymbol s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("symbol", s.symbol().code());
    node.put("symbolName", s.symbolName());
    node.put("baseCurrency", s.baseCurrency().code());
    node.put("quoteCurrency", s.quoteCurrency().code());
    node.put("maxLeverage", s.maxLeverage());
    node.put("flDebtRatio", plain(s.flDebtRatio()));
    node.put("tradeEnable", s.tradeEnable());
    node.put("autoRenewMaxDebtRatio", plain(s.autoRenewMaxDebtRatio()));
    node.put("baseBorrowEnable", s.baseBorrowEnable());
    node.put("quoteBorrowEnable", s.quoteBorrowEnable());
    node.put("baseTransferInEnable", s.baseTransferInEnable());
    node.put("quoteTransferInEnable", s.quoteTransferInEnable());
    node.put("baseBorrowCoefficient", plain(s.baseBorrowCoefficient()));
    node.put("quoteBorrowCoefficient", plain(s.quoteBorrowCoefficient()));
    return node;
  }

  static ObjectNode json(MarkPrice p) {
    ObjectNode node = JSON.createObjectNode();
    node.put("symbol", p.symbol().code());
    node.put("timePoint", p.timePoint().toEpochMilli());
    node.put("value", plain(p.value()));
    return node;
  }

  static ObjectNode json(MarginConfig c) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode currencies = node.putArray("currencyList");
    c.currencyList().forEach(currency -> currencies.add(currency.code()));
    node.put("maxLeverage", c.maxLeverage());
    node.put("warningDebtRatio", plain(c.warningDebtRatio()));
    node.put("liqDebtRatio", plain(c.liqDebtRatio()));
    return node;
  }

  static ObjectNode json(LeveragedToken t) {
    ObjectNode node = JSON.createObjectNode();
    node.put("currency", t.currency().code());
    node.put("netAsset", plain(t.netAsset()));
    node.put("targetLeverage", t.targetLeverage());
    node.put("actualLeverage", plain(t.actualLeverage()));
    node.put("issuedSize", plain(t.issuedSize()));
    node.put("basket", t.basket());
    return node;
  }
}
