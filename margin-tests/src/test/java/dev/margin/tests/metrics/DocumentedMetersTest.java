package dev.margin.tests.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.margin.tests.KucoinStubs.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.micrometer.MarginMetrics;
import dev.margin.testkit.MarginFixtures;
import dev.margin.tests.KucoinStubs;
import dev.margin.tests.MutableClock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every meter margin-micrometer makes, made through the real KuCoin adapter on a loopback server
 * serving KuCoin's example market, is the one the README's table of meters documents (name, type,
 * tags), and every tag value comes from a closed set: never a symbol.
 */
class DocumentedMetersTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final Set<String> ENDPOINTS =
      Set.of(
          "GET /api/v3/margin/symbols",
          "GET /api/v3/etf/info",
          "GET /api/v1/mark-price/{symbol}/current",
          "GET /api/v3/mark-price/all-symbols",
          "GET /api/v1/margin/config",
          "GET /api/v1/isolated/symbols",
          "other");
  static final Set<String> CAUSES =
      Set.of(
          "MarketDataUnavailableException",
          "ExchangeErrorException",
          "RateLimitedException",
          "MalformedMarketDataException",
          "NoSuchSymbolException",
          "other");
  static final Set<String> CODES =
      Arrays.stream(ViolationCode.values()).map(Enum::name).collect(Collectors.toSet());

  /** A documented meter: its type as the README writes it, and its tag keys. */
  record Documented(String type, Set<String> tags) {}

  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final Set<String> symbols = new HashSet<>();

  @BeforeEach
  void makeEveryMeter() {
    KucoinStubs.serveExampleMarket(KUCOIN);
    KUCOIN.stubFor(
        get(urlEqualTo("/api/v1/margin/config"))
            .atPriority(1)
            .willReturn(
                okJson(body("margin-config.json"))
                    .withHeader("gw-ratelimit-limit", "4000")
                    .withHeader("gw-ratelimit-remaining", "3975")
                    .withHeader("gw-ratelimit-reset", "29000")));
    MarginMarketData kucoin =
        KucoinHttp.create(KucoinStubs.config(KUCOIN), MarginMetrics.callListener(registry));
    MutableClock clock = new MutableClock(Instant.ofEpochMilli(1729676523000L));
    MarginApplication margin =
        MarginApplication.create(kucoin, MarginApplicationConfig.defaults(), clock);
    MarginMetrics.bind(margin.marketRules(), registry, clock);
    OrderValidation validation = MarginMetrics.counting(margin.orderValidation(), registry);
    PreTradeCheck check = MarginMetrics.counting(margin.preTradeCheck(), registry);

    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    kucoin.markPrice(Symbol.parse("USDT-BTC"));
    Symbol unknown = Symbol.parse("NOPE-BTC");
    assertThatThrownBy(() -> kucoin.markPrice(unknown)).isInstanceOf(NoSuchSymbolException.class);
    OrderRequest order =
        OrderRequest.limit(
            Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("30000.15"), new BigDecimal("1"));
    validation.validate(order);
    check.check(MarginFixtures.aCrossPosition().holding("USDT", "10").build(), order);

    symbols.add(unknown.code());
    kucoin.allCrossSymbols().stream()
        .map(CrossMarginSymbol::symbol)
        .map(Symbol::code)
        .forEach(symbols::add);
    margin.marketRules().markPrices().keySet().stream().map(Symbol::code).forEach(symbols::add);
    assertThat(symbols).contains("BTC-USDT", "USDT-BTC", "NOPE-BTC");
  }

  @Test
  void everyMeterMadeIsInTheReadmeTableWithItsTypeAndTags() throws IOException {
    Map<String, Documented> documented = readmeTable();

    assertThat(registry.getMeters()).isNotEmpty();
    for (Meter meter : registry.getMeters()) {
      Meter.Id id = meter.getId();
      assertThat(documented).as("the README documents %s", id.getName()).containsKey(id.getName());
      assertThat(id.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .as("the type of %s", id.getName())
          .isEqualTo(documented.get(id.getName()).type());
      assertThat(id.getTags().stream().map(Tag::getKey).collect(Collectors.toSet()))
          .as("the tags of %s", id.getName())
          .isEqualTo(documented.get(id.getName()).tags());
    }
  }

  @Test
  void everyMeterOfTheReadmeTableIsMade() throws IOException {
    Set<String> made =
        registry.getMeters().stream().map(m -> m.getId().getName()).collect(Collectors.toSet());

    assertThat(made).isEqualTo(readmeTable().keySet());
    assertThat(made).allMatch(name -> name.matches("margin(\\.[a-z]+)+"));
  }

  @Test
  void everyTagValueIsFromItsClosedSetAndNoneNamesASymbol() {
    assertBounded(registry, symbols);
    assertThat(
            registry.get("margin.kucoin.calls").timers().stream()
                .map(t -> t.getId().getTag("endpoint")))
        .contains("GET /api/v1/mark-price/{symbol}/current");
  }

  @Test
  void theCheckOfTheTagsCatchesASymbolInATag() {
    MeterRegistry planted = new SimpleMeterRegistry();
    planted
        .timer(
            "margin.kucoin.calls",
            "endpoint",
            "GET /api/v1/mark-price/BTC-USDT/current",
            "outcome",
            "success",
            "status",
            "200")
        .count();
    MeterRegistry plantedCode = new SimpleMeterRegistry();
    plantedCode.counter("margin.orders.violations", "check", "validation", "code", "BTC-USDT");

    assertThatThrownBy(() -> assertBounded(planted, Set.of("BTC-USDT")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertBounded(plantedCode, Set.of("BTC-USDT")))
        .isInstanceOf(AssertionError.class);
  }

  /** Every tag value is one its key allows, and none holds a symbol's code. */
  static void assertBounded(MeterRegistry registry, Set<String> symbols) {
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        String value = tag.getValue();
        assertThat(symbols)
            .as("%s tagged %s", meter.getId().getName(), tag)
            .noneMatch(value::contains);
        boolean allowed =
            switch (tag.getKey()) {
              case "endpoint" -> ENDPOINTS.contains(value);
              case "outcome" ->
                  value.equals("success")
                      || value.equals("valid")
                      || value.equals("invalid")
                      || value.matches("[A-Z][A-Za-z]*Exception");
              case "status" -> value.matches("none|other|[1-5][0-9][0-9]");
              case "check" -> value.equals("validation") || value.equals("pretrade");
              case "code" -> CODES.contains(value);
              case "cause" -> CAUSES.contains(value);
              case "source" -> value.equals("polling") || value.equals("stream");
              case "pool" -> value.equals("public") || value.equals("spot");
              default -> false;
            };
        assertThat(allowed).as("%s tagged %s", meter.getId().getName(), tag).isTrue();
      }
    }
  }

  /** The README's table of meters: {@code | `name` | type | `tag`, `tag` or none | meaning |}. */
  static Map<String, Documented> readmeTable() throws IOException {
    String readme = Files.readString(readme());
    String section = readme.substring(readme.indexOf("## Metrics (Micrometer)"));
    section = section.substring(0, nextHeading(section));
    Map<String, Documented> table = new TreeMap<>();
    Pattern row =
        Pattern.compile(
            "^\\| `(margin\\.[a-z.]+)` \\| ([a-z ]+) \\| ([^|]+) \\|", Pattern.MULTILINE);
    Matcher matcher = row.matcher(section);
    while (matcher.find()) {
      Set<String> tags = new HashSet<>();
      Matcher tag = Pattern.compile("`([a-z]+)`").matcher(matcher.group(3));
      while (tag.find()) {
        tags.add(tag.group(1));
      }
      table.put(matcher.group(1), new Documented(matcher.group(2).trim(), tags));
    }
    assertThat(table).as("the README's table of meters").isNotEmpty();
    return table;
  }

  private static int nextHeading(String section) {
    int next = section.indexOf("\n## ", 1);
    return next < 0 ? section.length() : next;
  }

  private static Path readme() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("README.md");
      if (Files.exists(file) && Files.exists(dir.resolve("margin-micrometer"))) {
        return file;
      }
    }
    throw new IllegalStateException("README.md not found");
  }
}
