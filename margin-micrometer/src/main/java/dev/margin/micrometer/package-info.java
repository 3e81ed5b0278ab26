/**
 * margin's meters on a Micrometer {@code MeterRegistry}, every name under {@code margin.} and every
 * tag value from a closed set: {@link dev.margin.micrometer.MarginMetrics} makes them.
 */
package dev.margin.micrometer;
