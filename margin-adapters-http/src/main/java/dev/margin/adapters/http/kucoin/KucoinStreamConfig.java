package dev.margin.adapters.http.kucoin;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of the mark-price stream. Start from {@link #defaults()} and change what differs:
 * {@code KucoinStreamConfig.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))}.
 *
 * @param welcomeTimeout how long to wait for the server's {@code welcome} after connecting, 1 ms to
 *     1 minute
 * @param ackTimeout how long to wait for the {@code ack} of each subscribe message, 1 ms to 1
 *     minute
 * @param initialBackoff the wait before the first reconnect, doubled for each further one in a row,
 *     with full jitter; 1 ms to 1 minute
 * @param maxBackoff the longest wait between two connects; at least {@code initialBackoff}, at most
 *     10 minutes
 * @param maxFrameChars the longest message read, in characters, 1 024 to 16 777 216; a longer one
 *     is dropped
 */
public record KucoinStreamConfig(
    Duration welcomeTimeout,
    Duration ackTimeout,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxFrameChars) {

  /** The default welcome timeout: 10 seconds, as KuCoin's Java and Go SDKs wait. */
  public static final Duration DEFAULT_WELCOME_TIMEOUT = Duration.ofSeconds(10);

  /** The default ack timeout: 10 seconds. */
  public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(10);

  /** The default first reconnect wait: 500 milliseconds. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);

  /** The default longest reconnect wait: 1 minute. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(1);

  /** The default longest message: 64 Ki characters; a mark-price tick is about 200. */
  public static final int DEFAULT_MAX_FRAME_CHARS = 64 * 1024;

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /**
   * Validates.
   *
   * @param welcomeTimeout see {@link #welcomeTimeout()}
   * @param ackTimeout see {@link #ackTimeout()}
   * @param initialBackoff see {@link #initialBackoff()}
   * @param maxBackoff see {@link #maxBackoff()}
   * @param maxFrameChars see {@link #maxFrameChars()}
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a value is out of its range
   */
  public KucoinStreamConfig {
    Objects.requireNonNull(welcomeTimeout, "welcomeTimeout is null");
    Objects.requireNonNull(ackTimeout, "ackTimeout is null");
    Objects.requireNonNull(initialBackoff, "initialBackoff is null");
    Objects.requireNonNull(maxBackoff, "maxBackoff is null");
    ConfigChecks.timeout(welcomeTimeout, MINUTE, "welcomeTimeout");
    ConfigChecks.timeout(ackTimeout, MINUTE, "ackTimeout");
    ConfigChecks.timeout(initialBackoff, MINUTE, "initialBackoff");
    ConfigChecks.timeout(maxBackoff, Duration.ofMinutes(10), "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be at least initialBackoff: " + maxBackoff + " < " + initialBackoff);
    }
    if (maxFrameChars < 1024 || maxFrameChars > 16 * 1024 * 1024) {
      throw new IllegalArgumentException(
          "maxFrameChars must be between 1024 and 16777216: " + maxFrameChars);
    }
  }

  /**
   * The defaults: the constants of this class.
   *
   * @return the default bounds
   */
  public static KucoinStreamConfig defaults() {
    return new KucoinStreamConfig(
        DEFAULT_WELCOME_TIMEOUT,
        DEFAULT_ACK_TIMEOUT,
        DEFAULT_INITIAL_BACKOFF,
        DEFAULT_MAX_BACKOFF,
        DEFAULT_MAX_FRAME_CHARS);
  }

  /**
   * These bounds with other welcome and ack timeouts.
   *
   * @param welcome the welcome timeout
   * @param ack the ack timeout
   * @return the new bounds
   */
  public KucoinStreamConfig withTimeouts(Duration welcome, Duration ack) {
    return new KucoinStreamConfig(welcome, ack, initialBackoff, maxBackoff, maxFrameChars);
  }

  /**
   * These bounds with another reconnect backoff.
   *
   * @param initial the first wait
   * @param max the longest wait
   * @return the new bounds
   */
  public KucoinStreamConfig withBackoff(Duration initial, Duration max) {
    return new KucoinStreamConfig(welcomeTimeout, ackTimeout, initial, max, maxFrameChars);
  }

  /**
   * These bounds with another longest message.
   *
   * @param chars the longest message, in characters
   * @return the new bounds
   */
  public KucoinStreamConfig withMaxFrameChars(int chars) {
    return new KucoinStreamConfig(welcomeTimeout, ackTimeout, initialBackoff, maxBackoff, chars);
  }
}
