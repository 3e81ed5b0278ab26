package dev.margin.tests.arch.planted.kernel.app.internal;

import dev.margin.tests.arch.planted.kernel.app.Service;

/** Planted: a kernel class, public for its module's services, that calls back up into one. */
public final class Arithmetic {
  private Arithmetic() {}

  public static long twice(long value) {
    return value * 2;
  }

  public static Service backUp() {
    return new Service();
  }
}
