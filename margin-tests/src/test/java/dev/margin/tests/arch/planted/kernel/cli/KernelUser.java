package dev.margin.tests.arch.planted.kernel.cli;

import dev.margin.tests.arch.planted.kernel.app.internal.Arithmetic;

/** Planted: a class outside the application reaching into its kernel. */
public class KernelUser {
  public long doubled(long value) {
    return Arithmetic.twice(value);
  }
}
