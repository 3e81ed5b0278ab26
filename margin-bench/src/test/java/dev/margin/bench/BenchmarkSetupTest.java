package dev.margin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: every prepared order is valid on both paths. */
class BenchmarkSetupTest {

  @Test
  void everyValidationBenchmarkOrderIsValidOnBothPaths() {
    OrderValidationBenchmark benchmark = new OrderValidationBenchmark();
    benchmark.setUp();

    for (int i = 0; i < OrderValidationBenchmark.ORDERS; i++) {
      assertThat(benchmark.marginValidator().isValid()).isTrue();
      assertThat(benchmark.marginValidatorParsedSymbol().isValid()).isTrue();
      assertThat(benchmark.marginValidatorWithRequest().isValid()).isTrue();
      assertThat(benchmark.baseline()).isTrue();
      assertThat(benchmark.baselineParsedSymbol()).isTrue();
    }
  }

  @Test
  void theRiskBenchmarkValuesFiftyCurrencies() {
    RiskBenchmark benchmark = new RiskBenchmark();
    benchmark.setUp();

    assertThat(benchmark.assess().marksUsed()).hasSize(51);
    assertThat(benchmark.assess().debtRatio()).isPresent();
  }
}
