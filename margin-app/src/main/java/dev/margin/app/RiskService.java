package dev.margin.app;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.NoSuchSymbolException;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The risk checks over the market rules in memory. Totals are summed in BTC, exactly wherever the
 * marks are {@code X-BTC} pairs (a product of two decimals is exact); an inverse pair or a
 * conversion to another valuation currency divides at {@value #RATIO_DIGITS} significant digits.
 * The status is decided on the unrounded BTC totals.
 */
final class RiskService implements MarginRisk {
  /** Significant digits of a reported debt ratio (HALF_EVEN). */
  static final int RATIO_DIGITS = 34;

  private final CachedMarketRules rules;
  private final Clock clock;
  private final MarginApplicationConfig config;
  private final long maxMarkAgeMillis;

  RiskService(CachedMarketRules rules, Clock clock, MarginApplicationConfig config) {
    this.rules = Objects.requireNonNull(rules, "rules is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.config = Objects.requireNonNull(config, "config is null");
    this.maxMarkAgeMillis = config.maxMarkPriceAge().toMillis();
  }

  /** The thresholds that apply to a position. */
  private record Thresholds(BigDecimal warning, BigDecimal liquidation) {
    /** The level below which a position is SAFE. */
    BigDecimal safeBelow() {
      return warning != null ? warning : liquidation;
    }
  }

  /**
   * The one snapshot an answer is computed from: every figure of one call (thresholds, marks,
   * rules) comes from it, however often the rules are refreshed meanwhile.
   */
  private MarketSnapshot snapshot() {
    return rules.loaded();
  }

  private Valuer valuer(MarketSnapshot snapshot) {
    return new Valuer(snapshot, clock.millis(), maxMarkAgeMillis);
  }

  private Thresholds thresholds(MarginPosition position, MarketSnapshot snapshot) {
    if (position.mode() == MarginMode.CROSS) {
      MarginConfig margin = snapshot.rules.config();
      return new Thresholds(margin.warningDebtRatio(), margin.liqDebtRatio());
    }
    IsolatedMarginSymbol isolated = isolated(position.symbol(), snapshot);
    BigDecimal warning = config.isolatedWarningDebtRatio();
    return new Thresholds(
        warning != null && warning.compareTo(isolated.flDebtRatio()) < 0 ? warning : null,
        isolated.flDebtRatio());
  }

  private static IsolatedMarginSymbol isolated(Symbol symbol, MarketSnapshot snapshot) {
    return snapshot
        .isolated(Objects.requireNonNull(symbol, "symbol is null"))
        .orElseThrow(
            () -> new NoSuchSymbolException(symbol.code(), "not an isolated-margin symbol"));
  }

  @Override
  public RiskAssessment assess(MarginPosition position, Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    MarketSnapshot snapshot = snapshot();
    return assess(position, valuationCurrency, thresholds(position, snapshot), valuer(snapshot));
  }

  private RiskAssessment assess(
      MarginPosition position, Currency valuationCurrency, Thresholds thresholds, Valuer valuer) {
    BigDecimal assets = total(position.assets(), valuer);
    BigDecimal liabilities = total(position.liabilities(), valuer);
    BigDecimal unit = valuer.inBtc(valuationCurrency);
    RiskStatus status;
    Optional<BigDecimal> ratio;
    if (liabilities.signum() == 0) {
      status = RiskStatus.SAFE;
      ratio = Optional.of(BigDecimal.ZERO);
    } else if (assets.signum() == 0) {
      status = RiskStatus.LIQUIDATION;
      ratio = Optional.empty();
    } else {
      status = status(assets, liabilities, thresholds);
      ratio = Optional.of(liabilities.divide(assets, Valuer.PRECISION).stripTrailingZeros());
    }
    return new RiskAssessment(
        position.mode(),
        valuationCurrency,
        inValuation(assets, unit),
        inValuation(liabilities, unit),
        ratio,
        status,
        Optional.ofNullable(thresholds.warning()),
        thresholds.liquidation(),
        valuer.used());
  }

  private static RiskStatus status(
      BigDecimal assets, BigDecimal liabilities, Thresholds thresholds) {
    if (liabilities.compareTo(thresholds.liquidation().multiply(assets)) >= 0) {
      return RiskStatus.LIQUIDATION;
    }
    if (thresholds.warning() != null
        && liabilities.compareTo(thresholds.warning().multiply(assets)) >= 0) {
      return RiskStatus.WARNING;
    }
    return RiskStatus.SAFE;
  }

  private static BigDecimal total(Map<Currency, BigDecimal> amounts, Valuer valuer) {
    Sum total = new Sum();
    for (Map.Entry<Currency, BigDecimal> amount : amounts.entrySet()) {
      valuer.addTo(total, amount.getKey(), amount.getValue());
    }
    return total.value();
  }

  private static BigDecimal inValuation(BigDecimal btc, BigDecimal unit) {
    BigDecimal value =
        unit.compareTo(BigDecimal.ONE) == 0 ? btc : btc.divide(unit, Valuer.PRECISION);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  @Override
  public RiskProjection project(
      MarginPosition position, List<PositionChange> changes, Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(changes, "changes is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    MarketSnapshot snapshot = snapshot();
    Thresholds thresholds = thresholds(position, snapshot);
    Valuer valuer = valuer(snapshot);
    RiskAssessment before = assess(position, valuationCurrency, thresholds, valuer);
    Balances balances = new Balances(position);
    for (PositionChange change : changes) {
      balances.apply(Objects.requireNonNull(change, "change is null"), valuer);
    }
    if (!balances.refusals.isEmpty()) {
      return new RiskProjection(before, Optional.empty(), Optional.empty(), balances.refusals);
    }
    MarginPosition after =
        new MarginPosition(
            position.mode(), position.symbol(), balances.assets, balances.liabilities);
    return new RiskProjection(
        before,
        Optional.of(after),
        Optional.of(assess(after, valuationCurrency, thresholds, valuer)),
        List.of());
  }

  /** Balances being changed, one change at a time; a refused change is skipped and reported. */
  private final class Balances {
    final MarginPosition position;
    final Map<Currency, BigDecimal> assets;
    final Map<Currency, BigDecimal> liabilities;
    final List<RiskRefusal> refusals = new ArrayList<>();

    Balances(MarginPosition position) {
      this.position = position;
      this.assets = new TreeMap<>(position.assets());
      this.liabilities = new TreeMap<>(position.liabilities());
    }

    void apply(PositionChange change, Valuer valuer) {
      if (change instanceof PositionChange.Borrow borrow) {
        if (outside(borrow.currency())) {
          return;
        }
        add(assets, borrow.currency(), borrow.amount());
        add(liabilities, borrow.currency(), borrow.amount());
      } else if (change instanceof PositionChange.Repay repay) {
        Currency currency = repay.currency();
        if (outside(currency)) {
          return;
        }
        BigDecimal owed = get(liabilities, currency);
        if (repay.amount().compareTo(owed) > 0) {
          refuse(
              RiskRefusalCode.REPAY_EXCEEDS_DEBT,
              "repaying "
                  + plain(repay.amount())
                  + " "
                  + currency
                  + " but only "
                  + plain(owed)
                  + " is owed");
          return;
        }
        if (short_(currency, repay.amount())) {
          return;
        }
        add(assets, currency, repay.amount().negate());
        add(liabilities, currency, repay.amount().negate());
      } else if (change instanceof PositionChange.Fill fill) {
        fill(fill.symbol(), fill.side(), fill.size(), fill.price().multiply(fill.size()));
      } else if (change instanceof PositionChange.FillByFunds byFunds) {
        ReferencePrice reference = valuer.reference(byFunds.symbol());
        if (reference == null) {
          throw new ValuationException(
              byFunds.symbol().base(), "no reference price for " + byFunds.symbol());
        }
        BigDecimal size =
            byFunds
                .funds()
                .multiply(reference.denominator())
                .divide(reference.numerator(), Valuer.PRECISION);
        fill(byFunds.symbol(), byFunds.side(), size, byFunds.funds());
      }
    }

    private void fill(Symbol symbol, Side side, BigDecimal size, BigDecimal funds) {
      if (position.mode() == MarginMode.ISOLATED && !symbol.equals(position.symbol())) {
        refuse(
            RiskRefusalCode.OUTSIDE_POSITION,
            "an isolated " + position.symbol() + " position cannot trade " + symbol);
        return;
      }
      Currency base = symbol.base();
      Currency quote = symbol.quote();
      if (side == Side.BUY) {
        if (short_(quote, funds)) {
          return;
        }
        add(assets, quote, funds.negate());
        add(assets, base, size);
      } else {
        if (short_(base, size)) {
          return;
        }
        add(assets, base, size.negate());
        add(assets, quote, funds);
      }
    }

    /** Refuses a change in a currency an isolated position does not hold. */
    private boolean outside(Currency currency) {
      Symbol symbol = position.symbol();
      if (symbol != null && !currency.equals(symbol.base()) && !currency.equals(symbol.quote())) {
        refuse(
            RiskRefusalCode.OUTSIDE_POSITION,
            "an isolated " + symbol + " position holds no " + currency);
        return true;
      }
      return false;
    }

    /** Refuses taking {@code amount} from a balance that holds less. */
    private boolean short_(Currency currency, BigDecimal amount) {
      BigDecimal held = get(assets, currency);
      if (amount.compareTo(held) > 0) {
        refuse(
            RiskRefusalCode.NEGATIVE_BALANCE,
            "needs "
                + plain(amount)
                + " "
                + currency
                + " but holds "
                + plain(held)
                + ": borrow "
                + plain(amount.subtract(held))
                + " "
                + currency
                + " first");
        return true;
      }
      return false;
    }

    private void refuse(RiskRefusalCode code, String message) {
      refusals.add(new RiskRefusal(code, message));
    }
  }

  private static BigDecimal get(Map<Currency, BigDecimal> amounts, Currency currency) {
    return amounts.getOrDefault(currency, BigDecimal.ZERO);
  }

  private static void add(Map<Currency, BigDecimal> amounts, Currency currency, BigDecimal delta) {
    amounts.merge(currency, delta, BigDecimal::add);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  @Override
  public Optional<BigDecimal> largestSafeBorrow(
      MarginPosition position, Currency currency, Increment step) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    Objects.requireNonNull(step, "step is null");
    MarketSnapshot snapshot = snapshot();
    BigDecimal threshold = thresholds(position, snapshot).safeBelow();
    if (threshold.compareTo(BigDecimal.ONE) >= 0) {
      return Optional.empty();
    }
    Valuer valuer = valuer(snapshot);
    BigDecimal assets = total(position.assets(), valuer);
    BigDecimal liabilities = total(position.liabilities(), valuer);
    BigDecimal unit = valuer.inBtc(currency);
    // (L + x u) / (A + x u) < t  <=>  x u (1 - t) < t A - L
    BigDecimal headroom = threshold.multiply(assets).subtract(liabilities);
    if (headroom.signum() <= 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    BigDecimal perStep = BigDecimal.ONE.subtract(threshold).multiply(unit).multiply(step.value());
    return Optional.of(largestBelow(headroom, perStep).multiply(step.value()).stripTrailingZeros());
  }

  /** The largest whole number strictly below {@code numerator / denominator} (both positive). */
  private static BigDecimal largestBelow(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal ceiling = numerator.divide(denominator, 0, RoundingMode.CEILING);
    return ceiling.subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
  }

  @Override
  public BigDecimal largestSafeOrderSize(
      MarginPosition position, Symbol symbol, Side side, BigDecimal price) {
    DecimalBounds.check(price, "price");
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(symbol, "symbol is null");
    Objects.requireNonNull(side, "side is null");
    Objects.requireNonNull(price, "price is null");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive: " + price.toPlainString());
    }
    if (position.mode() == MarginMode.ISOLATED && !symbol.equals(position.symbol())) {
      throw new IllegalArgumentException(
          "an isolated " + position.symbol() + " position cannot trade " + symbol);
    }
    MarketSnapshot snapshot = snapshot();
    CrossMarginSymbol trading = snapshot.cross(symbol);
    BigDecimal lot = trading.baseIncrement().value();
    boolean buy = side == Side.BUY;
    // what the balances allow: the quote to pay with, or the base to sell
    BigDecimal lots =
        buy
            ? position.asset(symbol.quote()).divide(price.multiply(lot), 0, RoundingMode.FLOOR)
            : position.asset(symbol.base()).divide(lot, 0, RoundingMode.FLOOR);
    lots = lots.min(trading.baseMaxSize().divide(lot, 0, RoundingMode.FLOOR));
    Valuer valuer = valuer(snapshot);
    BigDecimal assets = total(position.assets(), valuer);
    BigDecimal liabilities = total(position.liabilities(), valuer);
    if (liabilities.signum() > 0) {
      BigDecimal threshold = thresholds(position, snapshot).safeBelow();
      // each unit of size changes the assets by d (in BTC); liabilities stay
      BigDecimal paid = price.multiply(valuer.inBtc(symbol.quote()));
      BigDecimal got = valuer.inBtc(symbol.base());
      BigDecimal perUnit = buy ? got.subtract(paid) : paid.subtract(got);
      BigDecimal headroom = threshold.multiply(assets).subtract(liabilities);
      if (perUnit.signum() < 0) {
        // L < t (A + s d)  <=>  s t |d| < t A - L
        BigDecimal byRatio =
            headroom.signum() <= 0
                ? BigDecimal.ZERO
                : largestBelow(headroom, threshold.multiply(perUnit.negate()).multiply(lot));
        lots = lots.min(byRatio);
      } else if (headroom.signum() <= 0) {
        // not safe now; a trade that adds value is safe only once it adds enough
        BigDecimal needed =
            perUnit.signum() == 0
                ? null
                : headroom
                    .negate()
                    .divide(threshold.multiply(perUnit).multiply(lot), 0, RoundingMode.FLOOR)
                    .add(BigDecimal.ONE);
        if (needed == null || needed.compareTo(lots) > 0) {
          lots = BigDecimal.ZERO;
        }
      }
    }
    return lots.max(BigDecimal.ZERO).multiply(lot).stripTrailingZeros();
  }

  @Override
  public Optional<RiskRefusal> checkLeverage(MarginMode mode, Symbol symbol, BigDecimal leverage) {
    DecimalBounds.check(leverage, "leverage");
    Objects.requireNonNull(mode, "mode is null");
    Objects.requireNonNull(leverage, "leverage is null");
    if (leverage.signum() <= 0) {
      throw new IllegalArgumentException("leverage must be positive: " + leverage.toPlainString());
    }
    MarketSnapshot snapshot = snapshot();
    int max =
        mode == MarginMode.CROSS
            ? snapshot.rules.config().maxLeverage()
            : isolated(symbol, snapshot).maxLeverage();
    if (leverage.compareTo(BigDecimal.valueOf(max)) > 0) {
      return Optional.of(
          new RiskRefusal(
              RiskRefusalCode.LEVERAGE_ABOVE_MAX,
              "leverage "
                  + plain(leverage)
                  + " is above the maximum "
                  + max
                  + (mode == MarginMode.CROSS ? " for cross margin" : " for " + symbol)));
    }
    return Optional.empty();
  }

  @Override
  public Optional<RiskRefusal> checkBorrow(MarginPosition position, Currency currency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    MarketSnapshot snapshot = snapshot();
    if (position.mode() == MarginMode.CROSS) {
      return snapshot.rules.config().isMarginCurrency(currency)
          ? Optional.empty()
          : Optional.of(
              new RiskRefusal(
                  RiskRefusalCode.BORROW_NOT_ALLOWED,
                  currency + " is not a cross-margin currency"));
    }
    Symbol symbol = position.symbol();
    IsolatedMarginSymbol isolated = isolated(symbol, snapshot);
    boolean allowed =
        (currency.equals(symbol.base()) && isolated.baseBorrowEnable())
            || (currency.equals(symbol.quote()) && isolated.quoteBorrowEnable());
    return allowed
        ? Optional.empty()
        : Optional.of(
            new RiskRefusal(
                RiskRefusalCode.BORROW_NOT_ALLOWED,
                currency
                    + (currency.equals(symbol.base()) || currency.equals(symbol.quote())
                        ? " cannot be borrowed in isolated " + symbol
                        : " is not part of isolated " + symbol)));
  }

  /** Stablecoins: held still when every other currency moves. */
  static final java.util.Set<Currency> STABLECOINS =
      java.util.stream.Stream.of(
              "USDT", "USDC", "DAI", "TUSD", "BUSD", "USDD", "USDP", "FDUSD", "PYUSD")
          .map(Currency::of)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

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

  private static Split split(
      MarginPosition position, java.util.function.Predicate<Currency> moving, Valuer valuer) {
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

  private static RiskStatus statusOf(
      BigDecimal assets, BigDecimal liabilities, Thresholds thresholds) {
    if (liabilities.signum() == 0) {
      return RiskStatus.SAFE;
    }
    if (assets.signum() <= 0) {
      return RiskStatus.LIQUIDATION;
    }
    return status(assets, liabilities, thresholds);
  }

  @Override
  public LiquidationPrices liquidationPrices(
      MarginPosition position, Currency currency, Currency quoteCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(currency, "currency is null");
    Objects.requireNonNull(quoteCurrency, "quoteCurrency is null");
    if (currency.equals(quoteCurrency)) {
      throw new IllegalArgumentException(
          currency + " has no price in itself: choose another quote currency");
    }
    MarketSnapshot snapshot = snapshot();
    Thresholds thresholds = thresholds(position, snapshot);
    Valuer valuer = valuer(snapshot);
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

  @Override
  public List<StressRow> stress(
      MarginPosition position,
      List<BigDecimal> moves,
      Currency currency,
      Currency valuationCurrency) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(moves, "moves is null");
    Objects.requireNonNull(valuationCurrency, "valuationCurrency is null");
    moves.forEach(move -> DecimalBounds.check(move, "move"));
    for (BigDecimal move : moves) {
      if (Objects.requireNonNull(move, "move is null").compareTo(BigDecimal.ONE.negate()) <= 0) {
        throw new IllegalArgumentException(
            "a move must be above -1 (a fall of 100%): " + plain(move));
      }
    }
    MarketSnapshot snapshot = snapshot();
    Thresholds thresholds = thresholds(position, snapshot);
    Valuer valuer = valuer(snapshot);
    valuer.inBtc(valuationCurrency);
    java.util.function.Predicate<Currency> moving =
        currency != null
            ? currency::equals
            : c -> !STABLECOINS.contains(c) && !c.equals(valuationCurrency);
    Split split = split(position, moving, valuer);
    List<StressRow> rows = new ArrayList<>(moves.size());
    int firstWarn = -1;
    int firstLiquidate = -1;
    for (int i = 0; i < moves.size(); i++) {
      BigDecimal k = BigDecimal.ONE.add(moves.get(i));
      BigDecimal assets = split.assets(k);
      BigDecimal liabilities = split.liabilities(k);
      RiskStatus status = statusOf(assets, liabilities, thresholds);
      Optional<BigDecimal> ratio =
          liabilities.signum() == 0
              ? Optional.of(BigDecimal.ZERO)
              : assets.signum() <= 0
                  ? Optional.empty()
                  : Optional.of(liabilities.divide(assets, Valuer.PRECISION).stripTrailingZeros());
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

  /** Whether move {@code i} is smaller than the best so far (the first in order wins ties). */
  private static boolean closer(List<BigDecimal> moves, int i, int best) {
    return best < 0 || moves.get(i).abs().compareTo(moves.get(best).abs()) < 0;
  }
}
