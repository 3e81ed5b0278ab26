package dev.margin.domain.port;

import dev.margin.domain.model.MarginConfig;

/** The venue's cross-margin settings: leverage and debt-ratio thresholds. */
public interface MarginSettings {

  /**
   * The current cross-margin configuration.
   *
   * @return the configuration
   * @throws dev.margin.domain.model.MarketDataUnavailableException if it cannot be obtained
   */
  MarginConfig marginConfig();
}
