package dev.margin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: every prepared order is valid on both paths. */
@SuppressWarnings("unchecked")
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
  void theCountingBenchmarkCountsWhatThePlainValidatorDecides() {
    CountingValidationBenchmark benchmark = new CountingValidationBenchmark();
    benchmark.setUp();

    for (int i = 0; i < CountingValidationBenchmark.ORDERS; i++) {
      assertThat(benchmark.plainValid().isValid()).isTrue();
      assertThat(benchmark.countingValid().isValid()).isTrue();
      assertThat(benchmark.plainRefused().isValid()).isFalse();
      assertThat(benchmark.countingRefused().isValid()).isFalse();
    }
    assertThat(
            benchmark
                .registry
                .get("margin.orders.verdicts")
                .tag("outcome", "valid")
                .counter()
                .count())
        .isEqualTo(CountingValidationBenchmark.ORDERS);
    assertThat(
            benchmark
                .registry
                .get("margin.orders.verdicts")
                .tag("outcome", "invalid")
                .counter()
                .count())
        .isEqualTo(CountingValidationBenchmark.ORDERS);
  }

  @Test
  void theRiskBenchmarkValuesFiftyCurrencies() {
    RiskBenchmark benchmark = new RiskBenchmark();
    benchmark.setUp();

    assertThat(benchmark.assess().marksUsed()).hasSize(51);
    assertThat(benchmark.assess().debtRatio()).isPresent();
  }

  @Test
  void everyDecodeBenchmarkReadsTheSameThousandItems() throws Exception {
    DecodeBenchmark benchmark = new DecodeBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.crossMargin()).hasSize(DecodeBenchmark.COUNT);
      assertThat(benchmark.marksMargin()).hasSize(DecodeBenchmark.COUNT);
      assertThat(benchmark.crossLoopbackMargin()).isEqualTo(benchmark.crossMargin());
      assertThat(benchmark.marksLoopbackMargin()).isEqualTo(benchmark.marksMargin());
      assertThat(((DecodeBenchmark.Envelope<?>) benchmark.crossJacksonString()).code())
          .isEqualTo("200000");
      assertThat(
              ((DecodeBenchmark.Envelope<DecodeBenchmark.Items<DecodeBenchmark.CrossDecimal>>)
                      benchmark.crossJacksonDecimal())
                  .data()
                  .items())
          .hasSize(DecodeBenchmark.COUNT);
      assertThat(
              ((DecodeBenchmark.Envelope<List<DecodeBenchmark.MarkText>>)
                      benchmark.marksLoopbackJacksonString())
                  .data())
          .hasSize(DecodeBenchmark.COUNT);
      // the same exact value whichever way it is read
      var decimal =
          ((DecodeBenchmark.Envelope<List<DecodeBenchmark.MarkDecimal>>)
                  benchmark.marksJacksonDecimal())
              .data()
              .get(7);
      assertThat(benchmark.marksMargin().get(7).value()).isEqualByComparingTo(decimal.value());
      assertThat(((DecodeBenchmark.Envelope<?>) benchmark.crossLoopbackJacksonString()).code())
          .isEqualTo("200000");
      assertThat(((DecodeBenchmark.Envelope<?>) benchmark.marksJacksonString()).code())
          .isEqualTo("200000");
    } finally {
      benchmark.tearDown();
    }
  }
}
