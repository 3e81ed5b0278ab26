package dev.margin.app;

import dev.margin.domain.port.MarginMarketData;
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

  private MarginApplication(
      CachedMarketRules marketRules,
      OrderValidator orderValidation,
      RiskService risk,
      PreTradeService preTrade) {
    this.marketRules = marketRules;
    this.orderValidation = orderValidation;
    this.risk = risk;
    this.preTrade = preTrade;
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
    Objects.requireNonNull(marketData, "marketData is null");
    CachedMarketRules rules =
        new CachedMarketRules(marketData, marketData, marketData, marketData, clock, config);
    OrderValidator validator = new OrderValidator(rules, clock, config);
    return new MarginApplication(
        rules,
        validator,
        new RiskService(rules, clock, config),
        new PreTradeService(rules, validator, clock, config));
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

  /** Stops the scheduled refreshes. */
  @Override
  public void close() {
    marketRules.close();
  }
}
