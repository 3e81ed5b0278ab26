package dev.margin.spring.boot;

import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationConfigBuilder;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * margin's {@code margin.*} properties. Every default is the library's own ({@link
 * KucoinHttpConfig#defaults()}, {@link MarginApplicationConfig#defaults()}, {@link
 * LiveMarkPrices#off()}); each group is checked as it is bound, by the library's own rules, so a
 * bad value fails the context at start with the property's group and the reason.
 *
 * @param source where market data comes from: kucoin (the default), or in-memory for the test kit's
 *     KuCoin example market, offline (needs dev.margin:margin-tests on the classpath)
 * @param kucoin how the KuCoin adapter connects
 * @param rules how the market rules are refreshed and trusted
 * @param markPrices how the mark prices are refreshed and trusted, and the live stream
 * @param orders how orders are checked
 * @param risk the risk checks' settings
 * @param metrics which optional meters are made
 */
@ConfigurationProperties("margin")
public record MarginProperties(
    @DefaultValue("kucoin") Source source,
    @DefaultValue Kucoin kucoin,
    @DefaultValue Rules rules,
    @DefaultValue MarkPrices markPrices,
    @DefaultValue Orders orders,
    @DefaultValue Risk risk,
    @DefaultValue Metrics metrics) {

  /** Where market data comes from. */
  public enum Source {
    /** KuCoin's REST API and mark-price stream, at {@code margin.kucoin.base-url}. */
    KUCOIN,
    /** The test kit's in-memory market ({@code dev.margin:margin-tests}), offline. */
    IN_MEMORY
  }

  /** The application configuration these properties describe. */
  MarginApplicationConfig applicationConfig() {
    MarginApplicationConfigBuilder builder = MarginApplicationConfig.builder();
    rules.applyTo(builder);
    markPrices.applyTo(builder);
    orders.applyTo(builder);
    risk.applyTo(builder);
    return builder.build();
  }

  /**
   * How the KuCoin adapter connects ({@link KucoinHttpConfig}).
   *
   * @param baseUrl the API root: https, or plain http to a loopback host only (a local test server)
   * @param connectTimeout how long to wait for a connection, 1 ms to 1 minute
   * @param readTimeout how long to wait for one response, 1 ms to 5 minutes
   * @param deadline the longest one call may take, every attempt, backoff and rate-limit wait
   *     included, 1 ms to 10 minutes
   * @param maxAttempts how many requests one call may send, 1 to 10 (1: no retry)
   * @param initialBackoff the wait before the first retry, doubled for each further one, with full
   *     jitter
   * @param maxBackoff the longest wait between two attempts; at least the initial backoff
   * @param publicQuota the weight the client lets itself spend per window in KuCoin's Public pool
   * @param spotQuota the weight the client lets itself spend per window in KuCoin's Spot pool
   * @param rateWindow the length of a rate-limit window
   * @param waitWhenRateLimited whether to wait for a spent pool's reset when it comes before the
   *     deadline (else fail at once)
   */
  public record Kucoin(
      @DefaultValue("https://api.kucoin.com") URI baseUrl,
      @DefaultValue("2s") Duration connectTimeout,
      @DefaultValue("5s") Duration readTimeout,
      @DefaultValue("10s") Duration deadline,
      @DefaultValue("3") int maxAttempts,
      @DefaultValue("200ms") Duration initialBackoff,
      @DefaultValue("2s") Duration maxBackoff,
      @DefaultValue("2000") int publicQuota,
      @DefaultValue("4000") int spotQuota,
      @DefaultValue("30s") Duration rateWindow,
      @DefaultValue("true") boolean waitWhenRateLimited) {

    /**
     * Checks the values as {@link KucoinHttpConfig} does.
     *
     * @param baseUrl see {@link #baseUrl()}
     * @param connectTimeout see {@link #connectTimeout()}
     * @param readTimeout see {@link #readTimeout()}
     * @param deadline see {@link #deadline()}
     * @param maxAttempts see {@link #maxAttempts()}
     * @param initialBackoff see {@link #initialBackoff()}
     * @param maxBackoff see {@link #maxBackoff()}
     * @param publicQuota see {@link #publicQuota()}
     * @param spotQuota see {@link #spotQuota()}
     * @param rateWindow see {@link #rateWindow()}
     * @param waitWhenRateLimited see {@link #waitWhenRateLimited()}
     * @throws IllegalArgumentException if a value is out of its range
     */
    public Kucoin {
      httpConfig(
          baseUrl,
          connectTimeout,
          readTimeout,
          deadline,
          maxAttempts,
          initialBackoff,
          maxBackoff,
          publicQuota,
          spotQuota,
          rateWindow,
          waitWhenRateLimited);
    }

    /** The adapter's configuration. */
    KucoinHttpConfig httpConfig() {
      return httpConfig(
          baseUrl,
          connectTimeout,
          readTimeout,
          deadline,
          maxAttempts,
          initialBackoff,
          maxBackoff,
          publicQuota,
          spotQuota,
          rateWindow,
          waitWhenRateLimited);
    }

    private static KucoinHttpConfig httpConfig(
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration deadline,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        int publicQuota,
        int spotQuota,
        Duration rateWindow,
        boolean waitWhenRateLimited) {
      return KucoinHttpConfig.builder()
          .baseUrl(baseUrl)
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .deadline(deadline)
          .maxAttempts(maxAttempts)
          .initialBackoff(initialBackoff)
          .maxBackoff(maxBackoff)
          .publicQuota(publicQuota)
          .spotQuota(spotQuota)
          .rateWindow(rateWindow)
          .waitWhenRateLimited(waitWhenRateLimited)
          .build();
    }
  }

  /**
   * How the market rules (cross and isolated symbols, the margin config) are refreshed and trusted.
   *
   * @param refreshInterval how often the scheduled refresh reloads the rules
   * @param maxAge rules older than this fail every validation closed, and the health is down
   * @param start whether the scheduled refreshes start with the application context (false: the
   *     host calls {@code MarketRulesCache.start()} or refreshes on demand)
   */
  public record Rules(
      @DefaultValue("5m") Duration refreshInterval,
      @DefaultValue("30m") Duration maxAge,
      @DefaultValue("true") boolean start) {

    /**
     * Checks the values as {@link MarginApplicationConfig} does.
     *
     * @param refreshInterval see {@link #refreshInterval()}
     * @param maxAge see {@link #maxAge()}
     * @param start see {@link #start()}
     * @throws IllegalArgumentException if a duration is not positive or above 1,000 years
     */
    public Rules {
      applyTo(MarginApplicationConfig.builder(), refreshInterval, maxAge).build();
    }

    void applyTo(MarginApplicationConfigBuilder builder) {
      applyTo(builder, refreshInterval, maxAge);
    }

    private static MarginApplicationConfigBuilder applyTo(
        MarginApplicationConfigBuilder builder, Duration refreshInterval, Duration maxAge) {
      return builder.rulesRefreshInterval(refreshInterval).maxRulesAge(maxAge);
    }
  }

  /**
   * How the mark prices are refreshed and trusted.
   *
   * @param refreshInterval how often the scheduled refresh reloads all mark prices (one call)
   * @param maxAge a reference mark price older than this fails the price-band check closed, and
   *     mark prices loaded longer ago than this put the health down
   * @param live whether and how mark prices also come from KuCoin's live stream
   */
  public record MarkPrices(
      @DefaultValue("5s") Duration refreshInterval,
      @DefaultValue("60s") Duration maxAge,
      @DefaultValue Live live) {

    /**
     * Checks the values as {@link MarginApplicationConfig} does.
     *
     * @param refreshInterval see {@link #refreshInterval()}
     * @param maxAge see {@link #maxAge()}
     * @param live see {@link #live()}
     * @throws IllegalArgumentException if a duration is not positive or above 1,000 years
     */
    public MarkPrices {
      applyTo(MarginApplicationConfig.builder(), refreshInterval, maxAge).build();
    }

    void applyTo(MarginApplicationConfigBuilder builder) {
      applyTo(builder, refreshInterval, maxAge).liveMarkPrices(live.liveMarkPrices());
    }

    private static MarginApplicationConfigBuilder applyTo(
        MarginApplicationConfigBuilder builder, Duration refreshInterval, Duration maxAge) {
      return builder.markPriceRefreshInterval(refreshInterval).maxMarkPriceAge(maxAge);
    }
  }

  /**
   * Mark prices from the live stream ({@link LiveMarkPrices}).
   *
   * @param enabled whether mark prices also come from KuCoin's live stream
   * @param pace how often the ticks received are swapped in, 1 ms to 1 minute
   * @param pollingAfter how long the stream may be down (or not yet up) before polling resumes
   * @param symbols the symbols to follow, e.g. USDT-BTC; empty for every symbol of the mark prices
   *     first polled (polling then stops while the stream is up)
   */
  public record Live(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("100ms") Duration pace,
      @DefaultValue("10s") Duration pollingAfter,
      @DefaultValue List<String> symbols) {

    /**
     * Checks the values as {@link LiveMarkPrices} does.
     *
     * @param enabled see {@link #enabled()}
     * @param pace see {@link #pace()}
     * @param pollingAfter see {@link #pollingAfter()}
     * @param symbols see {@link #symbols()}; copied
     * @throws IllegalArgumentException if a duration is out of its range or a symbol is not one
     */
    public Live {
      symbols = List.copyOf(symbols);
      liveMarkPrices(enabled, pace, pollingAfter, symbols);
    }

    LiveMarkPrices liveMarkPrices() {
      return liveMarkPrices(enabled, pace, pollingAfter, symbols);
    }

    private static LiveMarkPrices liveMarkPrices(
        boolean enabled, Duration pace, Duration pollingAfter, List<String> symbols) {
      return new LiveMarkPrices(
          enabled,
          pace,
          pollingAfter,
          symbols.stream().map(Symbol::parse).collect(Collectors.toUnmodifiableSet()));
    }
  }

  /**
   * How orders are checked.
   *
   * @param priceBandCheck whether limit prices are checked against the price-protection band around
   *     the mark price (false skips the band and the mark-price checks altogether)
   */
  public record Orders(@DefaultValue("true") boolean priceBandCheck) {

    void applyTo(MarginApplicationConfigBuilder builder) {
      builder.priceBandCheck(priceBandCheck);
    }
  }

  /**
   * The risk checks' settings.
   *
   * @param isolatedWarningDebtRatio a warning level for isolated positions, below their liquidation
   *     ratio, e.g. {@code 0.9}; none by default (KuCoin publishes none)
   * @param stablecoins the currencies a joint stress move holds still (with the valuation currency)
   */
  public record Risk(
      BigDecimal isolatedWarningDebtRatio,
      @DefaultValue({"USDT", "USDC", "DAI", "TUSD", "BUSD", "USDD", "USDP", "FDUSD", "PYUSD"})
          List<String> stablecoins) {

    /**
     * Checks the values as {@link MarginApplicationConfig} does.
     *
     * @param isolatedWarningDebtRatio see {@link #isolatedWarningDebtRatio()}
     * @param stablecoins see {@link #stablecoins()}; copied
     * @throws IllegalArgumentException if the ratio is not positive, or a currency is not one
     */
    public Risk {
      stablecoins = List.copyOf(stablecoins);
      applyTo(MarginApplicationConfig.builder(), isolatedWarningDebtRatio, stablecoins).build();
    }

    void applyTo(MarginApplicationConfigBuilder builder) {
      applyTo(builder, isolatedWarningDebtRatio, stablecoins);
    }

    private static MarginApplicationConfigBuilder applyTo(
        MarginApplicationConfigBuilder builder,
        BigDecimal isolatedWarningDebtRatio,
        List<String> stablecoins) {
      return builder
          .isolatedWarningDebtRatio(isolatedWarningDebtRatio)
          .stablecoins(
              stablecoins.stream().map(Currency::of).collect(Collectors.toUnmodifiableSet()));
    }
  }

  /**
   * Which optional meters are made, when Micrometer and {@code margin-micrometer} are on the
   * classpath and a {@code MeterRegistry} bean exists.
   *
   * @param verdicts whether the OrderValidation and PreTradeCheck beans count their verdicts
   *     (margin.orders.verdicts, margin.orders.violations); off by default, as the counting is on
   *     the order path
   */
  public record Metrics(@DefaultValue("false") boolean verdicts) {}
}
