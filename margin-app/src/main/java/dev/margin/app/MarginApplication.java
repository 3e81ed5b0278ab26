package dev.margin.app;

import dev.margin.domain.port.MarginMarketData;
import java.util.Objects;

/**
 * The plain-Java way to margin's use cases, for hosts without Guice:
 *
 * <pre>{@code
 * MarketRules rules = MarginApplication.marketRules(KucoinHttp.create(KucoinHttpConfig.defaults()));
 * }</pre>
 */
public final class MarginApplication {
  private MarginApplication() {}

  /**
   * The market rules over a venue's market data.
   *
   * @param marketData the venue's ports, e.g. the KuCoin adapter or an in-memory one; never null
   * @return a thread-safe {@link MarketRules}
   */
  public static MarketRules marketRules(MarginMarketData marketData) {
    Objects.requireNonNull(marketData, "marketData is null");
    return new PortBackedMarketRules(marketData, marketData, marketData);
  }
}
