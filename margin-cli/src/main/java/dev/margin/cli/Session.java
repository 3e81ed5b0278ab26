package dev.margin.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.adapters.http.kucoin.KucoinHttpModule;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarginApplicationModule;
import dev.margin.app.MarginRisk;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.RiskMonitor;
import dev.margin.domain.model.Currency;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.domain.port.MarkPriceStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Function;

/**
 * One command's market data, wired as a host wires it: the KuCoin HTTP module (pointed at the
 * snapshot server or a live base URL) and the application module, with the CLI's clock.
 */
final class Session implements AutoCloseable {
  /** "No staleness check": longer than any snapshot will live. */
  static final Duration FOREVER = Duration.ofDays(365L * 1000);

  private final SnapshotServer server;
  private final Injector injector;
  private final boolean snapshot;
  private MarketRulesCache rulesUsed;
  private RiskMonitor monitorUsed;

  Session(CommonOptions options, Set<SnapshotFile> needed) {
    this(options, needed, null, LiveMarkPrices.off());
  }

  /**
   * A session whose stream of mark prices is {@code replay}'s (on the snapshot), or KuCoin's (with
   * {@code --base-url}), and whose market rules take them as {@code live} says.
   */
  Session(
      CommonOptions options, Set<SnapshotFile> needed, ReplayServer replay, LiveMarkPrices live) {
    if (options.snapshot != null && options.baseUrl != null) {
      throw new UsageException("--snapshot and --base-url cannot be used together");
    }
    if (replay != null && options.baseUrl != null) {
      throw new UsageException("--replay and --base-url cannot be used together");
    }
    String baseUrl;
    if (options.baseUrl != null) {
      server = null;
      baseUrl = options.baseUrl;
      snapshot = false;
    } else {
      server =
          new SnapshotServer(
              files(options.snapshot, options.at(options.snapshot)),
              needed,
              replay == null ? null : replay.endpoint());
      baseUrl = server.baseUrl();
      snapshot = true;
    }
    KucoinHttpConfig http;
    try {
      http = KucoinHttpConfig.defaults().withBaseUrl(baseUrl);
    } catch (IllegalArgumentException e) {
      close();
      throw new UsageException(e.getMessage());
    }
    Duration maxMarkAge =
        options.maxMarkAge != null
            ? options.maxMarkAge
            : snapshot ? FOREVER : Duration.ofSeconds(60);
    MarginApplicationConfig app =
        MarginApplicationConfig.defaults()
            .withMaxAges(snapshot ? FOREVER : Duration.ofMinutes(30), maxMarkAge)
            .withLiveMarkPrices(live);
    Clock clock =
        options.now == null ? Clock.systemUTC() : Clock.fixed(options.now, ZoneOffset.UTC);
    injector =
        Guice.createInjector(new KucoinHttpModule(http), new MarginApplicationModule(app, clock));
  }

  /** The files of a snapshot directory, or of the bundled snapshot. */
  static Function<SnapshotFile, byte[]> files(Path directory) {
    return files(directory, directory);
  }

  /** The files of the snapshot directory named {@code directory} (so errors say), at {@code at}. */
  static Function<SnapshotFile, byte[]> files(Path directory, Path at) {
    if (directory != null && !Files.isDirectory(at)) {
      throw new UsageException("--snapshot " + directory + " is not a directory");
    }
    return file -> {
      try {
        if (directory != null) {
          Path path = at.resolve(file.fileName);
          return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        }
        try (InputStream in = Session.class.getResourceAsStream("snapshot/" + file.fileName)) {
          return in == null ? null : in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  boolean isSnapshot() {
    return snapshot;
  }

  MarginMarketData marketData() {
    return injector.getInstance(MarginMarketData.class);
  }

  MarketRulesCache rules() {
    rulesUsed = injector.getInstance(MarketRulesCache.class);
    return rulesUsed;
  }

  OrderValidation validation() {
    return injector.getInstance(OrderValidation.class);
  }

  MarginRisk risk() {
    return injector.getInstance(MarginRisk.class);
  }

  /** The stablecoins a joint stress move holds still, as the application is configured. */
  Set<Currency> stablecoins() {
    return injector.getInstance(MarginApplicationConfig.class).stablecoins();
  }

  MarkPriceStream stream() {
    return injector.getInstance(MarkPriceStream.class);
  }

  RiskMonitor monitor() {
    monitorUsed = injector.getInstance(RiskMonitor.class);
    return monitorUsed;
  }

  PreTradeCheck preTradeCheck() {
    return injector.getInstance(PreTradeCheck.class);
  }

  @Override
  public void close() {
    if (monitorUsed != null) {
      monitorUsed.close();
    }
    if (rulesUsed != null) {
      rulesUsed.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
