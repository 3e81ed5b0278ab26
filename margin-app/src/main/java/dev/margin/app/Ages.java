package dev.margin.app;

import java.math.BigDecimal;

/** How the age of rules and marks is said, in one place: {@code "61.5 s old, more than 60 s"}. */
final class Ages {
  private Ages() {}

  /** {@return an age past its maximum, both in milliseconds, said in seconds} */
  static String tooOld(long ageMillis, long maxMillis) {
    return seconds(ageMillis) + " s old, more than " + seconds(maxMillis) + " s";
  }

  /** {@return milliseconds as seconds, e.g. {@code 61.5}} */
  static String seconds(long millis) {
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }
}
