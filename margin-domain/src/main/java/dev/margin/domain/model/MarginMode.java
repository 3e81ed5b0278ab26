package dev.margin.domain.model;

/** Where a margin order borrows from. */
public enum MarginMode {
  /** One margin account shared by every cross-margin symbol. */
  CROSS,
  /** One margin account per symbol. */
  ISOLATED
}
