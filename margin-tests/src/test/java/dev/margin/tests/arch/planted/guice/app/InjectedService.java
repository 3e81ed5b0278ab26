package dev.margin.tests.arch.planted.guice.app;

import com.google.inject.Inject;

/** Planted: a service annotated for Guice. */
public class InjectedService {
  @Inject
  public InjectedService() {}
}
