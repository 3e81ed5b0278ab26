package dev.margin.tests.metrics;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.margin.app.BatchVerdict;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.TradingState;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.micrometer.MarginMetrics;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting decorators count every verdict and every violation's code, and change nothing. */
class VerdictCountingTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
          .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW.minusSeconds(5)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  /** The plain validation, remembering each verdict it gave. */
  final List<ValidationResult> given = new ArrayList<>();

  final OrderValidation plain =
      order -> {
        ValidationResult result = margin.orderValidation().validate(order);
        given.add(result);
        return result;
      };

  @BeforeEach
  void loadRules() {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  static OrderRequest limit(String price, String size) {
    return OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal(price), new BigDecimal(size));
  }

  double verdicts(String check, String outcome) {
    return registry
        .get("margin.orders.verdicts")
        .tags("check", check, "outcome", outcome)
        .counter()
        .count();
  }

  Map<String, Double> violations(String check) {
    return registry.get("margin.orders.violations").tag("check", check).counters().stream()
        .collect(Collectors.toMap(c -> c.getId().getTag("code"), Counter::count));
  }

  @Test
  void everyCodeAndOutcomeIsCountedFromZeroBeforeTheFirstOrder() {
    MarginMetrics.counting(plain, registry);

    assertThat(verdicts("validation", "valid")).isZero();
    assertThat(verdicts("validation", "invalid")).isZero();
    assertThat(violations("validation"))
        .hasSize(ViolationCode.values().length)
        .allSatisfy((code, count) -> assertThat(count).isZero());
  }

  @Test
  void aRefusedOrderCountsEveryOneOfItsCodesAndItsVerdictIsForwardedUnchanged() {
    OrderValidation counting = MarginMetrics.counting(plain, registry);

    ValidationResult refused = counting.validate(limit("30000.15", "0.000000001"));
    ValidationResult accepted = counting.validate(limit("30000.1", "0.001"));
    counting.validate(limit("30000.15", "0.001"));

    assertThat(refused).isSameAs(given.get(0));
    assertThat(accepted).isSameAs(given.get(1));
    assertThat(refused.codes())
        .isEqualTo(
            Set.of(
                ViolationCode.PRICE_INCREMENT,
                ViolationCode.SIZE_INCREMENT,
                ViolationCode.SIZE_BELOW_MIN,
                ViolationCode.NOTIONAL_BELOW_MIN_FUNDS));
    assertThat(verdicts("validation", "valid")).isEqualTo(1);
    assertThat(verdicts("validation", "invalid")).isEqualTo(2);
    Map<String, Double> byCode = violations("validation");
    assertThat(byCode)
        .containsEntry("PRICE_INCREMENT", 2.0)
        .containsEntry("SIZE_INCREMENT", 1.0)
        .containsEntry("SIZE_BELOW_MIN", 1.0)
        .containsEntry("NOTIONAL_BELOW_MIN_FUNDS", 1.0);
    assertThat(byCode.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(5);
  }

  @Test
  void thePreTradeCheckIsCountedApartForOneOrderAndABatch() {
    PreTradeCheck check = MarginMetrics.counting(margin.preTradeCheck(), registry);
    MarginPosition position = aCrossPosition().holding("USDT", "1000").build();

    PreTradeVerdict sent =
        check.check(
            position,
            OrderRequest.builder(BTC_USDT, Side.BUY)
                .limit(new BigDecimal("30000.1"), new BigDecimal("0.001"))
                .clientOid("metrics-1")
                .build());
    BatchVerdict batch =
        check.checkAll(
            position,
            List.of(
                OrderRequest.builder(BTC_USDT, Side.BUY)
                    .limit(new BigDecimal("30000.1"), new BigDecimal("0.001"))
                    .clientOid("metrics-2")
                    .build(),
                OrderRequest.builder(BTC_USDT, Side.BUY)
                    .limit(new BigDecimal("30000.15"), new BigDecimal("0.001"))
                    .clientOid("metrics-3")
                    .build()));

    assertThat(sent.maySend()).as(sent.toString()).isTrue();
    assertThat(batch.verdicts()).extracting(PreTradeVerdict::maySend).containsExactly(true, false);
    assertThat(verdicts("pretrade", "valid")).isEqualTo(2);
    assertThat(verdicts("pretrade", "invalid")).isEqualTo(1);
    assertThat(violations("pretrade")).containsEntry("PRICE_INCREMENT", 1.0);
    assertThat(registry.find("margin.orders.verdicts").tag("check", "validation").counters())
        .isEmpty();
  }

  @Test
  void theTradingStateGoesThroughToTheCheck() {
    PreTradeCheck check = MarginMetrics.counting(margin.preTradeCheck(), registry);

    check.tradingState(TradingState.HALTED);

    assertThat(margin.preTradeCheck().tradingState()).isEqualTo(TradingState.HALTED);
    assertThat(check.tradingState()).isEqualTo(TradingState.HALTED);
  }
}
