package host;

import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinHttpConfig;
import dev.margin.app.MarginApplication;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderValidation;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarginMarketData;
import dev.margin.micrometer.MarginMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;

/** Uses margin as a modular host would: the plain factories, no Guice. */
public final class Host {
  private Host() {}

  public static MarginMarketData kucoin() {
    return KucoinHttp.create(KucoinHttpConfig.defaults());
  }

  public static MarginMarketData kucoin(MeterRegistry registry) {
    return KucoinHttp.create(KucoinHttpConfig.defaults(), MarginMetrics.callListener(registry));
  }

  public static OrderValidation counting(OrderValidation validation, MeterRegistry registry) {
    return MarginMetrics.counting(validation, registry);
  }

  public static ValidationResult validate(MarginMarketData market) {
    MarginApplication margin = MarginApplication.create(market);
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin
        .orderValidation()
        .validate(
            OrderRequest.limit(
                Symbol.parse("BTC-USDT"), Side.BUY, new BigDecimal("60000.1"), new BigDecimal("0.001")));
  }
}
