/** A host on the module path: margin's domain and app are named modules, the others automatic. */
module host {
  requires dev.margin.domain;
  requires dev.margin.app;
  requires dev.margin.adapters.http;
  requires dev.margin.micrometer;
  requires micrometer.core; // an automatic module too: a host names what it uses from it

  exports host;
}
