/** A host on the module path: margin's domain is a named module, the others automatic. */
module host {
  requires dev.margin.domain;
  requires dev.margin.app;
  requires dev.margin.adapters.http;

  exports host;
}
