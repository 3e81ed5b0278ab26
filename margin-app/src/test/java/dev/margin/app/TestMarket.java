package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A market held in lists, for margin-app's own white-box tests (the published test kit lives in
 * margin-tests, which depends on margin-app). Only what those tests need.
 */
final class TestMarket implements MarginMarketData {
  final List<CrossMarginSymbol> cross = new ArrayList<>();
  final List<IsolatedMarginSymbol> isolated = new ArrayList<>();
  final List<MarkPrice> marks = new ArrayList<>();

  /** Cross-margin rules with BTC-USDT's quote limits and the given increments and bounds. */
  static CrossMarginSymbol cross(
      String code,
      String tick,
      String lot,
      String minSize,
      String maxSize,
      String minFunds,
      String priceLimitRate) {
    Symbol symbol = Symbol.parse(code);
    return new CrossMarginSymbol(
        symbol,
        code,
        true,
        "USDS",
        symbol.base(),
        symbol.quote(),
        Increment.of(lot),
        new BigDecimal(minSize),
        Increment.of("0.000001"),
        new BigDecimal("0.1"),
        new BigDecimal(maxSize),
        new BigDecimal("99999999"),
        Increment.of(tick),
        symbol.quote(),
        new BigDecimal(priceLimitRate),
        new BigDecimal(minFunds));
  }

  /** Isolated-margin terms for {@code code}: leverage 10, everything enabled. */
  static IsolatedMarginSymbol isolated(String code) {
    Symbol symbol = Symbol.parse(code);
    return new IsolatedMarginSymbol(
        symbol,
        code,
        symbol.base(),
        symbol.quote(),
        10,
        new BigDecimal("0.97"),
        true,
        new BigDecimal("0.96"),
        true,
        true,
        true,
        true,
        BigDecimal.ONE,
        BigDecimal.ONE);
  }

  static MarkPrice mark(String code, String value, Instant at) {
    return new MarkPrice(Symbol.parse(code), at, new BigDecimal(value));
  }

  @Override
  public List<CrossMarginSymbol> allCrossSymbols() {
    return List.copyOf(cross);
  }

  @Override
  public CrossMarginSymbol crossSymbol(Symbol symbol) {
    return cross.stream()
        .filter(rules -> rules.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not in this market"));
  }

  @Override
  public List<IsolatedMarginSymbol> allIsolatedSymbols() {
    return List.copyOf(isolated);
  }

  @Override
  public List<LeveragedToken> allLeveragedTokens() {
    return List.of();
  }

  @Override
  public LeveragedToken leveragedToken(Currency currency) {
    throw new NoSuchSymbolException(currency.code(), "not in this market");
  }

  @Override
  public MarginConfig marginConfig() {
    return new MarginConfig(
        List.of(Currency.BTC, Currency.USDT), 5, new BigDecimal("0.95"), new BigDecimal("0.97"));
  }

  @Override
  public MarkPrice markPrice(Symbol symbol) {
    return marks.stream()
        .filter(mark -> mark.symbol().equals(symbol))
        .findFirst()
        .orElseThrow(() -> new NoSuchSymbolException(symbol.code(), "not in this market"));
  }

  @Override
  public List<MarkPrice> allMarkPrices() {
    return List.copyOf(marks);
  }
}
