package dev.margin.tests.arch.planted.adapters.domain.port;

public interface Prices {
  String price();
}
