package dev.margin.spring.boot;

import dev.margin.spring.boot.MarginProperties.Source;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code margin.source} names one source, bound as the properties bind it (so {@code
 * in-memory}, {@code IN_MEMORY} and {@code inMemory} are one value, and a value that is none fails
 * the context with the binder's message).
 */
abstract class OnMarketDataSource extends SpringBootCondition {
  private final Source source;

  OnMarketDataSource(Source source) {
    this.source = source;
  }

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Source bound =
        Binder.get(context.getEnvironment())
            .bind("margin.source", Source.class)
            .orElse(Source.KUCOIN);
    String message = "margin.source is " + bound;
    return bound == source ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
  }

  /** {@code margin.source=kucoin}, the default. */
  static final class Kucoin extends OnMarketDataSource {
    Kucoin() {
      super(Source.KUCOIN);
    }
  }

  /** {@code margin.source=in-memory}. */
  static final class InMemory extends OnMarketDataSource {
    InMemory() {
      super(Source.IN_MEMORY);
    }
  }
}
