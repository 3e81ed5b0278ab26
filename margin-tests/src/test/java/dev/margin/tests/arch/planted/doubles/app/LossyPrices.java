package dev.margin.tests.arch.planted.doubles.app;

import java.math.BigDecimal;

/** Planted: three ways to lose exactness. */
public class LossyPrices {
  public BigDecimal fromConstructor() {
    return new BigDecimal(0.1);
  }

  public BigDecimal fromValueOf() {
    return BigDecimal.valueOf(0.1);
  }

  public double toDouble(BigDecimal price) {
    return price.doubleValue();
  }

  public BigDecimal exact() {
    return new BigDecimal("0.1");
  }
}
