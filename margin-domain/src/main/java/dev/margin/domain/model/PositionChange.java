package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change to a margin position, to project what it would do before doing it. Every decimal of a
 * change is positive and within {@link DecimalBounds}, checked when the change is built.
 */
public sealed interface PositionChange {

  /**
   * Borrowing: the amount is added to both the assets and the liabilities.
   *
   * @param currency what is borrowed
   * @param amount how much, positive
   */
  record Borrow(Currency currency, BigDecimal amount) implements PositionChange {
    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a decimal is not positive or is outside {@link
     *     DecimalBounds}, naming it
     * @param currency see {@link #currency()}
     * @param amount see {@link #amount()}
     */
    public Borrow {
      Objects.requireNonNull(currency, "currency is null");
      amount = Decimals.boundedPositive(amount, "amount");
    }
  }

  /**
   * Repaying: the amount leaves both the assets and the liabilities.
   *
   * @param currency what is repaid
   * @param amount how much, positive
   */
  record Repay(Currency currency, BigDecimal amount) implements PositionChange {
    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a decimal is not positive or is outside {@link
     *     DecimalBounds}, naming it
     * @param currency see {@link #currency()}
     * @param amount see {@link #amount()}
     */
    public Repay {
      Objects.requireNonNull(currency, "currency is null");
      amount = Decimals.boundedPositive(amount, "amount");
    }
  }

  /**
   * A filled limit order: a buy adds {@code size} of the base and takes {@code price × size} of the
   * quote; a sell the reverse.
   *
   * @param symbol the pair
   * @param side buy or sell
   * @param price the fill price, positive
   * @param size the size in the base currency, positive
   */
  record Fill(Symbol symbol, Side side, BigDecimal price, BigDecimal size)
      implements PositionChange {
    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a decimal is not positive or is outside {@link
     *     DecimalBounds}, naming it
     * @param symbol see {@link #symbol()}
     * @param side see {@link #side()}
     * @param price see {@link #price()}
     * @param size see {@link #size()}
     */
    public Fill {
      Objects.requireNonNull(symbol, "symbol is null");
      Objects.requireNonNull(side, "side is null");
      price = Decimals.boundedPositive(price, "price");
      size = Decimals.boundedPositive(size, "size");
    }
  }

  /**
   * A filled market order for funds: the size is the funds divided by the reference price.
   *
   * @param symbol the pair
   * @param side buy or sell
   * @param funds the funds in the quote currency, positive
   */
  record FillByFunds(Symbol symbol, Side side, BigDecimal funds) implements PositionChange {
    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a decimal is not positive or is outside {@link
     *     DecimalBounds}, naming it
     * @param symbol see {@link #symbol()}
     * @param side see {@link #side()}
     * @param funds see {@link #funds()}
     */
    public FillByFunds {
      Objects.requireNonNull(symbol, "symbol is null");
      Objects.requireNonNull(side, "side is null");
      funds = Decimals.boundedPositive(funds, "funds");
    }
  }
}
