package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.MarkPrice;

/**
 * One message from KuCoin's WebSocket, read: its kind, its {@code id}, and what the kind carries
 * (the price of a tick, the text of an error).
 *
 * @param kind what the message is
 * @param id its {@code id}, or null
 * @param price the price of a {@link Kind#TICK}, else null
 * @param error the code and text of an {@link Kind#ERROR}, else null
 */
record StreamFrame(Kind kind, String id, MarkPrice price, String error) {

  /** The messages the stream acts on. */
  enum Kind {
    WELCOME,
    ACK,
    PONG,
    ERROR,
    TICK
  }
}
