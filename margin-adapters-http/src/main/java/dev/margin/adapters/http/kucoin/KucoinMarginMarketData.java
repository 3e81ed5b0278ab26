package dev.margin.adapters.http.kucoin;

import static dev.margin.adapters.http.kucoin.KucoinEndpoint.ALL_MARK_PRICES;
import static dev.margin.adapters.http.kucoin.KucoinEndpoint.CROSS_SYMBOLS;
import static dev.margin.adapters.http.kucoin.KucoinEndpoint.ETF_INFO;
import static dev.margin.adapters.http.kucoin.KucoinEndpoint.ISOLATED_SYMBOLS;
import static dev.margin.adapters.http.kucoin.KucoinEndpoint.MARGIN_CONFIG;
import static dev.margin.adapters.http.kucoin.KucoinEndpoint.MARK_PRICE;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import feign.Request;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The market-data ports over KuCoin's REST API. Thread-safe: it holds no mutable state. */
final class KucoinMarginMarketData implements MarginMarketData {

  /** KuCoin's code for "symbol does not exist". */
  static final String SYMBOL_NOT_FOUND = "900001";

  private final KucoinConnection connection;
  private final KucoinApi api;
  private final CallPolicy policy;

  KucoinMarginMarketData(KucoinConnection connection) {
    this.connection = connection;
    this.api = connection.api();
    this.policy = connection.policy();
  }

  /** {@return the client, API and call policy this adapter calls through} */
  KucoinConnection connection() {
    return connection;
  }

  @Override
  public List<CrossMarginSymbol> allCrossSymbols() {
    return policy
        .call(CROSS_SYMBOLS, null, api::crossMarginSymbols)
        .orMap(wire -> KucoinMapper.crossSymbols(CROSS_SYMBOLS.description, wire));
  }

  @Override
  public CrossMarginSymbol crossSymbol(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    List<CrossMarginSymbol> found =
        lookup(
                CROSS_SYMBOLS,
                symbol.code(),
                options -> api.crossMarginSymbol(symbol.code(), options))
            .orMap(wire -> KucoinMapper.crossSymbols(CROSS_SYMBOLS.description, wire));
    return found.stream()
        .filter(s -> s.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not a cross-margin symbol"));
  }

  @Override
  public List<LeveragedToken> allLeveragedTokens() {
    return KucoinMapper.leveragedTokens(
        ETF_INFO.description, policy.call(ETF_INFO, null, api::leveragedTokens));
  }

  @Override
  public LeveragedToken leveragedToken(Currency currency) {
    Objects.requireNonNull(currency, "currency is null");
    List<LeveragedToken> found =
        KucoinMapper.leveragedTokens(
            ETF_INFO.description,
            lookup(
                ETF_INFO,
                currency.code(),
                options -> api.leveragedToken(currency.code(), options)));
    return found.stream()
        .filter(t -> t.currency().equals(currency))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(currency.code(), "not a leveraged token"));
  }

  @Override
  public MarkPrice markPrice(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    String endpoint = MARK_PRICE.describe(symbol.code());
    MarkPriceResponse data =
        lookup(MARK_PRICE, symbol.code(), options -> api.markPrice(symbol.code(), options));
    if (data == null) {
      throw new NoSuchSymbolException(symbol.code(), "no mark price");
    }
    MarkPrice price = KucoinMapper.markPrice(endpoint, data);
    if (!price.symbol().equals(symbol)) {
      throw new MalformedMarketDataException(
          endpoint, "data.symbol", "asked for " + symbol + ", got " + price.symbol(), null);
    }
    return price;
  }

  @Override
  public List<MarkPrice> allMarkPrices() {
    return policy
        .call(ALL_MARK_PRICES, null, api::allMarkPrices)
        .orMap(wire -> KucoinMapper.markPrices(ALL_MARK_PRICES.description, wire));
  }

  @Override
  public MarginConfig marginConfig() {
    return KucoinMapper.marginConfig(
        MARGIN_CONFIG.description, policy.call(MARGIN_CONFIG, null, api::marginConfig));
  }

  @Override
  public List<IsolatedMarginSymbol> allIsolatedSymbols() {
    return KucoinMapper.isolatedSymbols(
        ISOLATED_SYMBOLS.description,
        policy.call(ISOLATED_SYMBOLS, null, api::isolatedMarginSymbols));
  }

  /**
   * A call for one symbol: KuCoin's "symbol does not exist" becomes {@link NoSuchSymbolException}.
   */
  private <T> T lookup(
      KucoinEndpoint endpoint, String key, Function<Request.Options, Answer<T>> request) {
    try {
      return policy.call(endpoint, key, request);
    } catch (ExchangeErrorException e) {
      if (e.code().filter(SYMBOL_NOT_FOUND::equals).isPresent()) {
        throw new NoSuchSymbolException(key, e.exchangeMessage().orElse(null));
      }
      throw e;
    }
  }
}
