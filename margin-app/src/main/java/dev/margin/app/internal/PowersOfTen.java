package dev.margin.app.internal;

/** The powers of ten that fit in a {@code long}, shared by the exact integer arithmetic. */
final class PowersOfTen {
  /** How many there are: 10^0 to 10^18. */
  static final int COUNT = 19;

  private static final long[] POWERS = new long[COUNT];

  static {
    long power = 1;
    for (int i = 0; i < COUNT; i++) {
      POWERS[i] = power;
      power *= 10;
    }
  }

  private PowersOfTen() {}

  /** {@code 10^power}, for {@code 0 <= power < COUNT}. */
  static long of(int power) {
    return POWERS[power];
  }
}
