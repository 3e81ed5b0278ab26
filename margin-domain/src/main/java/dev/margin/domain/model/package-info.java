/**
 * Immutable, validated value types for KuCoin's public margin market data, and the domain's
 * exceptions. Every decimal is an exact {@link java.math.BigDecimal}; no value is ever derived from
 * a {@code double}.
 */
package dev.margin.domain.model;
