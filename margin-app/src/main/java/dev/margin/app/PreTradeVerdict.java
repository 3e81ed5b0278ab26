package dev.margin.app;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to "may I send this order now?": every reason it may not, from the symbol's rules, the
 * account and the host's limits, at once; the borrow KuCoin would make for it; and the debt ratio
 * and status the position would have after the borrow and the fill. Immutable.
 */
public final class PreTradeVerdict {
  /**
   * What KuCoin would borrow to place the order with {@code autoBorrow}.
   *
   * @param currency the currency borrowed
   * @param amount positive; held without trailing zeros, so compare it with {@code compareTo}
   */
  public record Borrow(Currency currency, BigDecimal amount) {
    /**
     * Validates and canonicalises.
     *
     * @param currency see {@link #currency()}
     * @param amount see {@link #amount()}
     * @throws NullPointerException if a component is null
     */
    public Borrow {
      Objects.requireNonNull(currency, "currency is null");
      amount = Objects.requireNonNull(amount, "amount is null").stripTrailingZeros();
    }
  }

  /**
   * The position after the borrow and the fill: its debt ratio and its status. The ratio, a
   * division to 34 digits, is worked out when first asked for.
   */
  public static final class After {
    private final BigDecimal assets;
    private final BigDecimal liabilities;
    private final RiskStatus status;
    private Optional<BigDecimal> debtRatio;

    After(BigDecimal assets, BigDecimal liabilities, RiskStatus status) {
      this.assets = assets;
      this.liabilities = liabilities;
      this.status = Objects.requireNonNull(status, "status is null");
    }

    /** {@return liabilities / assets; empty when the position would owe without assets} */
    public Optional<BigDecimal> debtRatio() {
      Optional<BigDecimal> ratio = debtRatio;
      if (ratio == null) {
        // computed at most a few times under a race, always to the same immutable value
        ratio = Thresholds.ratio(assets, liabilities);
        debtRatio = ratio;
      }
      return ratio;
    }

    /** {@return where the ratio stands against the thresholds} */
    public RiskStatus status() {
      return status;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof After o && status == o.status && debtRatio().equals(o.debtRatio());
    }

    @Override
    public int hashCode() {
      return Objects.hash(debtRatio(), status);
    }

    @Override
    public String toString() {
      return "After[debtRatio="
          + debtRatio().map(BigDecimal::toPlainString).orElse("none")
          + ", status="
          + status
          + "]";
    }
  }

  private final OrderRequest order;
  private final List<Violation> violations;
  private final ValidationResult rules;
  private final Borrow borrow;
  private final After after;

  PreTradeVerdict(
      OrderRequest order,
      List<Violation> violations,
      ValidationResult rules,
      Borrow borrow,
      After after) {
    this.order = order;
    this.violations = List.copyOf(violations);
    this.rules = rules;
    this.borrow = borrow;
    this.after = after;
  }

  /** {@return the order judged} */
  public OrderRequest order() {
    return order;
  }

  /** {@return whether the order may be sent now: no reason against it} */
  public boolean maySend() {
    return violations.isEmpty();
  }

  /** {@return every reason the order may not be sent, the rules' first; empty if it may} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return the codes of {@link #violations()}} */
  public Set<ViolationCode> codes() {
    return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableSet());
  }

  /** {@return the symbol rules' own verdict on the order, with its suggestion} */
  public ValidationResult rules() {
    return rules;
  }

  /** {@return the nearest order the symbol's rules accept, where the rules refuse this one} */
  public Optional<OrderSuggestion> suggestion() {
    return rules.suggestion();
  }

  /** {@return the borrow KuCoin would make for the order, if it borrows} */
  public Optional<Borrow> borrow() {
    return Optional.ofNullable(borrow);
  }

  /** {@return the position's debt ratio and status after the borrow and the fill, if known} */
  public Optional<After> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public String toString() {
    return order
        + ": "
        + (maySend() ? "MAY SEND" : "REFUSED " + violations)
        + (borrow == null
            ? ""
            : ", borrows " + borrow.amount().toPlainString() + " " + borrow.currency())
        + (after == null ? "" : ", after " + after.status());
  }
}
