package dev.margin.tests.arch.planted.layering.adapters.http;

public class SomeClient {}
