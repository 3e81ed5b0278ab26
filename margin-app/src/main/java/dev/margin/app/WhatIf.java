package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What if: a position after borrows, repayments and fills, assessed before and after on one market.
 * A buy adds the base and takes price x size of the quote; a market order by funds takes size =
 * funds / reference price. A change that would take a balance below zero, repay more than is owed
 * or trade outside an isolated position is refused and skipped.
 */
final class WhatIf {
  private WhatIf() {}

  static RiskProjection project(
      MarginPosition position,
      List<PositionChange> changes,
      Currency valuationCurrency,
      RiskMarket market) {
    Thresholds thresholds = market.thresholds(position);
    // two valuers of one market: each assessment lists the marks it used itself
    RiskAssessment before =
        Valuation.assess(position, valuationCurrency, thresholds, market.valuer());
    Valuer valuer = market.valuer();
    Balances balances = new Balances(position);
    for (PositionChange change : changes) {
      balances.apply(Objects.requireNonNull(change, "change is null"), valuer);
    }
    if (!balances.refusals.isEmpty()) {
      return new RiskProjection(before, Optional.empty(), Optional.empty(), balances.refusals);
    }
    MarginPosition after =
        new MarginPosition(
            position.mode(), position.symbol(), balances.assets, balances.liabilities);
    return new RiskProjection(
        before,
        Optional.of(after),
        Optional.of(Valuation.assess(after, valuationCurrency, thresholds, valuer)),
        List.of());
  }

  /** Balances being changed, one change at a time; a refused change is skipped and reported. */
  private static final class Balances {
    final MarginPosition position;
    final Map<Currency, BigDecimal> assets;
    final Map<Currency, BigDecimal> liabilities;
    final List<RiskRefusal> refusals = new ArrayList<>();

    Balances(MarginPosition position) {
      this.position = position;
      this.assets = new TreeMap<>(position.assets());
      this.liabilities = new TreeMap<>(position.liabilities());
    }

    void apply(PositionChange change, Valuer valuer) {
      if (change instanceof PositionChange.Borrow borrow) {
        if (outside(borrow.currency())) {
          return;
        }
        add(assets, borrow.currency(), borrow.amount());
        add(liabilities, borrow.currency(), borrow.amount());
      } else if (change instanceof PositionChange.Repay repay) {
        Currency currency = repay.currency();
        if (outside(currency)) {
          return;
        }
        BigDecimal owed = get(liabilities, currency);
        if (repay.amount().compareTo(owed) > 0) {
          refuse(
              RiskRefusalCode.REPAY_EXCEEDS_DEBT,
              "repaying "
                  + plain(repay.amount())
                  + " "
                  + currency
                  + " but only "
                  + plain(owed)
                  + " is owed");
          return;
        }
        if (short_(currency, repay.amount())) {
          return;
        }
        add(assets, currency, repay.amount().negate());
        add(liabilities, currency, repay.amount().negate());
      } else if (change instanceof PositionChange.Fill fill) {
        fill(fill.symbol(), fill.side(), fill.size(), fill.price().multiply(fill.size()));
      } else if (change instanceof PositionChange.FillByFunds byFunds) {
        ReferencePrice reference = valuer.reference(byFunds.symbol());
        if (reference == null) {
          throw new ValuationException(
              byFunds.symbol().base(), "no reference price for " + byFunds.symbol());
        }
        BigDecimal size =
            byFunds
                .funds()
                .multiply(reference.denominator())
                .divide(reference.numerator(), Valuer.PRECISION);
        fill(byFunds.symbol(), byFunds.side(), size, byFunds.funds());
      }
    }

    private void fill(Symbol symbol, Side side, BigDecimal size, BigDecimal funds) {
      if (position.mode() == MarginMode.ISOLATED && !symbol.equals(position.symbol())) {
        refuse(
            RiskRefusalCode.OUTSIDE_POSITION,
            "an isolated " + position.symbol() + " position cannot trade " + symbol);
        return;
      }
      Currency base = symbol.base();
      Currency quote = symbol.quote();
      if (side == Side.BUY) {
        if (short_(quote, funds)) {
          return;
        }
        add(assets, quote, funds.negate());
        add(assets, base, size);
      } else {
        if (short_(base, size)) {
          return;
        }
        add(assets, base, size.negate());
        add(assets, quote, funds);
      }
    }

    /** Refuses a change in a currency an isolated position does not hold. */
    private boolean outside(Currency currency) {
      Symbol symbol = position.symbol();
      if (symbol != null && !currency.equals(symbol.base()) && !currency.equals(symbol.quote())) {
        refuse(
            RiskRefusalCode.OUTSIDE_POSITION,
            "an isolated " + symbol + " position holds no " + currency);
        return true;
      }
      return false;
    }

    /** Refuses taking {@code amount} from a balance that holds less. */
    private boolean short_(Currency currency, BigDecimal amount) {
      BigDecimal held = get(assets, currency);
      if (amount.compareTo(held) > 0) {
        refuse(
            RiskRefusalCode.NEGATIVE_BALANCE,
            "needs "
                + plain(amount)
                + " "
                + currency
                + " but holds "
                + plain(held)
                + ": borrow "
                + plain(amount.subtract(held))
                + " "
                + currency
                + " first");
        return true;
      }
      return false;
    }

    private void refuse(RiskRefusalCode code, String message) {
      refusals.add(new RiskRefusal(code, message));
    }
  }

  private static BigDecimal get(Map<Currency, BigDecimal> amounts, Currency currency) {
    return amounts.getOrDefault(currency, BigDecimal.ZERO);
  }

  private static void add(Map<Currency, BigDecimal> amounts, Currency currency, BigDecimal delta) {
    amounts.merge(currency, delta, BigDecimal::add);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
