package dev.margin.domain.model;

/**
 * What KuCoin does when an order would trade against an order of the same account ({@code stp}).
 * Only the taker's choice counts. An order that names none has no self-trade prevention.
 */
public enum SelfTradePrevention {
  /** Decrease and cancel: the smaller order is cancelled and the larger decreased by it. */
  DC,
  /** Cancel old: the resting order is cancelled. */
  CO,
  /** Cancel new: the incoming order is cancelled. */
  CN,
  /** Cancel both. */
  CB
}
