package dev.margin.app;

import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarkPriceStream;
import java.time.Clock;
import java.util.Objects;

/**
 * margin's use cases over one venue's market data, for hosts without Guice:
 *
 * <pre>{@code
 * try (MarginApplication margin = MarginApplication.create(
 *     KucoinHttp.create(KucoinHttpConfig.defaults()), MarginApplicationConfig.defaults(),
 *     Clock.systemUTC())) {
 *   margin.marketRules().refreshRules();       // or margin.marketRules().start()
 *   margin.marketRules().refreshMarkPrices();
 *   ValidationResult verdict = margin.orderValidation().validate(order);
 *   PreTradeVerdict mayISend = margin.preTradeCheck().check(position, order);
 * }
 * }</pre>
 *
 * <p>Creating it makes no network call; nothing is loaded until a refresh. Thread-safe.
 */
public final class MarginApplication implements AutoCloseable {
  private final CachedMarketRules marketRules;
  private final OrderValidator orderValidation;
  private final RiskService risk;
  private final PreTradeService preTrade;
  private final PositionWatch monitor;

  private MarginApplication(
      CachedMarketRules marketRules,
      OrderValidator orderValidation,
      RiskService risk,
      PreTradeService preTrade,
      PositionWatch monitor) {
    this.marketRules = marketRules;
    this.orderValidation = orderValidation;
    this.risk = risk;
    this.preTrade = preTrade;
    this.monitor = monitor;
  }

  /**
   * The use cases over {@code marketData}.
   *
   * @param marketData the venue's ports, e.g. the KuCoin adapter or an in-memory one; never null
   * @param config refresh intervals and maximum ages; never null
   * @param clock the clock that ages rules and mark prices; never null
   * @return the application; close it to stop scheduled refreshes
   */
  public static MarginApplication create(
      MarginMarketData marketData, MarginApplicationConfig config, Clock clock) {
    Objects.requireNonNull(config, "config is null");
    return create(marketData, null, config, clock);
  }

  /**
   * The use cases over {@code marketData}, with mark prices also taken from a live stream when
   * {@link MarginApplicationConfig#liveMarkPrices()} is on:
   *
   * <pre>{@code
   * MarginApplication margin = MarginApplication.create(
   *     KucoinHttp.create(httpConfig),
   *     KucoinHttp.markPriceStream(httpConfig, KucoinStreamConfig.defaults()),
   *     MarginApplicationConfig.builder().liveMarkPrices(LiveMarkPrices.on()).build(),
   *     Clock.systemUTC());
   * margin.marketRules().start();   // polls once, then follows the polled symbols live
   * }</pre>
   *
   * @param marketData the venue's ports; never null
   * @param stream the venue's live mark prices; null only when the live stream is off
   * @param config refresh intervals, maximum ages and the live stream's pace; never null
   * @param clock the clock that ages rules and mark prices; never null
   * @return the application; close it to stop scheduled refreshes and the stream
   * @throws IllegalArgumentException if the live stream is on and {@code stream} is null
   */
  public static MarginApplication create(
      MarginMarketData marketData,
      MarkPriceStream stream,
      MarginApplicationConfig config,
      Clock clock) {
    Objects.requireNonNull(marketData, "marketData is null");
    CachedMarketRules rules =
        new CachedMarketRules(
            marketData, marketData, marketData, marketData, stream, clock, config);
    OrderValidator validator = new OrderValidator(rules, clock, config);
    RiskService risk = new RiskService(rules, clock, config);
    return new MarginApplication(
        rules,
        validator,
        risk,
        new PreTradeService(rules, validator, clock, config),
        new PositionWatch(rules, risk, clock));
  }

  /**
   * The use cases over {@code marketData} with the default configuration and the UTC system clock.
   *
   * @param marketData the venue's ports; never null
   * @return the application
   */
  public static MarginApplication create(MarginMarketData marketData) {
    return create(marketData, MarginApplicationConfig.defaults(), Clock.systemUTC());
  }

  /** {@return the market rules held in memory, with their refreshes} */
  public MarketRulesCache marketRules() {
    return marketRules;
  }

  /** {@return the pre-trade order check} */
  public OrderValidation orderValidation() {
    return orderValidation;
  }

  /** {@return the one-call check of the whole order against rules, account and limits} */
  public PreTradeCheck preTradeCheck() {
    return preTrade;
  }

  /** {@return the debt-ratio risk checks} */
  public MarginRisk risk() {
    return risk;
  }

  /** {@return the monitor that tells when a watched position's status changes} */
  public RiskMonitor riskMonitor() {
    return monitor;
  }

  /** Stops the scheduled refreshes, the live stream and the risk monitor. */
  @Override
  public void close() {
    marketRules.close();
    monitor.close();
  }
}
