package dev.margin.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds margin's use cases: {@link MarketRulesCache} (also as {@link MarketRules}), {@link
 * OrderValidation}, {@link MarginRisk}, {@link PreTradeCheck} and {@link RiskMonitor}. Requires the
 * market-data ports, bound by an adapter module such as {@code KucoinHttpModule} or the test kit's
 * {@code InMemoryMarginModule}; and, when {@link MarginApplicationConfig#liveMarkPrices()} is on, a
 * {@link MarkPriceStream} (which {@code KucoinHttpModule} binds too). The clock defaults to UTC
 * system time; a host gives its own to {@link #MarginApplicationModule(MarginApplicationConfig,
 * Clock)}, or binds it with {@code OptionalBinder.newOptionalBinder(binder(),
 * Clock.class).setBinding()}. Nothing is loaded or scheduled until the host calls {@link
 * MarketRulesCache#refreshRules()} or {@link MarketRulesCache#start()}.
 */
// Guice is optional (requires static): a host that uses this module requires Guice itself
@SuppressWarnings("exports")
public final class MarginApplicationModule extends AbstractModule {
  private final MarginApplicationConfig config;
  private final Clock clock;

  /** A module with the default configuration. */
  public MarginApplicationModule() {
    this(MarginApplicationConfig.defaults());
  }

  /**
   * A module with the given configuration.
   *
   * @param config refresh intervals and maximum ages; never null
   */
  public MarginApplicationModule(MarginApplicationConfig config) {
    this.config = Objects.requireNonNull(config, "config is null");
    this.clock = null;
  }

  /**
   * A module with the given configuration and clock. The clock is bound as a host's {@code
   * OptionalBinder} override would bind it, so a second override is a Guice binding error.
   *
   * @param config refresh intervals and maximum ages; never null
   * @param clock the time every age and timestamp is measured by; never null
   */
  public MarginApplicationModule(MarginApplicationConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  @Override
  protected void configure() {
    requireBinding(CrossMarginSymbols.class);
    requireBinding(IsolatedMarginSymbols.class);
    requireBinding(LeveragedTokens.class);
    requireBinding(MarkPrices.class);
    requireBinding(MarginSettings.class);
    OptionalBinder.newOptionalBinder(binder(), MarkPriceStream.class);
    if (config.liveMarkPrices().enabled()) {
      requireBinding(MarkPriceStream.class);
    }
    OptionalBinder<Clock> clockBinder = OptionalBinder.newOptionalBinder(binder(), Clock.class);
    clockBinder.setDefault().toInstance(Clock.systemUTC());
    if (clock != null) {
      clockBinder.setBinding().toInstance(clock);
    }
    bind(MarginApplicationConfig.class).toInstance(config);
    bind(MarketRulesCache.class).to(CachedMarketRules.class);
    bind(MarketRules.class).to(CachedMarketRules.class);
    bind(OrderValidation.class).to(OrderValidator.class);
    bind(MarginRisk.class).to(RiskService.class);
    bind(PreTradeCheck.class).to(PreTradeService.class);
    bind(RiskMonitor.class).to(PositionWatch.class);
  }

  @Provides
  @Singleton
  CachedMarketRules marketRules(
      CrossMarginSymbols crossSymbols,
      IsolatedMarginSymbols isolatedSymbols,
      MarginSettings settings,
      MarkPrices markPrices,
      Optional<MarkPriceStream> stream,
      Clock clock) {
    return new CachedMarketRules(
        crossSymbols,
        isolatedSymbols,
        settings,
        markPrices,
        config.liveMarkPrices().enabled() ? stream.orElse(null) : null,
        clock,
        config);
  }

  @Provides
  @Singleton
  RiskService risk(CachedMarketRules rules, Clock clock) {
    return new RiskService(rules, clock, config);
  }

  @Provides
  @Singleton
  OrderValidator orderValidator(CachedMarketRules rules, Clock clock) {
    return new OrderValidator(rules, clock, config);
  }

  @Provides
  @Singleton
  PositionWatch riskMonitor(CachedMarketRules rules, RiskService risk, Clock clock) {
    return new PositionWatch(rules, risk, clock);
  }

  @Provides
  @Singleton
  PreTradeService preTrade(CachedMarketRules rules, OrderValidator validator, Clock clock) {
    return new PreTradeService(rules, validator, clock, config);
  }
}
