package dev.margin.app;

import dev.margin.app.internal.Sum;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scenarios: the prices of one currency at which a position reaches its thresholds, and its ratio
 * under price moves of one currency or of every currency but the stablecoins together.
 */
final class Scenarios {
  private Scenarios() {}

  /** A position's value in BTC split into the currencies that move and the rest. */
  private record Split(
      BigDecimal movingAssets,
      BigDecimal movingLiabilities,
      BigDecimal otherAssets,
      BigDecimal otherLiabilities) {
    BigDecimal assets(BigDecimal k) {
      return otherAssets.add(k.multiply(movingAssets));
    }

    BigDecimal liabilities(BigDecimal k) {
      return otherLiabilities.add(k.multiply(movingLiabilities));
    }
  }

  private static Split split(MarginPosition position, Predicate<Currency> moving, Valuer valuer) {
    Sum movingAssets = new Sum();
    Sum otherAssets = new Sum();
    Sum movingLiabilities = new Sum();
    Sum otherLiabilities = new Sum();
    position
        .assets()
        .forEach((c, a) -> valuer.addTo(moving.test(c) ? movingAssets : otherAssets, c, a));
    position
        .liabilities()
        .forEach(
            (c, a) -> valuer.addTo(moving.test(c) ? movingLiabilities : otherLiabilities, c, a));
    return new Split(
        movingAssets.value(),
        movingLiabilities.value(),
        otherAssets.value(),
        otherLiabilities.value());
  }

  /** Solves {@code (L_rest + k L_c) / (A_rest + k A_c) = t} for k; the price is k times now. */
  private static ThresholdPrice thresholdPrice(
      BigDecimal threshold,
      Split split,
      BigDecimal assets,
      BigDecimal liabilities,
      BigDecimal value,
      BigDecimal unit) {
    boolean already =
        liabilities.signum() > 0
            && (assets.signum() <= 0 || liabilities.compareTo(threshold.multiply(assets)) >= 0);
    BigDecimal numerator =
        threshold.multiply(split.otherAssets()).subtract(split.otherLiabilities());
    BigDecimal denominator =
        split.movingLiabilities().subtract(threshold.multiply(split.movingAssets()));
    Optional<BigDecimal> price = Optional.empty();
    if (denominator.signum() != 0
        && numerator.signum() != 0
        && numerator.signum() == denominator.signum()) {
      price =
          Optional.of(
              value
                  .multiply(numerator)
                  .divide(denominator.multiply(unit), Valuer.PRECISION)
                  .stripTrailingZeros());
    }
    ThresholdPrice.State state =
        already
            ? ThresholdPrice.State.ALREADY
            : price.isPresent() ? ThresholdPrice.State.AT : ThresholdPrice.State.NEVER;
    return new ThresholdPrice(threshold, state, price);
  }

  /** Whether move {@code i} is smaller than the best so far (the first in order wins ties). */
  private static boolean closer(List<BigDecimal> moves, int i, int best) {
    return best < 0 || moves.get(i).abs().compareTo(moves.get(best).abs()) < 0;
  }

  static LiquidationPrices liquidationPrices(
      MarginPosition position, Currency currency, Currency quoteCurrency, RiskMarket market) {
    Thresholds thresholds = market.thresholds(position);
    Valuer valuer = market.valuer();
    BigDecimal value = valuer.inBtc(currency);
    BigDecimal unit = valuer.inBtc(quoteCurrency);
    BigDecimal current = value.divide(unit, Valuer.PRECISION).stripTrailingZeros();
    Split split = split(position, currency::equals, valuer);
    BigDecimal assets = split.assets(BigDecimal.ONE);
    BigDecimal liabilities = split.liabilities(BigDecimal.ONE);
    Optional<ThresholdPrice> warning =
        Optional.ofNullable(thresholds.warning())
            .map(t -> thresholdPrice(t, split, assets, liabilities, value, unit));
    return new LiquidationPrices(
        currency,
        quoteCurrency,
        current,
        warning,
        thresholdPrice(thresholds.liquidation(), split, assets, liabilities, value, unit));
  }

  static List<StressRow> stress(
      MarginPosition position,
      List<BigDecimal> moves,
      Currency currency,
      Currency valuationCurrency,
      RiskMarket market,
      Set<Currency> stablecoins) {
    Thresholds thresholds = market.thresholds(position);
    Valuer valuer = market.valuer();
    valuer.inBtc(valuationCurrency);
    Predicate<Currency> moving =
        currency != null
            ? currency::equals
            : c -> !stablecoins.contains(c) && !c.equals(valuationCurrency);
    Split split = split(position, moving, valuer);
    List<StressRow> rows = new ArrayList<>(moves.size());
    int firstWarn = -1;
    int firstLiquidate = -1;
    for (int i = 0; i < moves.size(); i++) {
      BigDecimal k = BigDecimal.ONE.add(moves.get(i));
      BigDecimal assets = split.assets(k);
      BigDecimal liabilities = split.liabilities(k);
      RiskStatus status = thresholds.status(assets, liabilities);
      Optional<BigDecimal> ratio = Thresholds.ratio(assets, liabilities);
      rows.add(new StressRow(moves.get(i), ratio, status, false, false));
      if (thresholds.warning() != null
          && status != RiskStatus.SAFE
          && closer(moves, i, firstWarn)) {
        firstWarn = i;
      }
      if (status == RiskStatus.LIQUIDATION && closer(moves, i, firstLiquidate)) {
        firstLiquidate = i;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (i == firstWarn || i == firstLiquidate) {
        StressRow row = rows.get(i);
        rows.set(
            i,
            new StressRow(
                row.move(), row.debtRatio(), row.status(), i == firstWarn, i == firstLiquidate));
      }
    }
    return List.copyOf(rows);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
