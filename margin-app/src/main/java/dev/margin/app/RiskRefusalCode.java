package dev.margin.app;

/** Why a risk check refuses a change. The names are stable: hosts and scripts match on them. */
public enum RiskRefusalCode {
  /** The change would take an asset balance below zero: it needs a borrow first. */
  NEGATIVE_BALANCE,
  /** A repayment larger than what is owed. */
  REPAY_EXCEEDS_DEBT,
  /** A change in a currency or symbol the isolated position does not hold. */
  OUTSIDE_POSITION,
  /** A requested leverage above the maximum. */
  LEVERAGE_ABOVE_MAX,
  /** Borrowing a currency that may not be borrowed. */
  BORROW_NOT_ALLOWED
}
