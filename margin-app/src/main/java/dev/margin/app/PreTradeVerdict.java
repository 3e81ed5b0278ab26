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
   * The position after the borrow and the fill.
   *
   * @param debtRatio liabilities / assets; empty when the position would have no assets
   * @param status where that ratio stands against the thresholds
   */
  public record After(Optional<BigDecimal> debtRatio, RiskStatus status) {
    /**
     * Validates.
     *
     * @param debtRatio see {@link #debtRatio()}
     * @param status see {@link #status()}
     * @throws NullPointerException if a component is null
     */
    public After {
      Objects.requireNonNull(debtRatio, "debtRatio is null");
      Objects.requireNonNull(status, "status is null");
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
