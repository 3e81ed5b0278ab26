package dev.margin.domain.model;

import java.util.Objects;

/**
 * The venue's answer could not be read: not JSON, not the expected shape, a required field missing
 * or of the wrong type, or a value no valid record could hold. No part of such an answer is used.
 */
public final class MalformedMarketDataException extends MarketDataUnavailableException {
  private static final long serialVersionUID = 1L;

  /** The request whose answer was malformed. */
  private final String endpoint;

  /** The path of the field at fault. */
  private final String field;

  /** What was wrong. */
  private final String problem;

  /**
   * An exception naming what could not be read.
   *
   * @param endpoint the request, e.g. {@code GET /api/v3/margin/symbols}; never null
   * @param field the path of the field at fault, e.g. {@code data.items[3].baseIncrement}, or
   *     {@code (body)} for the whole answer; never null
   * @param problem what was wrong with it; never null
   * @param cause the parser's or validator's exception, or null
   */
  public MalformedMarketDataException(
      String endpoint, String field, String problem, Throwable cause) {
    super(
        Objects.requireNonNull(endpoint, "endpoint is null")
            + ": malformed response at "
            + Objects.requireNonNull(field, "field is null")
            + ": "
            + Objects.requireNonNull(problem, "problem is null"),
        cause);
    this.endpoint = endpoint;
    this.field = field;
    this.problem = problem;
  }

  /** {@return the request whose answer was malformed} */
  public String endpoint() {
    return endpoint;
  }

  /** {@return the path of the field at fault, or {@code (body)} for the whole answer} */
  public String field() {
    return field;
  }

  /** {@return what was wrong} */
  public String problem() {
    return problem;
  }
}
