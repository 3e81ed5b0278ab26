/** The value types and driven ports of margin. Depends on nothing beyond {@code java.base}. */
module dev.margin.domain {
  exports dev.margin.domain.model;
  exports dev.margin.domain.port;
}
