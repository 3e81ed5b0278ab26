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
   *
   * @throws dev.margin.domain.model.MarketDataException if they cannot be obtained
   */
  void refreshMarkPrices();

  /**
   * Starts the scheduled refreshes (the first of each at once, on a background daemon thread).
   * Calling it again does nothing.
   */
  void start();

  /** Stops the scheduled refreshes; what is held stays readable. */
  @Override
  void close();
}
