package dev.margin.domain.model;

/**
 * The root of the exceptions a market-data port throws. Catch this to handle every market-data
 * failure at once; catch a subclass to tell them apart:
 *
 * <ul>
 *   <li>{@link NoSuchSymbolException}: the venue does not know the symbol or currency asked for;
 *   <li>{@link MarketDataUnavailableException}: the data could not be obtained, with the subclasses
 *       {@link ExchangeErrorException} (the venue answered with an error) and {@link
 *       MalformedMarketDataException} (the venue's answer could not be read).
 * </ul>
 */
public abstract class MarketDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and an optional cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  protected MarketDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
