package dev.margin.tests.arch.planted.adapters.adapters.http;

import dev.margin.tests.arch.planted.adapters.domain.port.Prices;

/** Allowed: a package-private adapter implementation. */
final class HiddenPrices implements Prices {
  @Override
  public String price() {
    return "1";
  }
}
