package dev.margin.micrometer;

import dev.margin.adapters.http.kucoin.KucoinCallListener;
import dev.margin.app.MarketRules;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Objects;

/**
 * margin's meters on a Micrometer {@link MeterRegistry}. Every name is under {@code margin.}, and
 * every tag value comes from a closed set (an endpoint's path template, an exception's class name,
 * an HTTP status, a {@code ViolationCode}): never a symbol, a currency or a message.
 *
 * <ul>
 *   <li>{@link #callListener}: the calls to KuCoin ({@code margin.kucoin.*}), to hand to {@code
 *       KucoinHttp.create} or {@code KucoinHttpModule};
 *   <li>{@link #marketRules} and {@link #bind}: the market rules held in memory ({@code
 *       margin.rules.*}, {@code margin.markprices.*});
 *   <li>{@link #counting(OrderValidation, MeterRegistry)} and {@link #counting(PreTradeCheck,
 *       MeterRegistry)}: the verdicts of the order checks ({@code margin.orders.*}), opt-in, a
 *       decorator the host puts on the order path.
 * </ul>
 *
 * <p>Make each once per registry: a second decorator of the same check shares the first one's
 * counters, and a second listener its timers, but a rate-limit gauge shows the values of the
 * listener that registered it first.
 */
public final class MarginMetrics {
  private MarginMetrics() {}

  /**
   * A listener recording every call the KuCoin adapter makes: {@code margin.kucoin.calls} (a timer
   * by {@code endpoint}, {@code outcome}, {@code status}), {@code margin.kucoin.call.attempts} (a
   * distribution summary by {@code endpoint}), {@code margin.kucoin.call.retries} (a counter by
   * {@code endpoint}), {@code margin.kucoin.ratelimit.waits} (a timer by {@code endpoint} of the
   * calls that waited for a rate limit, the client's budget or a 429's reset, and how long), {@code
   * margin.kucoin.ratelimit.remaining} (a gauge by {@code endpoint}, registered when KuCoin first
   * sends the header for it) and {@code margin.kucoin.ratebudget.remaining} (a gauge by {@code
   * pool}, {@code public} and {@code spot}, of the weight left in the client's own budget, read
   * live; registered when the adapter is made with this listener).
   *
   * @param registry where the meters go; never null
   * @return the listener, thread-safe
   * @throws NullPointerException if {@code registry} is null
   */
  public static KucoinCallListener callListener(MeterRegistry registry) {
    return new KucoinCallMeters(registry);
  }

  /**
   * A binder of gauges over the market rules, read when the registry polls them: {@code
   * margin.rules.age} and {@code margin.markprices.age} (seconds since the rules and the mark
   * prices in use were loaded, NaN if never), {@code margin.markprices.oldest.age} and {@code
   * margin.markprices.newest.age} (seconds since KuCoin set the oldest and the newest mark price
   * held, NaN if none), {@code margin.rules.symbols} and {@code margin.markprices.count} (how many
   * are held), {@code margin.rules.refresh.failed} and {@code margin.markprices.refresh.failed} (1
   * for the {@code cause} the latest refresh failed with, 0 for the others and after a success).
   *
   * @param rules the rules to watch, e.g. a {@code MarketRulesCache}; never null
   * @param clock the clock the ages are measured on, the one the rules are loaded on; never null
   * @return the binder; hand it to a framework, or call {@link MeterBinder#bindTo}
   * @throws NullPointerException if an argument is null
   */
  public static MeterBinder marketRules(MarketRules rules, Clock clock) {
    return new MarketRulesMeters(rules, clock);
  }

  /**
   * Binds the gauges of {@link #marketRules} to a registry.
   *
   * @param rules the rules to watch, e.g. a {@code MarketRulesCache}; never null
   * @param registry where the gauges go; never null
   * @param clock the clock the ages are measured on; never null
   * @throws NullPointerException if an argument is null
   */
  public static void bind(MarketRules rules, MeterRegistry registry, Clock clock) {
    Objects.requireNonNull(registry, "registry is null");
    marketRules(rules, clock).bindTo(registry);
  }

  /**
   * Order validation that counts its verdicts, which it returns unchanged: {@code
   * margin.orders.verdicts} by {@code outcome} ({@code valid}, {@code invalid}) and {@code
   * margin.orders.violations} by {@code code} (one count per violation), both tagged {@code
   * check=validation}. Every counter is made here, one per outcome and code, so a verdict costs one
   * increment (valid) or one per violation plus one (invalid), with no lookup.
   *
   * @param validation the validation to count; never null
   * @param registry where the counters go; never null
   * @return the counting validation, thread-safe as {@code validation} is
   * @throws NullPointerException if an argument is null
   */
  public static OrderValidation counting(OrderValidation validation, MeterRegistry registry) {
    Objects.requireNonNull(validation, "validation is null");
    Objects.requireNonNull(registry, "registry is null");
    return new CountingOrderValidation(
        validation, new VerdictCounters(registry, CountingOrderValidation.CHECK));
  }

  /**
   * The pre-trade check, counting its verdicts as {@link #counting(OrderValidation, MeterRegistry)}
   * does, tagged {@code check=pretrade}; a batch counts each of its orders' verdicts.
   *
   * @param check the check to count; never null
   * @param registry where the counters go; never null
   * @return the counting check, thread-safe as {@code check} is
   * @throws NullPointerException if an argument is null
   */
  public static PreTradeCheck counting(PreTradeCheck check, MeterRegistry registry) {
    Objects.requireNonNull(check, "check is null");
    Objects.requireNonNull(registry, "registry is null");
    return new CountingPreTradeCheck(
        check, new VerdictCounters(registry, CountingPreTradeCheck.CHECK));
  }
}
