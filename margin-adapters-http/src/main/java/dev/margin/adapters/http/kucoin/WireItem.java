package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One object of a response being mapped: knows its endpoint and path, so that every complaint names
 * the field at fault, e.g. {@code data.items[3].baseIncrement}.
 */
final class WireItem {

  /** Decimals beyond these bounds are hostile or broken, never real market data. */
  static final int MAX_PRECISION = 40;

  static final int MAX_ABS_SCALE = 40;

  private final String endpoint;
  private final String path;

  WireItem(String endpoint, String path) {
    this.endpoint = endpoint;
    this.path = path;
  }

  WireItem at(int index) {
    return new WireItem(endpoint, path + "[" + index + "]");
  }

  WireItem field(String name) {
    return new WireItem(endpoint, path + "." + name);
  }

  MalformedMarketDataException malformed(String field, String problem) {
    return new MalformedMarketDataException(endpoint, path + "." + field, problem, null);
  }

  /** Requires this item itself to be present. */
  <T> T present(T value) {
    if (value == null) {
      throw new MalformedMarketDataException(endpoint, path, "missing or null", null);
    }
    return value;
  }

  <T> T require(T value, String field) {
    if (value == null) {
      throw malformed(field, "missing or null");
    }
    return value;
  }

  String text(String value, String field) {
    if (require(value, field).isBlank()) {
      throw malformed(field, "blank");
    }
    return value;
  }

  boolean flag(Boolean value, String field) {
    return require(value, field);
  }

  int integer(Integer value, String field) {
    return require(value, field);
  }

  Instant instant(Long epochMillis, String field) {
    long millis = require(epochMillis, field);
    if (millis < 0) {
      throw malformed(field, "negative timestamp " + millis);
    }
    return Instant.ofEpochMilli(millis);
  }

  Symbol symbol(String value, String field) {
    try {
      return Symbol.parse(require(value, field));
    } catch (IllegalArgumentException e) {
      throw malformed(field, e.getMessage());
    }
  }

  Currency currency(String value, String field) {
    try {
      return Currency.of(require(value, field));
    } catch (IllegalArgumentException e) {
      throw malformed(field, e.getMessage());
    }
  }

  BigDecimal decimal(BigDecimal value, String field) {
    require(value, field);
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.precision() > MAX_PRECISION || Math.abs(stripped.scale()) > MAX_ABS_SCALE) {
      throw malformed(
          field,
          "out of range (more than "
              + MAX_PRECISION
              + " significant digits or a magnitude beyond 1E"
              + MAX_ABS_SCALE
              + ")");
    }
    return stripped;
  }

  BigDecimal decimalOr(BigDecimal value, BigDecimal absent, String field) {
    return value == null ? absent : decimal(value, field);
  }

  Increment increment(BigDecimal value, String field) {
    BigDecimal step = decimal(value, field);
    if (step.signum() <= 0) {
      throw malformed(field, "an increment must be positive, got " + step.toPlainString());
    }
    return new Increment(step);
  }

  /** Builds a domain record, turning its validation failure into a complaint about this item. */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MalformedMarketDataException(endpoint, path, e.getMessage(), e);
    }
  }
}
