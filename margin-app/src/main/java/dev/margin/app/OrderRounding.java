package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rounds order values onto a symbol's grid, in the direction the caller chooses. Separate from
 * {@link OrderValidation} on purpose: a validator reports, it never fixes. Every result is an exact
 * multiple of the increment; none is ever beyond the input in the chosen direction.
 */
public final class OrderRounding {
  private OrderRounding() {}

  /**
   * A price rounded to the tick.
   *
   * @param rules the symbol's rules; never null
   * @param price the price; never null
   * @param mode the direction, e.g. {@link RoundingMode#FLOOR}
   * @return a multiple of {@code priceIncrement}
   */
  public static BigDecimal price(CrossMarginSymbol rules, BigDecimal price, RoundingMode mode) {
    return Objects.requireNonNull(rules, "rules is null").priceIncrement().round(price, mode);
  }

  /**
   * A price rounded to the tick on the order's safe side: a buy down, a sell up.
   *
   * @param rules the symbol's rules; never null
   * @param price the price; never null
   * @param side buy or sell; never null
   * @return a multiple of {@code priceIncrement}, at most the price for a buy, at least for a sell
   */
  public static BigDecimal price(CrossMarginSymbol rules, BigDecimal price, Side side) {
    Objects.requireNonNull(side, "side is null");
    return price(rules, price, side == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING);
  }

  /**
   * A size rounded down to the lot and clamped to the maximum size. The result may still be below
   * the minimum size (then no valid size is at or below the input).
   *
   * @param rules the symbol's rules; never null
   * @param size the size; never null
   * @return a multiple of {@code baseIncrement}, at most {@code size} and {@code baseMaxSize}
   */
  public static BigDecimal size(CrossMarginSymbol rules, BigDecimal size) {
    Objects.requireNonNull(rules, "rules is null");
    Objects.requireNonNull(size, "size is null");
    BigDecimal clamped = size.min(rules.baseMaxSize());
    return rules.baseIncrement().round(clamped, RoundingMode.FLOOR);
  }

  /**
   * Funds rounded down to the quote increment and clamped to the maximum funds.
   *
   * @param rules the symbol's rules; never null
   * @param funds the funds; never null
   * @return a multiple of {@code quoteIncrement}, at most {@code funds} and {@code quoteMaxSize}
   */
  public static BigDecimal funds(CrossMarginSymbol rules, BigDecimal funds) {
    Objects.requireNonNull(rules, "rules is null");
    Objects.requireNonNull(funds, "funds is null");
    BigDecimal clamped = funds.min(rules.quoteMaxSize());
    return rules.quoteIncrement().round(clamped, RoundingMode.FLOOR);
  }
}
