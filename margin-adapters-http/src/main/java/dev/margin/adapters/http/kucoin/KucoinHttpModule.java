package dev.margin.adapters.http.kucoin;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPrices;
import java.util.Objects;

/**
 * Binds every market-data port to the KuCoin adapter. A private module: only the ports are exposed,
 * so nothing of the adapter (its JSON mapper, its HTTP client) can clash with the host's bindings.
 * Configuring it makes no network call.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *     new KucoinHttpModule(KucoinHttpConfig.defaults()), new MarginApplicationModule());
 * }</pre>
 */
public final class KucoinHttpModule extends PrivateModule {
  private final KucoinHttpConfig config;
  private final KucoinCallListener listener;

  /**
   * A module for the given connection.
   *
   * @param config where and how to connect; never null
   */
  public KucoinHttpModule(KucoinHttpConfig config) {
    this(config, KucoinCallListener.NONE);
  }

  /**
   * A module for the given connection, reporting every call.
   *
   * @param config where and how to connect; never null
   * @param listener hears every call, for the host's metrics; never null
   */
  public KucoinHttpModule(KucoinHttpConfig config, KucoinCallListener listener) {
    this.config = Objects.requireNonNull(config, "config is null");
    this.listener = Objects.requireNonNull(listener, "listener is null");
  }

  @Override
  protected void configure() {
    bind(CrossMarginSymbols.class).to(MarginMarketData.class);
    bind(IsolatedMarginSymbols.class).to(MarginMarketData.class);
    bind(LeveragedTokens.class).to(MarginMarketData.class);
    bind(MarkPrices.class).to(MarginMarketData.class);
    bind(MarginSettings.class).to(MarginMarketData.class);
    expose(MarginMarketData.class);
    expose(CrossMarginSymbols.class);
    expose(IsolatedMarginSymbols.class);
    expose(LeveragedTokens.class);
    expose(MarkPrices.class);
    expose(MarginSettings.class);
  }

  @Provides
  @Singleton
  MarginMarketData kucoinMarketData() {
    return KucoinHttp.create(config, listener);
  }
}
