package dev.margin.domain.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * KuCoin's mark price of a symbol at a point in time: the price of one unit of the base currency in
 * the quote currency. Most mark prices are {@code X-BTC} pairs.
 *
 * @param symbol the pair, e.g. {@code USDT-BTC}
 * @param timePoint when the price was marked
 * @param value the price, strictly positive, held without trailing zeros (so {@code 1.5045E-5} and
 *     {@code 0.0000150450} are equal)
 */
public record MarkPrice(Symbol symbol, Instant timePoint, BigDecimal value) {

  /**
   * Validates and canonicalises.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code value} is zero or negative
   * @param symbol see {@link #symbol()}
   * @param timePoint see {@link #timePoint()}
   * @param value see {@link #value()}
   */
  public MarkPrice {
    Objects.requireNonNull(symbol, "symbol is null");
    Objects.requireNonNull(timePoint, "timePoint is null");
    value = Decimals.positive(value, "value");
  }

  /**
   * A mark price from wire-style parts.
   *
   * @param symbol e.g. {@code "USDT-BTC"}
   * @param epochMillis the time point in milliseconds since the epoch
   * @param value the price in decimal text, e.g. {@code "1.5045E-5"}
   * @return the mark price
   */
  public static MarkPrice of(String symbol, long epochMillis, String value) {
    Objects.requireNonNull(value, "value is null");
    return new MarkPrice(
        Symbol.parse(symbol), Instant.ofEpochMilli(epochMillis), new BigDecimal(value));
  }

  /**
   * How old this price is at {@code now}; negative if it is marked after {@code now}.
   *
   * @param now the instant to measure from, e.g. {@code clock.instant()}
   * @return the age
   */
  public Duration ageAt(Instant now) {
    return Duration.between(timePoint, Objects.requireNonNull(now, "now is null"));
  }
}
