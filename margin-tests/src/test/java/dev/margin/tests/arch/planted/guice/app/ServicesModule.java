package dev.margin.tests.arch.planted.guice.app;

import com.google.inject.AbstractModule;

/** Allowed: a module touches Guice. */
public class ServicesModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(InjectedService.class);
  }
}
