/**
 * The driven ports: what the application needs to read from a margin venue, named in domain words.
 * Each method either returns complete, validated values or throws a {@link
 * dev.margin.domain.model.MarketDataException}; none returns null or a partial list.
 * Implementations are thread-safe.
 */
package dev.margin.domain.port;
