package dev.margin.domain.model;

/**
 * How long a limit order stays on the book, as KuCoin names it. KuCoin applies it to limit orders
 * only; an order that names none is {@link #GTC}.
 */
public enum TimeInForce {
  /** Good till cancelled: expires only when cancelled. */
  GTC,
  /** Good till time: cancelled after the order's {@code cancelAfter} seconds. */
  GTT,
  /** Immediate or cancel: fills what it can at once, cancels the rest, never rests on the book. */
  IOC,
  /** Fill or kill: fills whole at once, or is cancelled. */
  FOK
}
