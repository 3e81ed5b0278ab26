package dev.margin.app;

import dev.margin.app.internal.CodeTable;
import dev.margin.app.internal.Sum;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Values currencies in BTC from one set of mark prices, at one instant, failing closed: no mark
 * price or a stale one is a {@link ValuationException}, never a zero. Not thread-safe: one per
 * check.
 */
final class Valuer {
  /** Precision of a value that needs a division (an inverse pair, a conversion). */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  private final MarketSnapshot snapshot;
  private final CodeTable<Currency, BtcValue> inBtc;
  private final long now;
  private final long maxAgeMillis;

  /** Which of the snapshot's values this check has used, by {@link BtcValue#index}. */
  private final long[] seen;

  /** The marks used, in the order first used; null where the caller does not list them. */
  private final List<MarkUsed> used;

  Valuer(MarketSnapshot snapshot, long now, long maxAgeMillis) {
    this(snapshot, now, maxAgeMillis, true);
  }

  /**
   * A valuer that lists the marks it uses, or (for the pre-trade check, which reports none) only
   * checks their age.
   */
  Valuer(MarketSnapshot snapshot, long now, long maxAgeMillis, boolean listing) {
    this.snapshot = snapshot;
    this.inBtc = snapshot.valuesInBtc();
    this.now = now;
    this.maxAgeMillis = maxAgeMillis;
    this.seen = new long[(inBtc.size() + 63) >>> 6];
    this.used = listing ? new ArrayList<>(64) : null;
  }

  /** One unit of {@code currency} in BTC: exact for an {@code X-BTC} mark. */
  BigDecimal inBtc(Currency currency) {
    return value(currency).value();
  }

  /** Adds {@code amount} of {@code currency}, valued in BTC, to {@code sum}. */
  void addTo(Sum sum, Currency currency, BigDecimal amount) {
    BtcValue value = value(currency);
    sum.add(amount, value.value(), value.unscaled(), value.scale());
  }

  private BtcValue value(Currency currency) {
    if (currency.equals(Currency.BTC)) {
      return BtcValue.BTC;
    }
    BtcValue value = inBtc.get(currency);
    if (value == null) {
      throw new ValuationException(
          currency, "no mark price for " + currency + "-BTC or BTC-" + currency);
    }
    int word = value.index() >>> 6;
    long bit = 1L << value.index();
    if ((seen[word] & bit) == 0) {
      // checked and listed the first time this check uses it
      long age = now - value.markedAt().toEpochMilli();
      check(currency, value.source(), age);
      seen[word] |= bit;
      if (used != null) {
        used.add(
            new MarkUsed(
                currency,
                value.display(),
                value.source(),
                value.markedAt(),
                Duration.ofMillis(age)));
      }
    }
    return value;
  }

  /** The reference price of a pair, checked for age; null if no mark price leads to it. */
  ReferencePrice reference(Symbol symbol) {
    ReferencePrice reference = snapshot.reference(symbol);
    if (reference != null) {
      check(symbol.base(), reference.source(), now - reference.markedAt().toEpochMilli());
    }
    return reference;
  }

  private void check(Currency currency, String source, long age) {
    if (age > maxAgeMillis) {
      throw new ValuationException(
          currency, "the mark price " + source + " is " + Ages.tooOld(age, maxAgeMillis));
    }
  }

  List<MarkUsed> used() {
    return used == null ? List.of() : used;
  }

  Instant now() {
    return Instant.ofEpochMilli(now);
  }
}
