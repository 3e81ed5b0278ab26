package dev.margin.cli;

import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.port.MarginMarketData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code record}: fetches the five list endpoints' raw bodies, reads them back through the real
 * adapter (so a body the library cannot read is never written), then writes the snapshot.
 */
@Command(
    name = "record",
    description =
        "Fetches the five list endpoints from --base-url and writes a snapshot directory.",
    footer = {"", "Example:", "  ./margin record --base-url https://api.kucoin.com --out snapshot"})
final class RecordCommand extends BaseCommand {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write the snapshot.")
  Path out;

  /** The check reads the fetched bodies back as snapshot files. */
  @Override
  boolean readsFiles() {
    return true;
  }

  @Override
  int run() {
    if (common.baseUrl == null) {
      throw new UsageException("record needs --base-url");
    }
    KucoinHttpConfig config;
    try {
      config = KucoinHttpConfig.defaults().withBaseUrl(common.baseUrl);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Map<SnapshotFile, byte[]> bodies = fetch(config);
    try (SnapshotServer check =
        new SnapshotServer(bodies::get, EnumSet.allOf(SnapshotFile.class))) {
      MarginMarketData replay =
          KucoinHttp.create(KucoinHttpConfig.defaults().withBaseUrl(check.baseUrl()));
      int symbols = replay.allCrossSymbols().size();
      int isolated = replay.allIsolatedSymbols().size();
      int marks = replay.allMarkPrices().size();
      replay.marginConfig();
      int tokens = replay.allLeveragedTokens().size();
      write(bodies);
      out()
          .printf(
              "recorded %d symbols, %d isolated symbols, %d mark prices, the margin config and %d leveraged tokens in %s%n",
              symbols, isolated, marks, tokens, out);
      out().flush();
      return 0;
    }
  }

  private static Map<SnapshotFile, byte[]> fetch(KucoinHttpConfig config) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    Map<SnapshotFile, byte[]> bodies = new EnumMap<>(SnapshotFile.class);
    for (SnapshotFile file : SnapshotFile.values()) {
      String endpoint = "GET " + file.path;
      try {
        HttpResponse<byte[]> response =
            client.send(
                HttpRequest.newBuilder(URI.create(config.baseUrl() + file.path))
                    .timeout(config.readTimeout())
                    .header("User-Agent", KucoinHttp.USER_AGENT)
                    .header("Accept", "application/json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new MarketDataUnavailableException(
              endpoint + " failed: HTTP " + response.statusCode(), null);
        }
        bodies.put(file, response.body());
      } catch (IOException e) {
        throw new MarketDataUnavailableException(endpoint + " failed: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MarketDataUnavailableException(endpoint + " interrupted", e);
      }
    }
    return bodies;
  }

  private void write(Map<SnapshotFile, byte[]> bodies) {
    try {
      Files.createDirectories(out);
      for (Map.Entry<SnapshotFile, byte[]> body : bodies.entrySet()) {
        Files.write(out.resolve(body.getKey().fileName), body.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
