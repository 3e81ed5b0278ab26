/**
 * margin's use cases. Public: the use-case interfaces, {@link dev.margin.app.MarginApplication} (a
 * plain-Java factory) and {@link dev.margin.app.MarginApplicationModule} (the Guice module). The
 * services behind the interfaces are package-private.
 */
package dev.margin.app;
