/**
 * margin's test kit, for hosts' own tests: {@link dev.margin.testkit.InMemoryMarginMarketData} (the
 * market-data ports in memory, with failures on demand), {@link dev.margin.testkit.MarginFixtures}
 * (builders with realistic defaults), {@link dev.margin.testkit.KucoinExamples} (the values of
 * KuCoin's published example responses), {@link dev.margin.testkit.InMemoryMarkPriceStream} (the
 * live mark prices, driven by the test) and {@link dev.margin.testkit.InMemoryMarginModule} (their
 * Guice module, in place of {@code KucoinHttpModule}).
 */
package dev.margin.testkit;
