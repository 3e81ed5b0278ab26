package dev.margin.domain.port;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import java.util.List;

/** The venue's current mark prices. */
public interface MarkPrices {

  /**
   * The current mark price of one symbol.
   *
   * @param symbol the pair, e.g. {@code USDT-BTC}; never null
   * @return its mark price
   * @throws dev.margin.domain.model.NoSuchSymbolException if the venue marks no such symbol
   * @throws dev.margin.domain.model.MarketDataUnavailableException if it cannot be obtained
   */
  MarkPrice markPrice(Symbol symbol);

  /**
   * The current mark prices of every symbol the venue marks.
   *
   * @return an immutable list, in the venue's order
   * @throws dev.margin.domain.model.MarketDataUnavailableException if they cannot be obtained
   */
  List<MarkPrice> allMarkPrices();
}
