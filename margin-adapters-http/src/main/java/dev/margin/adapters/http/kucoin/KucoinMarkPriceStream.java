package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Mark prices over KuCoin's public WebSocket: each subscription its own link, its token from {@code
 * POST /api/v1/bullet-public} through the REST adapter's deadline, retries and rate budget.
 */
final class KucoinMarkPriceStream implements MarkPriceStream {

  /** KuCoin's cap of topics on one connection (the lower of the two figures it publishes). */
  static final int MAX_SYMBOLS = 300;

  private final Supplier<StreamToken> tokens;
  private final HttpClient client;
  private final KucoinStreamConfig config;
  private final Clock clock;

  KucoinMarkPriceStream(
      Supplier<StreamToken> tokens, HttpClient client, KucoinStreamConfig config, Clock clock) {
    this.tokens = tokens;
    this.client = client;
    this.config = config;
    this.clock = clock;
  }

  /** {@return 300: the lower of the two per-connection limits KuCoin publishes} */
  @Override
  public int maxSymbolsPerSubscription() {
    return MAX_SYMBOLS;
  }

  @Override
  public Subscription subscribe(Set<Symbol> symbols, MarkPriceListener listener) {
    Objects.requireNonNull(symbols, "symbols is null");
    Objects.requireNonNull(listener, "listener is null");
    if (symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
      throw new IllegalArgumentException(
          "symbols must hold 1 to " + MAX_SYMBOLS + " symbols: " + symbols.size());
    }
    List<Symbol> list = new ArrayList<>(symbols.size());
    for (Symbol symbol : symbols) {
      list.add(Objects.requireNonNull(symbol, "symbol is null"));
    }
    StreamSession session = new StreamSession(tokens, client, config, clock, list, listener);
    session.start();
    return session;
  }
}
