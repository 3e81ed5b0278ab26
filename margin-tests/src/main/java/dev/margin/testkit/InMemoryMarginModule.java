package dev.margin.testkit;

import com.google.inject.AbstractModule;
import dev.margin.domain.port.CrossMarginSymbols;
import dev.margin.domain.port.IsolatedMarginSymbols;
import dev.margin.domain.port.LeveragedTokens;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarginSettings;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.domain.port.MarkPrices;
import java.util.Objects;

/**
 * Binds every market-data port to an {@link InMemoryMarginMarketData}, and {@link MarkPriceStream}
 * to an {@link InMemoryMarkPriceStream}: use it in place of {@code KucoinHttpModule} in a host's
 * tests.
 *
 * <pre>{@code
 * InMemoryMarginMarketData market = InMemoryMarginMarketData.ofKucoinExamples();
 * Injector injector = Guice.createInjector(
 *     new InMemoryMarginModule(market), new MarginApplicationModule());
 * }</pre>
 */
public final class InMemoryMarginModule extends AbstractModule {
  private final InMemoryMarginMarketData market;
  private final InMemoryMarkPriceStream stream;

  /**
   * A module over the given market, which the test keeps to change or break it.
   *
   * @param market the in-memory market; never null
   */
  public InMemoryMarginModule(InMemoryMarginMarketData market) {
    this(market, new InMemoryMarkPriceStream());
  }

  /**
   * A module over the given market and mark-price stream, which the test keeps to drive them.
   *
   * @param market the in-memory market; never null
   * @param stream the in-memory stream, bound as {@link MarkPriceStream}; never null
   */
  public InMemoryMarginModule(InMemoryMarginMarketData market, InMemoryMarkPriceStream stream) {
    this.market = Objects.requireNonNull(market, "market is null");
    this.stream = Objects.requireNonNull(stream, "stream is null");
  }

  @Override
  protected void configure() {
    bind(InMemoryMarginMarketData.class).toInstance(market);
    bind(MarginMarketData.class).toInstance(market);
    bind(CrossMarginSymbols.class).toInstance(market);
    bind(IsolatedMarginSymbols.class).toInstance(market);
    bind(LeveragedTokens.class).toInstance(market);
    bind(MarkPrices.class).toInstance(market);
    bind(MarginSettings.class).toInstance(market);
    bind(InMemoryMarkPriceStream.class).toInstance(stream);
    bind(MarkPriceStream.class).toInstance(stream);
  }
}
