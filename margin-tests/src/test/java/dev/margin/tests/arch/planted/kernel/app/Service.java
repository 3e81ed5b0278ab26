package dev.margin.tests.arch.planted.kernel.app;

import dev.margin.tests.arch.planted.kernel.app.internal.Arithmetic;

/** Planted: a service of the application, which may use its own kernel. */
public class Service {
  public long doubled(long value) {
    return Arithmetic.twice(value);
  }
}
