package dev.margin.adapters.http.kucoin;

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

  static final String CROSS_SYMBOLS = KucoinEndpoint.CROSS_SYMBOLS.description;
  static final String ETF_INFO = KucoinEndpoint.ETF_INFO.description;
  static final String ALL_MARK_PRICES = KucoinEndpoint.ALL_MARK_PRICES.description;
  static final String MARGIN_CONFIG = KucoinEndpoint.MARGIN_CONFIG.description;
  static final String ISOLATED_SYMBOLS = KucoinEndpoint.ISOLATED_SYMBOLS.description;

  private final KucoinApi api;
  private final CallPolicy policy;

  KucoinMarginMarketData(KucoinApi api, CallPolicy policy) {
    this.api = api;
    this.policy = policy;
  }

  static String markPriceEndpoint(Symbol symbol) {
    return "GET /api/v1/mark-price/" + symbol.code() + "/current";
  }

  @Override
  public List<CrossMarginSymbol> allCrossSymbols() {
    return KucoinMapper.crossSymbols(
        CROSS_SYMBOLS,
        policy.call(KucoinEndpoint.CROSS_SYMBOLS, CROSS_SYMBOLS, api::crossMarginSymbols));
  }

  @Override
  public CrossMarginSymbol crossSymbol(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    List<CrossMarginSymbol> found =
        KucoinMapper.crossSymbols(
            CROSS_SYMBOLS,
            lookup(
                symbol.code(),
                KucoinEndpoint.CROSS_SYMBOLS,
                CROSS_SYMBOLS,
                options -> api.crossMarginSymbol(symbol.code(), options)));
    return found.stream()
        .filter(s -> s.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not a cross-margin symbol"));
  }

  @Override
  public List<LeveragedToken> allLeveragedTokens() {
    return KucoinMapper.leveragedTokens(
        ETF_INFO, policy.call(KucoinEndpoint.ETF_INFO, ETF_INFO, api::leveragedTokens));
  }

  @Override
  public LeveragedToken leveragedToken(Currency currency) {
    Objects.requireNonNull(currency, "currency is null");
    List<LeveragedToken> found =
        KucoinMapper.leveragedTokens(
            ETF_INFO,
            lookup(
                currency.code(),
                KucoinEndpoint.ETF_INFO,
                ETF_INFO,
                options -> api.leveragedToken(currency.code(), options)));
    return found.stream()
        .filter(t -> t.currency().equals(currency))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(currency.code(), "not a leveraged token"));
  }

  @Override
  public MarkPrice markPrice(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    String endpoint = markPriceEndpoint(symbol);
    MarkPriceResponse data =
        lookup(
            symbol.code(),
            KucoinEndpoint.MARK_PRICE,
            endpoint,
            options -> api.markPrice(symbol.code(), options));
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
    return KucoinMapper.markPrices(
        ALL_MARK_PRICES,
        policy.call(KucoinEndpoint.ALL_MARK_PRICES, ALL_MARK_PRICES, api::allMarkPrices));
  }

  @Override
  public MarginConfig marginConfig() {
    return KucoinMapper.marginConfig(
        MARGIN_CONFIG, policy.call(KucoinEndpoint.MARGIN_CONFIG, MARGIN_CONFIG, api::marginConfig));
  }

  @Override
  public List<IsolatedMarginSymbol> allIsolatedSymbols() {
    return KucoinMapper.isolatedSymbols(
        ISOLATED_SYMBOLS,
        policy.call(KucoinEndpoint.ISOLATED_SYMBOLS, ISOLATED_SYMBOLS, api::isolatedMarginSymbols));
  }

  /**
   * A call for one symbol: KuCoin's "symbol does not exist" becomes {@link NoSuchSymbolException}.
   */
  private <T> T lookup(
      String key,
      KucoinEndpoint endpoint,
      String description,
      Function<Request.Options, T> request) {
    try {
      return policy.call(endpoint, description, request);
    } catch (ExchangeErrorException e) {
      if (e.code().filter(SYMBOL_NOT_FOUND::equals).isPresent()) {
        throw new NoSuchSymbolException(key, e.exchangeMessage().orElse(null));
      }
      throw e;
    }
  }
}
