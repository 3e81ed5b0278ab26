package dev.margin.tests.arch.planted.ports.domain.port;

/** Planted: a port as an abstract class. */
public abstract class PartialPort {
  public abstract String price();
}
