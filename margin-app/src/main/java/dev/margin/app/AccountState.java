package dev.margin.app;

import dev.margin.app.internal.Sum;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A position as the pre-trade check changes it, order by order: its balances (the position's, with
 * the changes of the orders taken so far laid over them) and its total assets and liabilities in
 * BTC, kept exact. A change touches at most three currencies, so the totals move by their values
 * instead of the whole position being valued again; the totals equal those of valuing the changed
 * position afresh, to the last digit. Not thread-safe: one per check or batch.
 */
final class AccountState {
  private final MarginPosition position;
  private final Valuer valuer;

  /** The balances the committed changes set; made by the first commit (a batch's only). */
  private Map<Currency, BigDecimal> assets;

  private Map<Currency, BigDecimal> liabilities;
  private BigDecimal assetsInBtc;
  private BigDecimal liabilitiesInBtc;

  /**
   * The position valued with {@code valuer}.
   *
   * @throws ValuationException if a currency it holds or owes has no fresh mark price
   */
  AccountState(MarginPosition position, Valuer valuer) {
    this.position = position;
    this.valuer = valuer;
    this.assetsInBtc = total(position.assets());
    this.liabilitiesInBtc = total(position.liabilities());
  }

  private BigDecimal total(Map<Currency, BigDecimal> amounts) {
    Sum sum = new Sum();
    for (Map.Entry<Currency, BigDecimal> amount : amounts.entrySet()) {
      valuer.addTo(sum, amount.getKey(), amount.getValue());
    }
    return sum.value();
  }

  MarginMode mode() {
    return position.mode();
  }

  /** {@return the isolated position's symbol; null for cross} */
  Symbol symbol() {
    return position.symbol();
  }

  /** The original position, for the checks that read its terms. */
  MarginPosition position() {
    return position;
  }

  BigDecimal asset(Currency currency) {
    BigDecimal changed = assets == null ? null : assets.get(currency);
    return changed != null ? changed : position.asset(currency);
  }

  BigDecimal liability(Currency currency) {
    BigDecimal changed = liabilities == null ? null : liabilities.get(currency);
    return changed != null ? changed : position.liability(currency);
  }

  BigDecimal assetsInBtc() {
    return assetsInBtc;
  }

  BigDecimal liabilitiesInBtc() {
    return liabilitiesInBtc;
  }

  /**
   * Changes to at most three currencies' balances, with the totals they lead to; applied only if
   * committed. Held in two short arrays: a change touches so few balances that a map costs more.
   */
  final class Change {
    private final Currency[] currencies = new Currency[4];
    private final BigDecimal[] newAssets = new BigDecimal[4];
    private final BigDecimal[] newLiabilities = new BigDecimal[4];
    private int size;
    private BigDecimal assetsAfter = assetsInBtc;
    private BigDecimal liabilitiesAfter = liabilitiesInBtc;

    /** Adds {@code delta} (of either sign) to the asset of {@code currency}. */
    Change asset(Currency currency, BigDecimal delta) {
      int slot = slot(currency);
      newAssets[slot] = newAssets[slot].add(delta);
      assetsAfter = assetsAfter.add(delta.multiply(valuer.inBtc(currency)));
      return this;
    }

    /** Adds {@code delta} (of either sign) to the liability of {@code currency}. */
    Change liability(Currency currency, BigDecimal delta) {
      int slot = slot(currency);
      newLiabilities[slot] = newLiabilities[slot].add(delta);
      liabilitiesAfter = liabilitiesAfter.add(delta.multiply(valuer.inBtc(currency)));
      return this;
    }

    private int slot(Currency currency) {
      for (int i = 0; i < size; i++) {
        if (currencies[i].equals(currency)) {
          return i;
        }
      }
      currencies[size] = currency;
      newAssets[size] = AccountState.this.asset(currency);
      newLiabilities[size] = AccountState.this.liability(currency);
      return size++;
    }

    BigDecimal assetsInBtc() {
      return assetsAfter;
    }

    BigDecimal liabilitiesInBtc() {
      return liabilitiesAfter;
    }

    /** Makes these changes the state's, each balance held as a position holds it. */
    void commit() {
      if (assets == null) {
        assets = new HashMap<>(32);
        liabilities = new HashMap<>(32);
      }
      for (int i = 0; i < size; i++) {
        assets.put(currencies[i], canonical(newAssets[i]));
        liabilities.put(currencies[i], canonical(newLiabilities[i]));
      }
      assetsInBtc = assetsAfter;
      liabilitiesInBtc = liabilitiesAfter;
    }
  }

  Change change() {
    return new Change();
  }

  /** As a position holds a balance: without trailing zeros, zero as {@link BigDecimal#ZERO}. */
  private static BigDecimal canonical(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
