package dev.margin.cli;

import dev.margin.app.LiquidationPrices;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.app.StressRow;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Samples a {@link RiskCurve} from the service: one {@link MarginRisk#stress} call for every point
 * (the move {@code --stress} makes: of the {@code --stress-currency}, or of every non-stable
 * currency together), and the warning and liquidation prices from {@link
 * MarginRisk#liquidationPrices} when one currency's price is the x axis.
 */
final class CurveSampler {
  /** Points on a curve. */
  static final int SAMPLES = 200;

  private static final MathContext DIGITS = new MathContext(16, RoundingMode.HALF_EVEN);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
  private static final BigDecimal BELOW = new BigDecimal("0.8");
  private static final BigDecimal ABOVE = new BigDecimal("1.2");

  private CurveSampler() {}

  /**
   * The curve of the report's studied position, from half to one and a half times the price now,
   * widened to a fifth beyond the warning and liquidation prices where they lie outside.
   *
   * @param stressCurrency the currency that moves, or null for every currency but the stablecoins
   *     and the valuation currency
   * @param stablecoins the currencies the service holds still in a joint move
   */
  static RiskCurve sample(
      MarginRisk risk,
      RiskReport report,
      Currency stressCurrency,
      Currency valuation,
      Set<Currency> stablecoins) {
    MarginPosition position = report.studied();
    List<Currency> moving =
        stressCurrency != null ? List.of(stressCurrency) : moving(position, valuation, stablecoins);
    Optional<LiquidationPrices> prices =
        moving.size() == 1 && !moving.get(0).equals(valuation)
            ? Optional.of(risk.liquidationPrices(position, moving.get(0), valuation))
            : Optional.empty();
    BigDecimal low = HALF;
    BigDecimal high = ONE_AND_A_HALF;
    if (prices.isPresent()) {
      BigDecimal now = prices.get().currentPrice();
      for (BigDecimal price : thresholdPrices(prices.get())) {
        BigDecimal k = price.divide(now, DIGITS);
        low = low.min(k.multiply(BELOW, DIGITS));
        high = high.max(k.multiply(ABOVE, DIGITS));
      }
    }
    List<BigDecimal> moves = new ArrayList<>(SAMPLES);
    BigDecimal step = high.subtract(low).divide(BigDecimal.valueOf(SAMPLES - 1L), DIGITS);
    for (int i = 0; i < SAMPLES; i++) {
      BigDecimal k = i == SAMPLES - 1 ? high : low.add(step.multiply(BigDecimal.valueOf(i)));
      moves.add(k.subtract(BigDecimal.ONE, DIGITS));
    }
    List<StressRow> rows = risk.stress(position, moves, stressCurrency, valuation);
    List<RiskCurve.Point> points = new ArrayList<>(rows.size());
    for (StressRow row : rows) {
      BigDecimal x =
          prices
              .map(p -> p.currentPrice().multiply(BigDecimal.ONE.add(row.move())))
              .orElse(row.move());
      points.add(new RiskCurve.Point(x, row.debtRatio(), row.status()));
    }
    RiskAssessment assessment = report.studiedAssessment();
    return new RiskCurve(
        valuation,
        moving,
        prices,
        assessment.warningDebtRatio(),
        assessment.liquidationDebtRatio(),
        assessment.debtRatio(),
        points);
  }

  private static List<BigDecimal> thresholdPrices(LiquidationPrices prices) {
    return Stream.concat(
            prices.warning().flatMap(w -> w.price()).stream(),
            prices.liquidation().price().stream())
        .toList();
  }

  /** The position's currencies a joint move moves, as the service picks them. */
  private static List<Currency> moving(
      MarginPosition position, Currency valuation, Set<Currency> stablecoins) {
    Set<String> codes = new TreeSet<>();
    for (Map<Currency, BigDecimal> balances : List.of(position.assets(), position.liabilities())) {
      balances.forEach(
          (currency, amount) -> {
            if (amount.signum() != 0
                && !stablecoins.contains(currency)
                && !currency.equals(valuation)) {
              codes.add(currency.code());
            }
          });
    }
    return codes.stream().map(Currency::of).toList();
  }
}
