package dev.margin.app;

/** Hears the status changes of a {@link RiskMonitor}'s positions. */
@FunctionalInterface
public interface RiskListener {

  /**
   * A position's status changed. Called on the listener's own thread, one change at a time, in the
   * order they happened; an exception it throws is caught and does not stop the monitor.
   *
   * @param change what changed; never null
   */
  void onChange(RiskChange change);
}
