package dev.margin.app;

import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The pre-trade check: the symbol's rules through {@link OrderValidator}, the host's limits and
 * trading state, and the account through {@link AccountCheck}, all from one snapshot and one
 * instant per call (per batch for {@link #checkAll}).
 */
final class PreTradeService implements PreTradeCheck {
  private final AtomicReference<MarketSnapshot> snapshot;
  private final OrderValidator validator;
  private final Clock clock;
  private final PreTradeLimits limits;
  private final long maxMarkAgeMillis;
  private final BigDecimal isolatedWarning;
  private volatile TradingState state;

  PreTradeService(
      CachedMarketRules rules,
      OrderValidator validator,
      Clock clock,
      MarginApplicationConfig config) {
    this.snapshot = Objects.requireNonNull(rules, "rules is null").snapshotReference();
    this.validator = Objects.requireNonNull(validator, "validator is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.limits = config.preTradeLimits();
    this.maxMarkAgeMillis = config.maxMarkPriceAge().toMillis();
    this.isolatedWarning = config.isolatedWarningDebtRatio();
    this.state = limits.initialState();
  }

  @Override
  public PreTradeVerdict check(MarginPosition position, OrderRequest order) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(order, "order is null");
    MarketSnapshot current = snapshot.get();
    long now = clock.millis();
    return judge(new Account(position, current, now, false), order, current, now, state, false);
  }

  @Override
  public BatchVerdict checkAll(MarginPosition position, List<OrderRequest> orders) {
    Objects.requireNonNull(position, "position is null");
    Objects.requireNonNull(orders, "orders is null");
    MarketSnapshot market = snapshot.get();
    long now = clock.millis();
    TradingState current = state;
    Set<String> clientOids = new HashSet<>(Math.max(16, orders.size() * 2));
    List<PreTradeVerdict> verdicts = new ArrayList<>(orders.size());
    // one account for the batch: each order that may be sent leaves its change in it
    Account account = new Account(position, market, now, true);
    for (OrderRequest order : orders) {
      Objects.requireNonNull(order, "order is null");
      String clientOid = order.clientOidOrNull();
      boolean repeated = clientOid != null && !clientOids.add(clientOid);
      verdicts.add(judge(account, order, market, now, current, repeated));
    }
    return new BatchVerdict(verdicts);
  }

  @Override
  public TradingState tradingState() {
    return state;
  }

  @Override
  public void tradingState(TradingState state) {
    this.state = Objects.requireNonNull(state, "state is null");
  }

  /**
   * The position as the checks see it: valued once, when first needed, and changed by each order of
   * a batch that may be sent. A position that cannot be valued (a currency without a fresh mark
   * price) is remembered as such.
   */
  private final class Account {
    final MarginPosition position;
    private final MarketSnapshot snapshot;
    private final long now;
    private AccountState state;
    private ValuationException unvalued;

    /** Whether the changes of orders that may be sent are kept for the next: a batch's. */
    private final boolean keepsChanges;

    Account(MarginPosition position, MarketSnapshot snapshot, long now, boolean keepsChanges) {
      this.position = position;
      this.snapshot = snapshot;
      this.now = now;
      this.keepsChanges = keepsChanges;
    }

    private RiskMarket market;

    /** The market as this check or batch sees it: one snapshot, one instant. */
    RiskMarket market() {
      if (market == null) {
        market = new RiskMarket(snapshot, now, maxMarkAgeMillis, isolatedWarning);
      }
      return market;
    }

    /** The valued state, or null with {@link #unvalued} saying why. */
    AccountState state(RiskMarket market) {
      if (state == null && unvalued == null) {
        try {
          state = new AccountState(position, market.checkingValuer());
        } catch (ValuationException e) {
          unvalued = e;
        }
      }
      return state;
    }
  }

  private PreTradeVerdict judge(
      Account account,
      OrderRequest order,
      MarketSnapshot snapshot,
      long now,
      TradingState state,
      boolean repeatedClientOid) {
    MarginPosition position = account.position;
    ValidationResult rules = validator.validate(order, snapshot, now);
    List<Violation> violations = new ArrayList<>(rules.violations());
    if (order.clientOid().isEmpty()) {
      violations.add(
          new Violation(
              ViolationCode.CLIENT_OID_MISSING,
              "KuCoin's margin order needs a clientOid",
              null,
              null));
    } else if (repeatedClientOid) {
      violations.add(
          new Violation(
              ViolationCode.DUPLICATE_CLIENT_OID,
              "clientOid " + order.clientOid().orElseThrow() + " is used earlier in the batch",
              null,
              null));
    }
    if (state == TradingState.HALTED) {
      violations.add(new Violation(ViolationCode.TRADING_HALTED, "trading is halted", null, null));
    }
    if (!inPosition(position, order)) {
      violations.add(
          new Violation(
              ViolationCode.POSITION_MISMATCH,
              "a "
                  + order.mode()
                  + " order on "
                  + order.symbol()
                  + " does not trade in a "
                  + position.mode()
                  + (position.symbol() == null ? "" : " " + position.symbol())
                  + " position",
              null,
              null));
      return new PreTradeVerdict(order, violations, rules, null, null);
    }
    if (snapshot.rules == null) {
      // the rules' verdict already says so; nothing to value the account with
      return new PreTradeVerdict(order, violations, rules, null, null);
    }
    RiskMarket market = account.market();
    AccountCheck.Amounts amounts = AccountCheck.amounts(order, market);
    HostLimits.check(order, amounts, limits, violations);
    AccountState balances = account.state(market);
    if (balances == null) {
      violations.add(
          new Violation(
              ViolationCode.MARK_PRICE_UNAVAILABLE, account.unvalued.getMessage(), null, null));
      return new PreTradeVerdict(order, violations, rules, null, null);
    }
    if (state == TradingState.REDUCING && !AccountCheck.reducesExposure(balances, order, amounts)) {
      violations.add(
          new Violation(
              ViolationCode.REDUCING_ONLY,
              "trading is reducing only, and this order does not reduce the position's "
                  + order.symbol().base(),
              null,
              null));
    }
    if (amounts == null) {
      if (rules.isValid()) {
        violations.add(
            new Violation(
                ViolationCode.MARK_PRICE_UNAVAILABLE,
                "no fresh mark price values the market order on " + order.symbol(),
                null,
                null));
      }
      return new PreTradeVerdict(order, violations, rules, null, null);
    }
    AccountCheck.Outcome outcome =
        AccountCheck.check(balances, order, amounts, limits.highestStatus(), market);
    violations.addAll(outcome.violations());
    PreTradeVerdict verdict =
        new PreTradeVerdict(order, violations, rules, outcome.borrow(), outcome.after());
    if (account.keepsChanges && verdict.maySend() && outcome.change() != null) {
      outcome.change().commit();
    }
    return verdict;
  }

  private static boolean inPosition(MarginPosition position, OrderRequest order) {
    return order.mode() == position.mode()
        && (position.mode() == MarginMode.CROSS || order.symbol().equals(position.symbol()));
  }
}
