package dev.margin.spring.boot;

import dev.margin.app.MarketRulesCache;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the market rules' scheduled refreshes when the context starts ({@code margin.rules.start},
 * on by default) and closes them, with the live stream, when it stops. A closed cache does not
 * start again.
 */
final class MarketRulesLifecycle implements SmartLifecycle {
  private final MarketRulesCache rules;
  private final boolean autoStartup;
  private volatile boolean running;

  MarketRulesLifecycle(MarketRulesCache rules, boolean autoStartup) {
    this.rules = rules;
    this.autoStartup = autoStartup;
  }

  @Override
  public void start() {
    rules.start();
    running = true;
  }

  @Override
  public void stop() {
    rules.close();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public boolean isAutoStartup() {
    return autoStartup;
  }
}
