package dev.margin.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OrderRequestTest {
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  @Test
  void ordersAreValuesWithAReadableForm() {
    OrderRequest limit =
        OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal("30000.1"), new BigDecimal("0.001"));
    OrderRequest same =
        OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal("30000.1"), new BigDecimal("0.001"));
    OrderRequest isolated = limit.inMode(MarginMode.ISOLATED);
    OrderRequest funds = OrderRequest.marketByFunds(BTC_USDT, Side.SELL, BigDecimal.TEN);

    assertThat(limit)
        .isEqualTo(same)
        .hasSameHashCodeAs(same)
        .isNotEqualTo(isolated)
        .isNotEqualTo(funds);
    assertThat(limit).isNotEqualTo("LIMIT BUY BTC-USDT");
    assertThat(limit.type()).isEqualTo(OrderType.LIMIT);
    assertThat(isolated.mode()).isEqualTo(MarginMode.ISOLATED);
    assertThat(limit.price()).contains(new BigDecimal("30000.1"));
    assertThat(limit.funds()).isEmpty();
    assertThat(funds.size()).isEmpty();
    assertThat(funds.funds()).contains(BigDecimal.TEN);
    assertThat(funds.side()).isEqualTo(Side.SELL);
    assertThat(limit).hasToString("LIMIT BUY BTC-USDT (CROSS) price 30000.1 size 0.001");
    assertThat(funds).hasToString("MARKET SELL BTC-USDT (CROSS) funds 10");
    assertThat(OrderRequest.marketBySize(BTC_USDT, Side.BUY, BigDecimal.ONE))
        .hasToString("MARKET BUY BTC-USDT (CROSS) size 1");
  }

  @Test
  void decimalsOfAbsurdMagnitudeAreRefused() {
    assertThatThrownBy(
            () -> OrderRequest.limit(BTC_USDT, Side.BUY, BigDecimal.ONE, new BigDecimal("1E-65")))
        .hasMessageContaining("size is out of range");
    assertThatThrownBy(
            () ->
                OrderRequest.marketByFunds(
                    BTC_USDT, Side.BUY, new BigDecimal("1" + "1".repeat(64))))
        .hasMessageContaining("funds is out of range");
    assertThatThrownBy(() -> OrderRequest.marketBySize(BTC_USDT, Side.BUY, null))
        .hasMessage("size is null");
    assertThat(
            OrderRequest.limit(BTC_USDT, Side.BUY, new BigDecimal("1E-64"), BigDecimal.ONE).price())
        .isPresent();
  }

  @Test
  void theApplicationConfigRefusesNonsense() {
    MarginApplicationConfig config = MarginApplicationConfig.defaults();

    assertThat(
            config
                .withRefreshIntervals(Duration.ofMinutes(1), Duration.ofSeconds(1))
                .markPriceRefreshInterval())
        .isEqualTo(Duration.ofSeconds(1));
    assertThatThrownBy(() -> config.withMaxAges(Duration.ZERO, Duration.ofSeconds(1)))
        .hasMessageContaining("maxRulesAge must be positive");
    assertThatThrownBy(() -> config.withMaxAges(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
        .hasMessageContaining("maxMarkPriceAge");
    assertThatThrownBy(() -> config.withRefreshIntervals(null, Duration.ofSeconds(1)))
        .hasMessage("rulesRefreshInterval is null");
    assertThatThrownBy(() -> config.withIsolatedWarningDebtRatio(BigDecimal.ZERO))
        .hasMessageContaining("isolatedWarningDebtRatio must be positive");
  }
}
