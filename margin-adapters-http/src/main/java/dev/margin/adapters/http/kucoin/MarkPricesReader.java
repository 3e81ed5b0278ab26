package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code data} of {@code GET /api/v3/mark-price/all-symbols} straight into {@link
 * MarkPrice}s, field by field, without wire records: the same prices {@link
 * KucoinMapper#markPrices} gives for the same body. Null for any body that is not the plain case (a
 * field missing, null or of another type, a value the mapper or the record refuses): the decoder
 * then reads it into the wire records, and the mapper says what is wrong, as always.
 */
final class MarkPricesReader implements StreamedEnvelope.Data {

  @Override
  public boolean checksDuplicates() {
    return true;
  }

  @Override
  public Object read(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      return null;
    }
    DirectValues values = new DirectValues();
    FieldNames others = new FieldNames();
    NameOrder order = new NameOrder();
    List<MarkPrice> prices = new ArrayList<>();
    Instant previous = null;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Symbol symbol = null;
      long millis = -1;
      BigDecimal value = null;
      others.clear();
      int index = 0;
      for (String field = order.next(parser, index);
          field != null;
          field = order.next(parser, ++index)) {
        parser.nextToken();
        boolean fresh =
            switch (field) {
              case "symbol" -> symbol == null && (symbol = values.symbol(parser)) != null;
              case "timePoint" -> millis == -1 && (millis = DirectValues.millis(parser)) >= 0;
              case "value" -> value == null && (value = DirectValues.decimal(parser)) != null;
              default -> others.skip(field, parser);
            };
        if (!fresh) {
          return null;
        }
      }
      if (symbol == null || millis == -1 || value == null || value.signum() <= 0) {
        return null;
      }
      previous = DirectValues.instant(millis, previous);
      prices.add(new MarkPrice(symbol, previous, value));
    }
    return List.copyOf(prices);
  }
}
