package dev.margin.domain.model;

/**
 * Market data could not be obtained: the venue could not be reached, timed out, answered with an
 * error ({@link ExchangeErrorException}) or with something that could not be read ({@link
 * MalformedMarketDataException}). Nothing partial is ever returned alongside it.
 */
public class MarketDataUnavailableException extends MarketDataException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and an optional cause.
   *
   * @param message what could not be obtained, and why
   * @param cause the underlying failure, or null
   */
  public MarketDataUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
