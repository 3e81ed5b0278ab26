package dev.margin.app;

/** Where a mark price held by the market-rules cache came from. */
public enum MarkPriceSource {
  /** The REST endpoint of every mark price, polled. */
  POLLING,
  /** The live stream of mark prices. */
  STREAM
}
