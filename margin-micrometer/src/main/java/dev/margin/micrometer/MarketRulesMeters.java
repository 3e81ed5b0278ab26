package dev.margin.micrometer;

import static java.util.stream.Collectors.collectingAndThen;
import static java.util.stream.Collectors.toList;

import dev.margin.app.LiveMarkPricesStatus;
import dev.margin.app.MarkPriceOrigin;
import dev.margin.app.MarkPriceSource;
import dev.margin.app.MarketRules;
import dev.margin.app.MarketRulesStatus;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.MarketDataUnavailableException;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.RateLimitedException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Gauges over the market rules held in memory, read from {@link MarketRules#status()} and {@link
 * MarketRules#markPrices()} when the registry polls them: how old the rules and the mark prices
 * are, how many are held, and whether the latest refresh of each failed, and with what. The ages
 * are seconds on the injected clock, NaN while nothing is loaded.
 */
final class MarketRulesMeters implements MeterBinder {
  static final String RULES_AGE = "margin.rules.age";
  static final String RULES_SYMBOLS = "margin.rules.symbols";
  static final String RULES_REFRESH_FAILED = "margin.rules.refresh.failed";
  static final String MARKS_AGE = "margin.markprices.age";
  static final String MARKS_COUNT = "margin.markprices.count";
  static final String MARKS_OLDEST_AGE = "margin.markprices.oldest.age";
  static final String MARKS_NEWEST_AGE = "margin.markprices.newest.age";
  static final String MARKS_REFRESH_FAILED = "margin.markprices.refresh.failed";
  static final String MARKS_BY_SOURCE = "margin.markprices.source";
  static final String STREAM_UP = "margin.markprices.stream.up";
  static final String STREAM_POLLING = "margin.markprices.stream.polling";
  static final String STREAM_TICKS = "margin.markprices.stream.ticks";
  static final String STREAM_DROPPED = "margin.markprices.stream.dropped";

  /**
   * The values of the {@code cause} tag: the market-data exceptions a refresh throws, by simple
   * name, and {@value MeterTags#OTHER} for any other class.
   */
  static final List<String> CAUSES =
      Stream.of(
              MarketDataUnavailableException.class,
              ExchangeErrorException.class,
              RateLimitedException.class,
              MalformedMarketDataException.class,
              NoSuchSymbolException.class)
          .map(Class::getSimpleName)
          .collect(collectingAndThen(toList(), names -> append(names, MeterTags.OTHER)));

  private final MarketRules rules;
  private final Clock clock;

  MarketRulesMeters(MarketRules rules, Clock clock) {
    this.rules = Objects.requireNonNull(rules, "rules is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(
        registry,
        RULES_AGE,
        "Seconds since the rules in use were loaded",
        "seconds",
        m -> m.age(m.status().rulesLoadedAt()));
    gauge(registry, RULES_SYMBOLS, "Cross-margin symbols held", null, m -> m.status().symbols());
    gauge(
        registry,
        MARKS_AGE,
        "Seconds since the mark prices in use were loaded",
        "seconds",
        m -> m.age(m.status().markPricesLoadedAt()));
    gauge(registry, MARKS_COUNT, "Mark prices held", null, m -> m.status().markPrices());
    gauge(
        registry,
        MARKS_OLDEST_AGE,
        "Seconds since the oldest mark price held was set by KuCoin",
        "seconds",
        m -> m.markAge(true));
    gauge(
        registry,
        MARKS_NEWEST_AGE,
        "Seconds since the newest mark price held was set by KuCoin",
        "seconds",
        m -> m.markAge(false));
    for (MarkPriceSource source : MarkPriceSource.values()) {
      Gauge.builder(MARKS_BY_SOURCE, this, m -> m.fromSource(source))
          .description("Mark prices held that came from this source")
          .tag("source", source.name().toLowerCase(Locale.ROOT))
          .strongReference(true)
          .register(registry);
    }
    gauge(
        registry,
        STREAM_UP,
        "1 while the live stream of mark prices is up, 0 while down, NaN without one",
        null,
        m -> m.live().map(live -> live.up() ? 1.0 : 0.0).orElse(Double.NaN));
    gauge(
        registry,
        STREAM_POLLING,
        "1 while polling runs beside or instead of the live stream, 0 if not, NaN without one",
        null,
        m -> m.live().map(live -> live.polling() ? 1.0 : 0.0).orElse(Double.NaN));
    FunctionCounter.builder(
            STREAM_TICKS, this, m -> m.live().map(LiveMarkPricesStatus::ticks).orElse(0L))
        .description("Mark prices the live stream delivered")
        .register(registry);
    FunctionCounter.builder(
            STREAM_DROPPED, this, m -> m.live().map(LiveMarkPricesStatus::dropped).orElse(0L))
        .description("Messages the live stream dropped")
        .register(registry);
    for (String cause : CAUSES) {
      failed(registry, RULES_REFRESH_FAILED, "rules", cause, MarketRulesStatus::lastRulesFailure);
      failed(
          registry,
          MARKS_REFRESH_FAILED,
          "mark prices",
          cause,
          MarketRulesStatus::lastMarkPricesFailure);
    }
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String unit,
      ToDoubleFunction<MarketRulesMeters> value) {
    Gauge.builder(name, this, value)
        .description(description)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
  }

  private void failed(
      MeterRegistry registry,
      String name,
      String what,
      String cause,
      Function<MarketRulesStatus, Optional<MarketDataException>> failure) {
    Gauge.builder(
            name,
            this,
            m -> failure.apply(m.status()).map(e -> cause(e).equals(cause) ? 1 : 0).orElse(0))
        .description("1 if the latest refresh of the " + what + " failed with this cause, else 0")
        .tag("cause", cause)
        .strongReference(true)
        .register(registry);
  }

  private MarketRulesStatus status() {
    return rules.status();
  }

  private Optional<LiveMarkPricesStatus> live() {
    return status().liveMarkPrices();
  }

  private double fromSource(MarkPriceSource source) {
    long count = 0;
    for (MarkPriceOrigin origin : status().markPriceOrigins().values()) {
      count += origin.source() == source ? 1 : 0;
    }
    return count;
  }

  private double age(Optional<Instant> loadedAt) {
    return loadedAt.map(this::secondsSince).orElse(Double.NaN);
  }

  private double markAge(boolean oldest) {
    Instant found = null;
    for (MarkPrice mark : rules.markPrices().values()) {
      Instant time = mark.timePoint();
      if (found == null || (oldest ? time.isBefore(found) : time.isAfter(found))) {
        found = time;
      }
    }
    return found == null ? Double.NaN : secondsSince(found);
  }

  private double secondsSince(Instant instant) {
    Duration age = Duration.between(instant, clock.instant());
    return age.getSeconds() + age.getNano() / 1e9;
  }

  private static List<String> append(List<String> names, String name) {
    names.add(name);
    return List.copyOf(names);
  }

  static String cause(MarketDataException failure) {
    String name = MeterTags.simpleName(failure);
    return CAUSES.contains(name) ? name : MeterTags.OTHER;
  }
}
