package dev.margin.spring.boot;

import dev.margin.app.LiveMarkPricesStatus;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.MarketRulesStatus;
import dev.margin.domain.model.MarketDataException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the rules and the mark prices in use were loaded within their maximum ages, by the clock
 * they are loaded on; DOWN when either is older or was never loaded, as the order checks then fail
 * closed. Reads the cache's status only: no call to the venue.
 */
final class MarketRulesHealth implements HealthIndicator {
  private final MarketRulesCache rules;
  private final MarginApplicationConfig config;
  private final Clock clock;

  MarketRulesHealth(MarketRulesCache rules, MarginApplicationConfig config, Clock clock) {
    this.rules = rules;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Health health() {
    MarketRulesStatus status = rules.status();
    Instant now = clock.instant();
    List<String> stale = new ArrayList<>();
    Map<String, Object> details = new LinkedHashMap<>();
    age("rules", status.rulesLoadedAt(), config.maxRulesAge(), now, details, stale);
    details.put("symbols", status.symbols());
    status.lastRulesFailure().ifPresent(e -> details.put("lastRulesFailure", message(e)));
    age("markPrices", status.markPricesLoadedAt(), config.maxMarkPriceAge(), now, details, stale);
    details.put("markPriceCount", status.markPrices());
    status.lastMarkPricesFailure().ifPresent(e -> details.put("lastMarkPricesFailure", message(e)));
    status.liveMarkPrices().ifPresent(live -> details.put("liveStream", live(live)));
    if (!stale.isEmpty()) {
      details.put("reason", String.join("; ", stale));
    }
    return (stale.isEmpty() ? Health.up() : Health.down()).withDetails(details).build();
  }

  private static void age(
      String name,
      Optional<Instant> loadedAt,
      Duration maxAge,
      Instant now,
      Map<String, Object> details,
      List<String> stale) {
    details.put(name + "MaxAge", maxAge.toString());
    if (loadedAt.isEmpty()) {
      details.put(name + "LoadedAt", "never");
      stale.add(name + " never loaded");
      return;
    }
    Duration age = Duration.between(loadedAt.get(), now);
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    details.put(name + "LoadedAt", loadedAt.get().toString());
    details.put(name + "Age", age.toString());
    if (age.compareTo(maxAge) > 0) {
      stale.add(name + " older than " + maxAge);
    }
  }

  private static Map<String, Object> live(LiveMarkPricesStatus live) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("up", live.up());
    details.put("since", live.since().toString());
    details.put("polling", live.polling());
    details.put("ticks", live.ticks());
    details.put("dropped", live.dropped());
    live.lastDisconnect().ifPresent(reason -> details.put("lastDisconnect", reason));
    return details;
  }

  private static String message(MarketDataException failure) {
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
