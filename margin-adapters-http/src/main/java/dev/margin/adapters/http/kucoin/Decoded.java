package dev.margin.adapters.http.kucoin;

import java.util.function.Function;

/**
 * The {@code data} of an endpoint read one of two ways: straight into validated domain values where
 * the body is the plain case ({@link CrossSymbolsReader}, {@link MarkPricesReader}), else into wire
 * records for {@link KucoinMapper} to map and judge after the call, as every other endpoint's.
 *
 * @param wire the wire records, or null where the domain values were read or {@code data} is null
 * @param domain the domain values, or null where the wire records were read instead
 * @param <W> the wire type
 * @param <D> the domain type
 */
record Decoded<W, D>(W wire, D domain) {

  /** {@return the domain values, read straight or mapped from the wire records} */
  D orMap(Function<W, D> mapper) {
    return domain != null ? domain : mapper.apply(wire);
  }
}
