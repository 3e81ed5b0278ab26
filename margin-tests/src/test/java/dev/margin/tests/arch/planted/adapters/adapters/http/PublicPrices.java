package dev.margin.tests.arch.planted.adapters.adapters.http;

import dev.margin.tests.arch.planted.adapters.domain.port.Prices;

/** Planted: an adapter implementation hosts could instantiate directly. */
public final class PublicPrices implements Prices {
  @Override
  public String price() {
    return "1";
  }
}
