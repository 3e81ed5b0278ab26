package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.util.Map;

/**
 * Watches registered positions and tells listeners when one's status changes. After each swap of
 * mark prices into the market rules (from the live stream or a poll), it re-assesses only the
 * positions that hold or owe a currency whose price moved, and tells every listener of each status
 * that changed ({@code SAFE} to {@code WARNING} to {@code LIQUIDATION} and back, or to and from
 * "could not be assessed"), once per change.
 *
 * <pre>{@code
 * RiskMonitor monitor = margin.riskMonitor();
 * monitor.addListener(change -> log.warn("{} is {}", change.positionId(), change.after()));
 * monitor.watch("desk-1", position);
 * margin.marketRules().start();
 * }</pre>
 *
 * <p>Assessments run on the monitor's own thread, never on the thread that swapped the prices in;
 * each listener hears its changes in order on a thread of its own, so a slow or throwing listener
 * delays only itself. Thread-safe.
 */
public interface RiskMonitor extends AutoCloseable {

  /** The most changes one listener may have waiting; beyond it, its new changes are dropped. */
  int MAX_WAITING_CHANGES = 10_000;

  /**
   * Registers a position, or replaces the one under {@code id}, and assesses it at once (its first
   * change has no {@code before}). Liquidation prices are quoted in USDT, or in an isolated
   * position's quote currency.
   *
   * @param id the host's name for it, 1 to 128 characters; never null
   * @param position the balances; never null
   * @throws IllegalArgumentException if {@code id} is empty or longer than 128 characters
   * @throws IllegalStateException if the monitor is closed
   */
  void watch(String id, MarginPosition position);

  /**
   * Registers a position with liquidation prices quoted in {@code quoteCurrency}.
   *
   * @param id the host's name for it, 1 to 128 characters; never null
   * @param position the balances; never null
   * @param quoteCurrency the currency liquidation prices are quoted in, for a cross position; an
   *     isolated position's are in its symbol's quote; never null
   * @throws IllegalArgumentException if {@code id} is empty or longer than 128 characters
   * @throws IllegalStateException if the monitor is closed
   */
  void watch(String id, MarginPosition position, Currency quoteCurrency);

  /**
   * Stops watching a position; no change of it is told after its last assessment in progress.
   *
   * @param id the host's name for it; never null
   * @return whether it was watched
   */
  boolean unwatch(String id);

  /**
   * The latest assessment of each watched position, as its latest change told it.
   *
   * @return by id; a copy
   */
  Map<String, RiskChange> latest();

  /**
   * Re-assesses every watched position now, on the monitor's thread, and returns once done (the
   * listeners hear the changes after). The monitor does this itself for the positions a swap
   * concerns; a host calls it after something else moved, such as the rules.
   *
   * @return how many statuses changed
   * @throws IllegalStateException if the monitor is closed
   */
  int assessAll();

  /**
   * Adds a listener: it hears every change from now on, on a thread of its own.
   *
   * @param listener the listener; never null
   * @return a handle that removes the listener when closed
   */
  AutoCloseable addListener(RiskListener listener);

  /** Stops watching: no assessment and no change is told after this returns. */
  @Override
  void close();
}
