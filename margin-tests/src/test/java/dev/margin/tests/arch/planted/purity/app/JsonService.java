package dev.margin.tests.arch.planted.purity.app;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Planted: an application service parsing JSON itself. */
public class JsonService {
  private final ObjectMapper mapper = new ObjectMapper();

  public ObjectMapper mapper() {
    return mapper;
  }
}
