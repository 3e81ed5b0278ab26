/**
 * margin's use cases: the market-rules cache, the pre-trade order check and the margin risk, over
 * the ports of {@code dev.margin.domain}. Exports only {@code dev.margin.app}; the exact-arithmetic
 * kernel in {@code dev.margin.app.internal} stays inside. Guice is optional: only {@link
 * dev.margin.app.MarginApplicationModule} needs it, and the package is open to it for that module's
 * provider methods. Guice is an automatic module; a host that uses the module requires it too.
 */
@SuppressWarnings("requires-automatic") // Guice 7 has no module-info
module dev.margin.app {
  requires transitive dev.margin.domain;
  requires static com.google.guice;

  exports dev.margin.app;

  opens dev.margin.app to
      com.google.guice;
}
