package dev.margin.micrometer;

import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.adapters.http.kucoin.KucoinRateBudget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records every call the KuCoin adapter makes: its latency by endpoint, outcome and status, its
 * attempts, retries and rate-limit waits, the last {@code gw-ratelimit-remaining} seen per
 * endpoint, and the client's own rate budget left per pool. The endpoint tag is KuCoin's path
 * template, never the symbol a request names.
 */
final class KucoinCallMeters implements KucoinCallListener {
  static final String CALLS = "margin.kucoin.calls";
  static final String ATTEMPTS = "margin.kucoin.call.attempts";
  static final String RETRIES = "margin.kucoin.call.retries";
  static final String RATE_LIMIT_REMAINING = "margin.kucoin.ratelimit.remaining";
  static final String RATE_LIMIT_WAITS = "margin.kucoin.ratelimit.waits";
  static final String BUDGET_REMAINING = "margin.kucoin.ratebudget.remaining";

  private final MeterRegistry registry;
  private final Map<String, AtomicLong> remaining = new ConcurrentHashMap<>();
  private final AtomicReference<KucoinRateBudget> budget = new AtomicReference<>();

  KucoinCallMeters(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry is null");
  }

  @Override
  public void onCall(CallEvent event) {
    String endpoint = event.endpointTemplate().orElse(MeterTags.OTHER);
    Timer.builder(CALLS)
        .description("Calls to KuCoin, retries and waits included")
        .tag("endpoint", endpoint)
        .tag("outcome", event.failure().map(MeterTags::simpleName).orElse("success"))
        .tag("status", MeterTags.status(event.httpStatus()))
        .register(registry)
        .record(event.latency());
    DistributionSummary.builder(ATTEMPTS)
        .description(
            "Requests sent per call to KuCoin (0 when the client's rate budget refused it)")
        .tag("endpoint", endpoint)
        .register(registry)
        .record(event.attempts());
    Counter retries =
        Counter.builder(RETRIES)
            .description("Requests sent again after a failed attempt")
            .tag("endpoint", endpoint)
            .register(registry);
    if (event.attempts() > 1) {
      retries.increment(event.attempts() - 1);
    }
    Timer waits =
        Timer.builder(RATE_LIMIT_WAITS)
            .description(
                "Calls to KuCoin that waited for a rate limit (the client's budget or a 429's"
                    + " reset), and how long each waited in all")
            .tag("endpoint", endpoint)
            .register(registry);
    if (event.rateLimitWait().compareTo(Duration.ZERO) > 0) {
      waits.record(event.rateLimitWait());
    }
    event.rateLimit().ifPresent(limit -> remaining(endpoint).set(limit.remaining()));
  }

  /**
   * Registers a gauge of the weight left per pool, read from the budget when the registry polls; a
   * budget handed over later (a second adapter) takes the place of the one before.
   */
  @Override
  public void onRateBudget(KucoinRateBudget budget) {
    Objects.requireNonNull(budget, "budget is null");
    this.budget.set(budget);
    for (String pool : budget.pools()) {
      Gauge.builder(BUDGET_REMAINING, this.budget, held -> held.get().remaining(pool))
          .description("The weight left in the client's own rate budget for the pool's window")
          .tag("pool", pool)
          .strongReference(true)
          .register(registry);
    }
  }

  private AtomicLong remaining(String endpoint) {
    return remaining.computeIfAbsent(
        endpoint,
        key -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(RATE_LIMIT_REMAINING, value, AtomicLong::get)
              .description("The last gw-ratelimit-remaining KuCoin sent for the endpoint's pool")
              .tag("endpoint", key)
              .strongReference(true)
              .register(registry);
          return value;
        });
  }
}
