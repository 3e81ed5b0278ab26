package dev.margin.tests.arch.planted.layering.domain.model;

import dev.margin.tests.arch.planted.layering.adapters.http.SomeClient;

/** Planted: the domain reaches into an adapter. */
public record LeakyValue(SomeClient client) {}
