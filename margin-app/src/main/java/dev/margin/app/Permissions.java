package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the venue permits: leverage against {@code maxLeverage} (the margin config's for cross, the
 * isolated symbol's for isolated), borrowing against the cross {@code currencyList} or the isolated
 * symbol's borrow flags.
 */
final class Permissions {
  private Permissions() {}

  static Optional<RiskRefusal> checkLeverage(
      MarginMode mode, Symbol symbol, BigDecimal leverage, RiskMarket market) {
    int max =
        mode == MarginMode.CROSS
            ? market.marginConfig().maxLeverage()
            : market.isolated(symbol).maxLeverage();
    if (leverage.compareTo(BigDecimal.valueOf(max)) > 0) {
      return Optional.of(
          new RiskRefusal(
              RiskRefusalCode.LEVERAGE_ABOVE_MAX,
              "leverage "
                  + plain(leverage)
                  + " is above the maximum "
                  + max
                  + (mode == MarginMode.CROSS ? " for cross margin" : " for " + symbol)));
    }
    return Optional.empty();
  }

  static Optional<RiskRefusal> checkBorrow(
      MarginPosition position, Currency currency, RiskMarket market) {
    if (position.mode() == MarginMode.CROSS) {
      return market.isMarginCurrency(currency)
          ? Optional.empty()
          : Optional.of(
              new RiskRefusal(
                  RiskRefusalCode.BORROW_NOT_ALLOWED,
                  currency + " is not a cross-margin currency"));
    }
    Symbol symbol = position.symbol();
    IsolatedMarginSymbol isolated = market.isolated(symbol);
    boolean allowed =
        (currency.equals(symbol.base()) && isolated.baseBorrowEnable())
            || (currency.equals(symbol.quote()) && isolated.quoteBorrowEnable());
    return allowed
        ? Optional.empty()
        : Optional.of(
            new RiskRefusal(
                RiskRefusalCode.BORROW_NOT_ALLOWED,
                currency
                    + (currency.equals(symbol.base()) || currency.equals(symbol.quote())
                        ? " cannot be borrowed in isolated " + symbol
                        : " is not part of isolated " + symbol)));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
