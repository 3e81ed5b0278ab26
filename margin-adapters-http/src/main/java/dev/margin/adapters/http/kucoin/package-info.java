/**
 * The KuCoin adapter: implements every market-data port over KuCoin's public REST API.
 *
 * <p>Public: {@link dev.margin.adapters.http.kucoin.KucoinHttpConfig} (where and how to connect),
 * {@link dev.margin.adapters.http.kucoin.KucoinHttp} (a plain-Java factory) and {@link
 * dev.margin.adapters.http.kucoin.KucoinHttpModule} (a Guice module exposing only the ports).
 * Everything else, the Feign interface, the wire records and the mapper, is an implementation
 * detail.
 */
package dev.margin.adapters.http.kucoin;
