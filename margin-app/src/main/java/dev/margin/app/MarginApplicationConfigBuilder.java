package dev.margin.app;

import dev.margin.domain.model.Currency;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * Builds a {@link MarginApplicationConfig}, starting from {@link
 * MarginApplicationConfig#defaults()} ({@link MarginApplicationConfig#builder()}) or from a
 * configuration ({@link MarginApplicationConfig#toBuilder()}):
 *
 * <pre>{@code
 * MarginApplicationConfig config =
 *     MarginApplicationConfig.builder()
 *         .maxMarkPriceAge(Duration.ofSeconds(10))
 *         .isolatedWarningDebtRatio(new BigDecimal("0.9"))
 *         .build();
 * }</pre>
 *
 * <p>The setters check nothing; {@link #build()} checks everything, as the record's constructor
 * does. Not thread-safe; reusable: each {@link #build()} makes a new configuration.
 */
public final class MarginApplicationConfigBuilder {
  private Duration rulesRefreshInterval = Duration.ofMinutes(5);
  private Duration markPriceRefreshInterval = Duration.ofSeconds(5);
  private Duration maxRulesAge = Duration.ofMinutes(30);
  private Duration maxMarkPriceAge = Duration.ofSeconds(60);
  private boolean priceBandCheck = true;
  private BigDecimal isolatedWarningDebtRatio;
  private Set<Currency> stablecoins = MarginApplicationConfig.DEFAULT_STABLECOINS;
  private PreTradeLimits preTradeLimits = PreTradeLimits.defaults();
  private LiveMarkPrices liveMarkPrices = LiveMarkPrices.off();

  MarginApplicationConfigBuilder() {}

  MarginApplicationConfigBuilder(MarginApplicationConfig from) {
    rulesRefreshInterval = from.rulesRefreshInterval();
    markPriceRefreshInterval = from.markPriceRefreshInterval();
    maxRulesAge = from.maxRulesAge();
    maxMarkPriceAge = from.maxMarkPriceAge();
    priceBandCheck = from.priceBandCheck();
    isolatedWarningDebtRatio = from.isolatedWarningDebtRatio();
    stablecoins = from.stablecoins();
    preTradeLimits = from.preTradeLimits();
    liveMarkPrices = from.liveMarkPrices();
  }

  /**
   * Sets how often the scheduled refresh reloads the rules.
   *
   * @param interval see {@link MarginApplicationConfig#rulesRefreshInterval()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder rulesRefreshInterval(Duration interval) {
    this.rulesRefreshInterval = interval;
    return this;
  }

  /**
   * Sets how often the scheduled refresh reloads all mark prices.
   *
   * @param interval see {@link MarginApplicationConfig#markPriceRefreshInterval()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder markPriceRefreshInterval(Duration interval) {
    this.markPriceRefreshInterval = interval;
    return this;
  }

  /**
   * Sets the oldest rules trusted.
   *
   * @param age see {@link MarginApplicationConfig#maxRulesAge()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder maxRulesAge(Duration age) {
    this.maxRulesAge = age;
    return this;
  }

  /**
   * Sets the oldest reference mark price trusted.
   *
   * @param age see {@link MarginApplicationConfig#maxMarkPriceAge()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder maxMarkPriceAge(Duration age) {
    this.maxMarkPriceAge = age;
    return this;
  }

  /**
   * Turns the price-band check on or off.
   *
   * @param enabled see {@link MarginApplicationConfig#priceBandCheck()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder priceBandCheck(boolean enabled) {
    this.priceBandCheck = enabled;
    return this;
  }

  /**
   * Sets the warning level for isolated positions.
   *
   * @param ratio see {@link MarginApplicationConfig#isolatedWarningDebtRatio()}; null for none
   * @return this builder
   */
  public MarginApplicationConfigBuilder isolatedWarningDebtRatio(BigDecimal ratio) {
    this.isolatedWarningDebtRatio = ratio;
    return this;
  }

  /**
   * Sets the currencies a joint stress move holds still.
   *
   * @param currencies see {@link MarginApplicationConfig#stablecoins()}; copied by {@link #build()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder stablecoins(Set<Currency> currencies) {
    this.stablecoins = currencies;
    return this;
  }

  /**
   * Sets the host's own limits for the pre-trade check.
   *
   * @param limits see {@link MarginApplicationConfig#preTradeLimits()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder preTradeLimits(PreTradeLimits limits) {
    this.preTradeLimits = limits;
    return this;
  }

  /**
   * Sets whether and how mark prices also come from a live stream.
   *
   * @param live see {@link MarginApplicationConfig#liveMarkPrices()}
   * @return this builder
   */
  public MarginApplicationConfigBuilder liveMarkPrices(LiveMarkPrices live) {
    this.liveMarkPrices = live;
    return this;
  }

  /**
   * The configuration, checked.
   *
   * @return a new configuration
   * @throws NullPointerException if a duration or the stablecoins are null
   * @throws IllegalArgumentException as {@link MarginApplicationConfig}'s constructor does
   */
  public MarginApplicationConfig build() {
    return new MarginApplicationConfig(
        rulesRefreshInterval,
        markPriceRefreshInterval,
        maxRulesAge,
        maxMarkPriceAge,
        priceBandCheck,
        isolatedWarningDebtRatio,
        stablecoins,
        preTradeLimits,
        liveMarkPrices);
  }
}
