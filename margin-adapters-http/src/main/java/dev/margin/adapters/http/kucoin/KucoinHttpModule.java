package dev.margin.adapters.http.kucoin;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import java.time.Clock;
import java.util.Objects;

/**
 * Binds every market-data port to the KuCoin adapter, and {@link MarkPriceStream} to its WebSocket
 * stream over the same client and call policy. A private module: only the ports are exposed, so
 * nothing of the adapter (its JSON mapper, its HTTP client) can clash with the host's bindings.
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
  private final KucoinStreamConfig streamBounds;

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
    this(config, listener, KucoinStreamConfig.defaults());
  }

  /**
   * A module for the given connection, reporting every call, whose {@link MarkPriceStream} keeps
   * {@code streamBounds}.
   *
   * @param config where and how to connect; never null
   * @param listener hears every call, the stream's token calls included; never null
   * @param streamBounds the mark-price stream's timeouts, backoff and largest message; never null
   */
  public KucoinHttpModule(
      KucoinHttpConfig config, KucoinCallListener listener, KucoinStreamConfig streamBounds) {
    this.config = Objects.requireNonNull(config, "config is null");
    this.listener = Objects.requireNonNull(listener, "listener is null");
    this.streamBounds = Objects.requireNonNull(streamBounds, "streamBounds is null");
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
    expose(MarkPriceStream.class);
  }

  /** One client, API and call policy for the REST ports and the stream: one rate budget. */
  @Provides
  @Singleton
  KucoinConnection kucoinConnection() {
    return KucoinHttp.connect(config, listener);
  }

  @Provides
  @Singleton
  MarginMarketData kucoinMarketData(KucoinConnection connection) {
    return KucoinHttp.marketData(connection);
  }

  @Provides
  @Singleton
  MarkPriceStream kucoinMarkPriceStream(KucoinConnection connection) {
    return KucoinHttp.markPriceStream(connection, streamBounds, Clock.systemUTC());
  }
}
