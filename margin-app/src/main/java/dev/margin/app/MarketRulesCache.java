package dev.margin.app;

/**
 * {@link MarketRules} with its refreshes: on demand, and on a schedule once {@link #start()}ed.
 * Close it to stop the schedule.
 */
public interface MarketRulesCache extends MarketRules, AutoCloseable {

  /**
   * Reloads the cross-margin symbols, the isolated-margin symbols and the margin config, and swaps
   * them in together. On failure the rules in use stay, and the failure is kept in {@link
   * #status()}.
   *
   * @throws dev.margin.domain.model.MarketDataException if any of the three cannot be obtained
   */
  void refreshRules();

  /**
   * Reloads every mark price with one call and swaps them in. On failure the prices in use stay.
   * With the live stream on, a polled price replaces a held one only if it is marked later.
   *
   * @throws dev.margin.domain.model.MarketDataException if they cannot be obtained
   */
  void refreshMarkPrices();

  /**
   * Swaps in, as one snapshot, the newest price of each symbol the live stream delivered since the
   * last swap, where it is marked later than the price held. {@link #start()} does this at the
   * configured {@link LiveMarkPrices#pace()}; a host may call it too. Does nothing when the live
   * stream is off.
   *
   * @return how many symbols' prices changed
   */
  int applyStreamedMarkPrices();

  /**
   * Starts the scheduled refreshes (the first of each at once, on a background daemon thread). With
   * {@link MarginApplicationConfig#liveMarkPrices()} on, it also follows the live stream (at once
   * if the symbols are known: configured, or loaded by an earlier refresh; else after the first
   * poll), swaps its ticks in at the configured pace, and polls once, then only while the stream is
   * not yet followed, follows a chosen set of symbols, or has been down for {@link
   * LiveMarkPrices#pollingAfter()}. Calling it again does nothing.
   */
  void start();

  /** Stops the scheduled refreshes and the live stream; what is held stays readable. */
  @Override
  void close();
}
