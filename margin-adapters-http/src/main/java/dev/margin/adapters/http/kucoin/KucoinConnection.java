package dev.margin.adapters.http.kucoin;

import java.net.http.HttpClient;

/**
 * What the REST adapter and the mark-price stream of one host share: the HTTP client, the Feign API
 * over it, and one call policy, so the stream's token calls count against the same rate budget and
 * reach the same call listener as every other call.
 *
 * @param http the JDK client, pooled
 * @param api the endpoints over {@code http}
 * @param policy the deadline, retries, rate budget and listener of every call
 */
record KucoinConnection(HttpClient http, KucoinApi api, CallPolicy policy) {}
