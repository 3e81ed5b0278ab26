package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Maps wire records to domain records, all or nothing. */
final class KucoinMapper {
  private KucoinMapper() {}

  static List<CrossMarginSymbol> crossSymbols(String endpoint, CrossMarginSymbolsResponse data) {
    WireItem root = new WireItem(endpoint, "data");
    root.present(data);
    return list(
        root.field("items"), root.require(data.items(), "items"), KucoinMapper::crossSymbol);
  }

  static List<LeveragedToken> leveragedTokens(String endpoint, List<LeveragedTokenResponse> data) {
    return list(new WireItem(endpoint, "data"), data, KucoinMapper::leveragedToken);
  }

  static List<MarkPrice> markPrices(String endpoint, List<MarkPriceResponse> data) {
    return list(new WireItem(endpoint, "data"), data, KucoinMapper::markPrice);
  }

  static List<IsolatedMarginSymbol> isolatedSymbols(
      String endpoint, List<IsolatedMarginSymbolResponse> data) {
    return list(new WireItem(endpoint, "data"), data, KucoinMapper::isolatedSymbol);
  }

  static MarkPrice markPrice(String endpoint, MarkPriceResponse data) {
    return markPrice(new WireItem(endpoint, "data"), data);
  }

  static MarginConfig marginConfig(String endpoint, MarginConfigResponse data) {
    WireItem item = new WireItem(endpoint, "data");
    item.present(data);
    List<String> codes = item.require(data.currencyList(), "currencyList");
    List<Currency> currencies = new ArrayList<>(codes.size());
    WireItem list = item.field("currencyList");
    for (int i = 0; i < codes.size(); i++) {
      WireItem entry = list.at(i);
      try {
        currencies.add(Currency.of(entry.present(codes.get(i))));
      } catch (IllegalArgumentException e) {
        throw new MalformedMarketDataException(
            endpoint, "data.currencyList[" + i + "]", e.getMessage(), e);
      }
    }
    int maxLeverage = item.integer(data.maxLeverage(), "maxLeverage");
    BigDecimal warning = item.decimal(data.warningDebtRatio(), "warningDebtRatio");
    BigDecimal liquidation = item.decimal(data.liqDebtRatio(), "liqDebtRatio");
    return item.build(() -> new MarginConfig(currencies, maxLeverage, warning, liquidation));
  }

  private static CrossMarginSymbol crossSymbol(WireItem item, CrossMarginSymbolResponse wire) {
    var symbol = item.symbol(wire.symbol(), "symbol");
    var name = item.text(wire.name(), "name");
    var enableTrading = item.flag(wire.enableTrading(), "enableTrading");
    var market = item.text(wire.market(), "market");
    var baseCurrency = item.currency(wire.baseCurrency(), "baseCurrency");
    var quoteCurrency = item.currency(wire.quoteCurrency(), "quoteCurrency");
    var baseIncrement = item.increment(wire.baseIncrement(), "baseIncrement");
    var baseMinSize = item.decimal(wire.baseMinSize(), "baseMinSize");
    var quoteIncrement = item.increment(wire.quoteIncrement(), "quoteIncrement");
    var quoteMinSize = item.decimal(wire.quoteMinSize(), "quoteMinSize");
    var baseMaxSize = item.decimal(wire.baseMaxSize(), "baseMaxSize");
    var quoteMaxSize = item.decimal(wire.quoteMaxSize(), "quoteMaxSize");
    var priceIncrement = item.increment(wire.priceIncrement(), "priceIncrement");
    var feeCurrency = item.currency(wire.feeCurrency(), "feeCurrency");
    var priceLimitRate = item.decimal(wire.priceLimitRate(), "priceLimitRate");
    var minFunds = item.decimal(wire.minFunds(), "minFunds");
    return item.build(
        () ->
            new CrossMarginSymbol(
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
                minFunds));
  }

  /**
   * Older responses lack the borrow coefficients; an absent coefficient is 1, KuCoin's value for
   * every symbol that carries one.
   */
  private static IsolatedMarginSymbol isolatedSymbol(
      WireItem item, IsolatedMarginSymbolResponse wire) {
    var symbol = item.symbol(wire.symbol(), "symbol");
    var symbolName = item.text(wire.symbolName(), "symbolName");
    var baseCurrency = item.currency(wire.baseCurrency(), "baseCurrency");
    var quoteCurrency = item.currency(wire.quoteCurrency(), "quoteCurrency");
    var maxLeverage = item.integer(wire.maxLeverage(), "maxLeverage");
    var flDebtRatio = item.decimal(wire.flDebtRatio(), "flDebtRatio");
    var tradeEnable = item.flag(wire.tradeEnable(), "tradeEnable");
    var autoRenew = item.decimal(wire.autoRenewMaxDebtRatio(), "autoRenewMaxDebtRatio");
    var baseBorrow = item.flag(wire.baseBorrowEnable(), "baseBorrowEnable");
    var quoteBorrow = item.flag(wire.quoteBorrowEnable(), "quoteBorrowEnable");
    var baseTransferIn = item.flag(wire.baseTransferInEnable(), "baseTransferInEnable");
    var quoteTransferIn = item.flag(wire.quoteTransferInEnable(), "quoteTransferInEnable");
    var baseCoefficient =
        item.decimalOr(wire.baseBorrowCoefficient(), BigDecimal.ONE, "baseBorrowCoefficient");
    var quoteCoefficient =
        item.decimalOr(wire.quoteBorrowCoefficient(), BigDecimal.ONE, "quoteBorrowCoefficient");
    return item.build(
        () ->
            new IsolatedMarginSymbol(
                symbol,
                symbolName,
                baseCurrency,
                quoteCurrency,
                maxLeverage,
                flDebtRatio,
                tradeEnable,
                autoRenew,
                baseBorrow,
                quoteBorrow,
                baseTransferIn,
                quoteTransferIn,
                baseCoefficient,
                quoteCoefficient));
  }

  private static LeveragedToken leveragedToken(WireItem item, LeveragedTokenResponse wire) {
    var currency = item.currency(wire.currency(), "currency");
    var netAsset = item.decimal(wire.netAsset(), "netAsset");
    var targetLeverage = item.text(wire.targetLeverage(), "targetLeverage");
    var actualLeverage = item.decimal(wire.actualLeverage(), "actualLeverage");
    var issuedSize = item.decimal(wire.issuedSize(), "issuedSize");
    var basket = item.require(wire.basket(), "basket");
    return item.build(
        () ->
            new LeveragedToken(
                currency, netAsset, targetLeverage, actualLeverage, issuedSize, basket));
  }

  private static MarkPrice markPrice(WireItem item, MarkPriceResponse wire) {
    item.present(wire);
    var symbol = item.symbol(wire.symbol(), "symbol");
    var timePoint = item.instant(wire.timePoint(), "timePoint");
    var value = item.decimal(wire.value(), "value");
    if (value.signum() <= 0) {
      throw item.malformed("value", "a mark price must be positive, got " + value.toPlainString());
    }
    return item.build(() -> new MarkPrice(symbol, timePoint, value));
  }

  private static <W, D> List<D> list(
      WireItem list, List<W> wire, BiFunction<WireItem, W, D> mapping) {
    list.present(wire);
    List<D> mapped = new ArrayList<>(wire.size());
    for (int i = 0; i < wire.size(); i++) {
      WireItem item = list.at(i);
      W element = wire.get(i);
      mapped.add(mapping.apply(item, item.present(element)));
    }
    return List.copyOf(mapped);
  }
}
