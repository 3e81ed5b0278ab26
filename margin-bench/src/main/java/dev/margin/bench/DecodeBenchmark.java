package dev.margin.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import dev.margin.adapters.http.kucoin.DecodeProbe;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.port.MarginMarketData;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding the two largest bodies, 1,000 cross-margin symbols and 1,000 mark prices as KuCoin sends
 * them, on the same bytes: margin's decoder (envelope first, then the wire records, then validated
 * domain records with exact decimals), plain Jackson databind into records with {@code BigDecimal}
 * fields, and into {@code String} fields (the official SDK's approach; it validates nothing); and
 * the whole call over loopback, margin's adapter against the JDK client with the {@code String}
 * decode.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DecodeBenchmark {
  static final int COUNT = 1_000;

  /** A cross-margin symbol with {@code String} fields, as the official SDK reads one. */
  public record CrossText(
      String symbol,
      String name,
      boolean enableTrading,
      String market,
      String baseCurrency,
      String quoteCurrency,
      String baseIncrement,
      String baseMinSize,
      String baseMaxSize,
      String quoteIncrement,
      String quoteMinSize,
      String quoteMaxSize,
      String priceIncrement,
      String feeCurrency,
      String priceLimitRate,
      String minFunds) {}

  /** The same with {@code BigDecimal} fields. */
  public record CrossDecimal(
      String symbol,
      String name,
      boolean enableTrading,
      String market,
      String baseCurrency,
      String quoteCurrency,
      BigDecimal baseIncrement,
      BigDecimal baseMinSize,
      BigDecimal baseMaxSize,
      BigDecimal quoteIncrement,
      BigDecimal quoteMinSize,
      BigDecimal quoteMaxSize,
      BigDecimal priceIncrement,
      String feeCurrency,
      BigDecimal priceLimitRate,
      BigDecimal minFunds) {}

  /** A mark price with a {@code String} value. */
  public record MarkText(String symbol, long timePoint, String value) {}

  /** A mark price with a {@code BigDecimal} value. */
  public record MarkDecimal(String symbol, long timePoint, BigDecimal value) {}

  /** The items of the cross-symbols answer. */
  public record Items<T>(long timestamp, List<T> items) {}

  /** KuCoin's envelope. */
  public record Envelope<T>(String code, T data) {}

  static final TypeReference<Envelope<Items<CrossText>>> CROSS_TEXT = new TypeReference<>() {};
  static final TypeReference<Envelope<Items<CrossDecimal>>> CROSS_DECIMAL =
      new TypeReference<>() {};
  static final TypeReference<Envelope<List<MarkText>>> MARKS_TEXT = new TypeReference<>() {};
  static final TypeReference<Envelope<List<MarkDecimal>>> MARKS_DECIMAL = new TypeReference<>() {};

  byte[] crossBody;
  byte[] marksBody;
  final DecodeProbe probe = new DecodeProbe();
  final ObjectMapper jackson =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  HttpServer server;
  MarginMarketData kucoin;
  HttpClient client;
  URI crossUri;
  URI marksUri;

  /** {@return 1,000 cross-margin symbols as KuCoin's endpoint sends them} */
  static byte[] crossSymbolsBody() {
    StringBuilder body =
        new StringBuilder("{\"code\":\"200000\",\"data\":{\"timestamp\":1729665839353,\"items\":[");
    for (int i = 0; i < COUNT; i++) {
      String base = "C" + i;
      body.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"symbol\":\"%1$s-USDT\",\"name\":\"%1$s-USDT\",\"enableTrading\":true,"
                      + "\"market\":\"USDS\",\"baseCurrency\":\"%1$s\",\"quoteCurrency\":\"USDT\","
                      + "\"baseIncrement\":\"0.0000%2$d\",\"baseMinSize\":\"0.0%2$d\","
                      + "\"baseMaxSize\":\"10000000000\",\"quoteIncrement\":\"0.000001\","
                      + "\"quoteMinSize\":\"0.1\",\"quoteMaxSize\":\"99999999\","
                      + "\"priceIncrement\":\"0.00%2$d\",\"feeCurrency\":\"USDT\","
                      + "\"priceLimitRate\":\"0.1\",\"minFunds\":\"0.1\"}",
                  base,
                  1 + i % 9));
    }
    return body.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@return 1,000 mark prices as KuCoin's endpoint sends them, values as JSON numbers} */
  static byte[] markPricesBody() {
    StringBuilder body = new StringBuilder("{\"code\":\"200000\",\"data\":[");
    for (int i = 0; i < COUNT; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"symbol\":\"C")
          .append(i)
          .append("-BTC\",\"timePoint\":1729676522000,\"value\":")
          .append(1 + i % 97)
          .append(".504")
          .append(i)
          .append("E-5}");
    }
    return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    crossBody = crossSymbolsBody();
    marksBody = markPricesBody();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v3/margin/symbols", exchange -> answer(exchange, crossBody));
    server.createContext("/api/v3/mark-price/all-symbols", exchange -> answer(exchange, marksBody));
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    kucoin =
        KucoinHttp.create(
            KucoinHttpConfig.defaults()
                .withBaseUrl(base.toString())
                .withRateBudget(
                    Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2, Duration.ofSeconds(30), false));
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    crossUri = base.resolve("/api/v3/margin/symbols");
    marksUri = base.resolve("/api/v3/mark-price/all-symbols");
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.stop(0);
  }

  @Benchmark
  public List<CrossMarginSymbol> crossMargin() {
    return probe.crossSymbols(crossBody);
  }

  @Benchmark
  public Object crossJacksonDecimal() throws IOException {
    return jackson.readValue(crossBody, CROSS_DECIMAL);
  }

  @Benchmark
  public Object crossJacksonString() throws IOException {
    return jackson.readValue(crossBody, CROSS_TEXT);
  }

  @Benchmark
  public List<MarkPrice> marksMargin() {
    return probe.markPrices(marksBody);
  }

  @Benchmark
  public Object marksJacksonDecimal() throws IOException {
    return jackson.readValue(marksBody, MARKS_DECIMAL);
  }

  @Benchmark
  public Object marksJacksonString() throws IOException {
    return jackson.readValue(marksBody, MARKS_TEXT);
  }

  @Benchmark
  public List<CrossMarginSymbol> crossLoopbackMargin() {
    return kucoin.allCrossSymbols();
  }

  @Benchmark
  public Object crossLoopbackJacksonString() throws IOException, InterruptedException {
    return jackson.readValue(get(crossUri), CROSS_TEXT);
  }

  @Benchmark
  public List<MarkPrice> marksLoopbackMargin() {
    return kucoin.allMarkPrices();
  }

  @Benchmark
  public Object marksLoopbackJacksonString() throws IOException, InterruptedException {
    return jackson.readValue(get(marksUri), MARKS_TEXT);
  }

  private byte[] get(URI uri) throws IOException, InterruptedException {
    return client
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
        .body();
  }
}
