package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code data} of {@code GET /api/v3/margin/symbols} straight into {@link
 * CrossMarginSymbol}s, field by field, without wire records: the same symbols {@link
 * KucoinMapper#crossSymbols} gives for the same body. Null for any body that is not the plain case
 * (a field missing, null or of another type, a value the mapper or the record refuses): the decoder
 * then reads it into the wire records, and the mapper says what is wrong, as always.
 */
final class CrossSymbolsReader implements StreamedEnvelope.Data {

  @Override
  public boolean checksDuplicates() {
    return true;
  }

  @Override
  public Object read(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    List<CrossMarginSymbol> items = null;
    boolean timestamp = false;
    FieldNames others = new FieldNames();
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if ("items".equals(field)) {
        if (items != null || (items = items(parser)) == null) {
          return null;
        }
      } else if ("timestamp".equals(field)) {
        if (timestamp || (token != JsonToken.VALUE_NULL && DirectValues.millis(parser) == -1)) {
          return null; // the wire record's Long takes an integer, or null
        }
        timestamp = true;
      } else if (!others.skip(field, parser)) {
        return null;
      }
    }
    return items == null ? null : List.copyOf(items);
  }

  private static List<CrossMarginSymbol> items(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return null;
    }
    DirectValues values = new DirectValues();
    FieldNames others = new FieldNames();
    NameOrder order = new NameOrder();
    List<CrossMarginSymbol> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      others.clear();
      CrossMarginSymbol item = item(parser, values, others, order);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return items;
  }

  private static CrossMarginSymbol item(
      JsonParser parser, DirectValues values, FieldNames others, NameOrder order)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Symbol symbol = null;
    String name = null;
    Boolean enableTrading = null;
    String market = null;
    Currency baseCurrency = null;
    Currency quoteCurrency = null;
    Increment baseIncrement = null;
    BigDecimal baseMinSize = null;
    Increment quoteIncrement = null;
    BigDecimal quoteMinSize = null;
    BigDecimal baseMaxSize = null;
    BigDecimal quoteMaxSize = null;
    Increment priceIncrement = null;
    Currency feeCurrency = null;
    BigDecimal priceLimitRate = null;
    BigDecimal minFunds = null;
    int known = 0;
    int index = 0;
    for (String field = order.next(parser, index);
        field != null;
        field = order.next(parser, ++index)) {
      parser.nextToken();
      Object value;
      switch (field) {
        case "symbol" -> value = symbol = values.symbol(parser);
        case "name" -> value = name = DirectValues.text(parser);
        case "enableTrading" -> value = enableTrading = DirectValues.flag(parser);
        case "market" -> value = market = values.repeated(parser);
        case "baseCurrency" -> value = baseCurrency = values.currency(parser);
        case "quoteCurrency" -> value = quoteCurrency = values.currency(parser);
        case "baseIncrement" -> value = baseIncrement = DirectValues.increment(parser);
        case "baseMinSize" -> value = baseMinSize = DirectValues.decimal(parser);
        case "quoteIncrement" -> value = quoteIncrement = DirectValues.increment(parser);
        case "quoteMinSize" -> value = quoteMinSize = DirectValues.decimal(parser);
        case "baseMaxSize" -> value = baseMaxSize = DirectValues.decimal(parser);
        case "quoteMaxSize" -> value = quoteMaxSize = DirectValues.decimal(parser);
        case "priceIncrement" -> value = priceIncrement = DirectValues.increment(parser);
        case "feeCurrency" -> value = feeCurrency = values.currency(parser);
        case "priceLimitRate" -> value = priceLimitRate = DirectValues.decimal(parser);
        case "minFunds" -> value = minFunds = DirectValues.decimal(parser);
        default -> {
          if (!others.skip(field, parser)) {
            return null;
          }
          continue;
        }
      }
      if (value == null) {
        return null;
      }
      known++;
    }
    if (known != 16 // each field once: a duplicate leaves another missing, or counts 17
        || symbol == null
        || name == null
        || enableTrading == null
        || market == null
        || baseCurrency == null
        || quoteCurrency == null
        || baseIncrement == null
        || baseMinSize == null
        || quoteIncrement == null
        || quoteMinSize == null
        || baseMaxSize == null
        || quoteMaxSize == null
        || priceIncrement == null
        || feeCurrency == null
        || priceLimitRate == null
        || minFunds == null) {
      return null; // a field missing
    }
    try {
      return new CrossMarginSymbol(
          symbol,
          name,
          enableTrading,
          market,
          baseCurrency,
          quoteCurrency,
          baseIncrement,
          baseMinSize,
          quoteIncrement,
          quoteMinSize,
          baseMaxSize,
          quoteMaxSize,
          priceIncrement,
          feeCurrency,
          priceLimitRate,
          minFunds);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
