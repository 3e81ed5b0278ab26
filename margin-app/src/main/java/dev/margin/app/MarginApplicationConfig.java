package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the application keeps and trusts its market rules.
 *
 * @param rulesRefreshInterval how often the scheduled refresh reloads symbols, isolated symbols and
 *     the margin config; positive
 * @param markPriceRefreshInterval how often the scheduled refresh reloads all mark prices (one call
 *     to the all-symbols endpoint); positive
 * @param maxRulesAge rules older than this fail every validation closed; positive
 * @param maxMarkPriceAge a reference mark price older than this fails the price-band check closed;
 *     positive
 * @param priceBandCheck whether limit prices are checked against the price-protection band (on by
 *     default; off skips the band and the mark-price checks altogether)
 * @param isolatedWarningDebtRatio a warning level for isolated positions, below their {@code
 *     flDebtRatio}; null for none (KuCoin publishes none)
 * @param stablecoins the currencies a joint stress move holds still (with the valuation currency);
 *     by default {@link #DEFAULT_STABLECOINS}
 * @param preTradeLimits the host's own limits for the pre-trade check; by default {@link
 *     PreTradeLimits#defaults()}
 * @param liveMarkPrices whether and how mark prices also come from a live stream; by default {@link
 *     LiveMarkPrices#off()}
 */
public record MarginApplicationConfig(
    Duration rulesRefreshInterval,
    Duration markPriceRefreshInterval,
    Duration maxRulesAge,
    Duration maxMarkPriceAge,
    boolean priceBandCheck,
    BigDecimal isolatedWarningDebtRatio,
    Set<Currency> stablecoins,
    PreTradeLimits preTradeLimits,
    LiveMarkPrices liveMarkPrices) {

  /**
   * The longest interval or age: 1,000 years, far beyond any refresh or trust a host needs (a
   * snapshot trusted for ever), and well within what the services count in milliseconds.
   */
  public static final Duration MAX_DURATION = Duration.ofDays(365_250);

  /** USDT, USDC, DAI, TUSD, BUSD, USDD, USDP, FDUSD and PYUSD. */
  public static final Set<Currency> DEFAULT_STABLECOINS =
      Stream.of("USDT", "USDC", "DAI", "TUSD", "BUSD", "USDD", "USDP", "FDUSD", "PYUSD")
          .map(Currency::of)
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Validates.
   *
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a duration is zero, negative or above {@link
   *     #MAX_DURATION}, or the isolated warning level is not positive or outside {@link
   *     DecimalBounds}
   * @param rulesRefreshInterval see {@link #rulesRefreshInterval()}
   * @param markPriceRefreshInterval see {@link #markPriceRefreshInterval()}
   * @param maxRulesAge see {@link #maxRulesAge()}
   * @param maxMarkPriceAge see {@link #maxMarkPriceAge()}
   * @param priceBandCheck see {@link #priceBandCheck()}
   * @param isolatedWarningDebtRatio see {@link #isolatedWarningDebtRatio()}
   * @param stablecoins see {@link #stablecoins()}; copied
   * @param preTradeLimits see {@link #preTradeLimits()}
   * @param liveMarkPrices see {@link #liveMarkPrices()}
   */
  public MarginApplicationConfig {
    positive(rulesRefreshInterval, "rulesRefreshInterval");
    positive(markPriceRefreshInterval, "markPriceRefreshInterval");
    positive(maxRulesAge, "maxRulesAge");
    positive(maxMarkPriceAge, "maxMarkPriceAge");
    if (isolatedWarningDebtRatio != null
        && DecimalBounds.check(isolatedWarningDebtRatio, "isolatedWarningDebtRatio").signum()
            <= 0) {
      throw new IllegalArgumentException(
          "isolatedWarningDebtRatio must be positive: " + isolatedWarningDebtRatio.toPlainString());
    }
    stablecoins = Set.copyOf(Objects.requireNonNull(stablecoins, "stablecoins is null"));
    Objects.requireNonNull(preTradeLimits, "preTradeLimits is null");
    Objects.requireNonNull(liveMarkPrices, "liveMarkPrices is null");
  }

  /**
   * A configuration that polls mark prices only.
   *
   * @param rulesRefreshInterval see {@link #rulesRefreshInterval()}
   * @param markPriceRefreshInterval see {@link #markPriceRefreshInterval()}
   * @param maxRulesAge see {@link #maxRulesAge()}
   * @param maxMarkPriceAge see {@link #maxMarkPriceAge()}
   * @param priceBandCheck see {@link #priceBandCheck()}
   * @param isolatedWarningDebtRatio see {@link #isolatedWarningDebtRatio()}
   * @param stablecoins see {@link #stablecoins()}; copied
   * @param preTradeLimits see {@link #preTradeLimits()}
   */
  public MarginApplicationConfig(
      Duration rulesRefreshInterval,
      Duration markPriceRefreshInterval,
      Duration maxRulesAge,
      Duration maxMarkPriceAge,
      boolean priceBandCheck,
      BigDecimal isolatedWarningDebtRatio,
      Set<Currency> stablecoins,
      PreTradeLimits preTradeLimits) {
    this(
        rulesRefreshInterval,
        markPriceRefreshInterval,
        maxRulesAge,
        maxMarkPriceAge,
        priceBandCheck,
        isolatedWarningDebtRatio,
        stablecoins,
        preTradeLimits,
        LiveMarkPrices.off());
  }

  /**
   * A configuration with the default pre-trade limits.
   *
   * @param rulesRefreshInterval see {@link #rulesRefreshInterval()}
   * @param markPriceRefreshInterval see {@link #markPriceRefreshInterval()}
   * @param maxRulesAge see {@link #maxRulesAge()}
   * @param maxMarkPriceAge see {@link #maxMarkPriceAge()}
   * @param priceBandCheck see {@link #priceBandCheck()}
   * @param isolatedWarningDebtRatio see {@link #isolatedWarningDebtRatio()}
   * @param stablecoins see {@link #stablecoins()}; copied
   */
  public MarginApplicationConfig(
      Duration rulesRefreshInterval,
      Duration markPriceRefreshInterval,
      Duration maxRulesAge,
      Duration maxMarkPriceAge,
      boolean priceBandCheck,
      BigDecimal isolatedWarningDebtRatio,
      Set<Currency> stablecoins) {
    this(
        rulesRefreshInterval,
        markPriceRefreshInterval,
        maxRulesAge,
        maxMarkPriceAge,
        priceBandCheck,
        isolatedWarningDebtRatio,
        stablecoins,
        PreTradeLimits.defaults());
  }

  /**
   * A configuration with the default stablecoins.
   *
   * @param rulesRefreshInterval see {@link #rulesRefreshInterval()}
   * @param markPriceRefreshInterval see {@link #markPriceRefreshInterval()}
   * @param maxRulesAge see {@link #maxRulesAge()}
   * @param maxMarkPriceAge see {@link #maxMarkPriceAge()}
   * @param priceBandCheck see {@link #priceBandCheck()}
   * @param isolatedWarningDebtRatio see {@link #isolatedWarningDebtRatio()}
   */
  public MarginApplicationConfig(
      Duration rulesRefreshInterval,
      Duration markPriceRefreshInterval,
      Duration maxRulesAge,
      Duration maxMarkPriceAge,
      boolean priceBandCheck,
      BigDecimal isolatedWarningDebtRatio) {
    this(
        rulesRefreshInterval,
        markPriceRefreshInterval,
        maxRulesAge,
        maxMarkPriceAge,
        priceBandCheck,
        isolatedWarningDebtRatio,
        DEFAULT_STABLECOINS);
  }

  /**
   * Rules refreshed every 5 minutes and trusted for 30, mark prices refreshed every 5 seconds and
   * trusted for 60, the price band checked, no isolated warning level.
   *
   * @return the default configuration
   */
  public static MarginApplicationConfig defaults() {
    return builder().build();
  }

  /**
   * A builder holding the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static MarginApplicationConfigBuilder builder() {
    return new MarginApplicationConfigBuilder();
  }

  /**
   * A builder holding this configuration, to change some of it.
   *
   * @return a new builder
   */
  public MarginApplicationConfigBuilder toBuilder() {
    return new MarginApplicationConfigBuilder(this);
  }

  /**
   * This configuration with other refresh intervals.
   *
   * @param rules for symbols and config
   * @param markPrices for mark prices
   * @return a new configuration
   */
  public MarginApplicationConfig withRefreshIntervals(Duration rules, Duration markPrices) {
    return toBuilder().rulesRefreshInterval(rules).markPriceRefreshInterval(markPrices).build();
  }

  /**
   * This configuration with other maximum ages.
   *
   * @param rules the oldest rules trusted
   * @param markPrices the oldest reference mark price trusted
   * @return a new configuration
   */
  public MarginApplicationConfig withMaxAges(Duration rules, Duration markPrices) {
    return toBuilder().maxRulesAge(rules).maxMarkPriceAge(markPrices).build();
  }

  /**
   * This configuration with the price-band check on or off.
   *
   * @param enabled false to skip the band and mark-price checks
   * @return a new configuration
   */
  public MarginApplicationConfig withPriceBandCheck(boolean enabled) {
    return toBuilder().priceBandCheck(enabled).build();
  }

  /**
   * This configuration with a warning level for isolated positions.
   *
   * @param ratio positive, e.g. {@code 0.9}; null for none
   * @return a new configuration
   */
  public MarginApplicationConfig withIsolatedWarningDebtRatio(BigDecimal ratio) {
    return toBuilder().isolatedWarningDebtRatio(ratio).build();
  }

  /**
   * A copy whose joint stress moves hold these currencies still.
   *
   * @param currencies the stablecoins; never null, may be empty
   * @return the copy
   */
  public MarginApplicationConfig withStablecoins(Set<Currency> currencies) {
    return toBuilder().stablecoins(currencies).build();
  }

  /**
   * A copy with other pre-trade limits.
   *
   * @param limits the host's limits; never null
   * @return the copy
   */
  public MarginApplicationConfig withPreTradeLimits(PreTradeLimits limits) {
    return toBuilder().preTradeLimits(limits).build();
  }

  /**
   * A copy that takes mark prices from a live stream too, or stops doing so.
   *
   * @param live how; {@link LiveMarkPrices#off()} for polling only
   * @return the copy
   */
  public MarginApplicationConfig withLiveMarkPrices(LiveMarkPrices live) {
    return toBuilder().liveMarkPrices(live).build();
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, () -> name + " is null");
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    if (duration.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_DURATION + ": " + duration);
    }
  }
}
