/**
 * Spring Boot auto-configuration of margin: {@link dev.margin.spring.boot.MarginProperties} ({@code
 * margin.*}), {@link dev.margin.spring.boot.MarginAutoConfiguration} (the use cases as beans),
 * {@link dev.margin.spring.boot.MarginHealthAutoConfiguration} (the {@code margin} health
 * indicator) and {@link dev.margin.spring.boot.MarginMetricsAutoConfiguration} (the meters).
 */
package dev.margin.spring.boot;
