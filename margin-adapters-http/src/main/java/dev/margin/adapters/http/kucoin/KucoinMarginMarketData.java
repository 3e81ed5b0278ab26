package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import feign.FeignException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The market-data ports over KuCoin's REST API. Thread-safe: it holds no mutable state. */
final class KucoinMarginMarketData implements MarginMarketData {

  /** KuCoin's code for "symbol does not exist". */
  static final String SYMBOL_NOT_FOUND = "900001";

  static final String CROSS_SYMBOLS = "GET /api/v3/margin/symbols";
  static final String ETF_INFO = "GET /api/v3/etf/info";
  static final String ALL_MARK_PRICES = "GET /api/v3/mark-price/all-symbols";
  static final String MARGIN_CONFIG = "GET /api/v1/margin/config";
  static final String ISOLATED_SYMBOLS = "GET /api/v1/isolated/symbols";

  private final KucoinApi api;

  KucoinMarginMarketData(KucoinApi api) {
    this.api = api;
  }

  static String markPriceEndpoint(Symbol symbol) {
    return "GET /api/v1/mark-price/" + symbol.code() + "/current";
  }

  @Override
  public List<CrossMarginSymbol> allCrossSymbols() {
    return call(
        CROSS_SYMBOLS, () -> KucoinMapper.crossSymbols(CROSS_SYMBOLS, api.crossMarginSymbols()));
  }

  @Override
  public CrossMarginSymbol crossSymbol(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    List<CrossMarginSymbol> found =
        lookup(
            symbol.code(),
            CROSS_SYMBOLS,
            () -> KucoinMapper.crossSymbols(CROSS_SYMBOLS, api.crossMarginSymbol(symbol.code())));
    return found.stream()
        .filter(s -> s.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not a cross-margin symbol"));
  }

  @Override
  public List<LeveragedToken> allLeveragedTokens() {
    return call(ETF_INFO, () -> KucoinMapper.leveragedTokens(ETF_INFO, api.leveragedTokens()));
  }

  @Override
  public LeveragedToken leveragedToken(Currency currency) {
    Objects.requireNonNull(currency, "currency is null");
    List<LeveragedToken> found =
        lookup(
            currency.code(),
            ETF_INFO,
            () -> KucoinMapper.leveragedTokens(ETF_INFO, api.leveragedToken(currency.code())));
    return found.stream()
        .filter(t -> t.currency().equals(currency))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(currency.code(), "not a leveraged token"));
  }

  @Override
  public MarkPrice markPrice(Symbol symbol) {
    Objects.requireNonNull(symbol, "symbol is null");
    String endpoint = markPriceEndpoint(symbol);
    MarkPriceResponse data = lookup(symbol.code(), endpoint, () -> api.markPrice(symbol.code()));
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
    return call(
        ALL_MARK_PRICES, () -> KucoinMapper.markPrices(ALL_MARK_PRICES, api.allMarkPrices()));
  }

  @Override
  public MarginConfig marginConfig() {
    return call(MARGIN_CONFIG, () -> KucoinMapper.marginConfig(MARGIN_CONFIG, api.marginConfig()));
  }

  @Override
  public List<IsolatedMarginSymbol> allIsolatedSymbols() {
    return call(
        ISOLATED_SYMBOLS,
        () -> KucoinMapper.isolatedSymbols(ISOLATED_SYMBOLS, api.isolatedMarginSymbols()));
  }

  /** A call for one symbol: KuCoin's "symbol does not exist" becomes {@link NoSuchSymbolException}. */
  private static <T> T lookup(String key, String endpoint, Supplier<T> request) {
    try {
      return call(endpoint, request);
    } catch (ExchangeErrorException e) {
      if (e.code().filter(SYMBOL_NOT_FOUND::equals).isPresent()) {
        throw new NoSuchSymbolException(key, e.exchangeMessage().orElse(null));
      }
      throw e;
    }
  }

  /**
   * Runs a request, letting the domain's exceptions through and turning Feign's into them. Feign
   * wraps what the decoder throws in a {@code DecodeException}; the domain exception inside is
   * rethrown as it is.
   */
  private static <T> T call(String endpoint, Supplier<T> request) {
    try {
      return request.get();
    } catch (MarketDataException e) {
      throw e;
    } catch (FeignException e) {
      if (e.getCause() instanceof MarketDataException cause) {
        throw cause;
      }
      throw new MarketDataUnavailableException(
          endpoint + " failed: " + describe(e.getCause() != null ? e.getCause() : e), e);
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
