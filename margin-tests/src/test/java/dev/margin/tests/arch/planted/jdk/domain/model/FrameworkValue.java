package dev.margin.tests.arch.planted.jdk.domain.model;

/** Planted: a domain type holding a framework type. */
public record FrameworkValue(feign.Request.Options options) {}
