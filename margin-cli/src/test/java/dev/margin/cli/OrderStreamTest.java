package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.BatchVerdict;
import dev.margin.app.OrderRequest;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.TradingState;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginPosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming {@code --orders} mode over many chunks and workers: the verdicts come out in the
 * input's order, byte for byte what judging the lines one after the other in one thread writes, and
 * a failure in a worker reaches the caller.
 */
class OrderStreamTest {
  private static Session session;
  private static PreTradeCheck check;
  private static final MarginPosition CASH =
      MarginPosition.cross(Map.of(Currency.USDT, new BigDecimal("1000")), Map.of());

  @BeforeAll
  static void load() {
    session =
        new Session(
            new CommonOptions(),
            EnumSet.of(
                SnapshotFile.CROSS_SYMBOLS, SnapshotFile.MARK_PRICES, SnapshotFile.MARGIN_CONFIG));
    session.rules().refreshRules();
    session.rules().refreshMarkPrices();
    check = session.preTradeCheck();
  }

  @AfterAll
  static void close() {
    session.close();
  }

  /** Ten chunks' worth of lines: orders that may be sent, refused ones, blanks, malformed ones. */
  static String lines() {
    return IntStream.range(0, OrderStream.CHUNK * 10 + 7)
        .mapToObj(
            i ->
                switch (i % 5) {
                  case 0 -> order(i, "0.0001");
                  case 1 -> order(i, "10");
                  case 2 -> "   ";
                  case 3 -> "{\"symbol\":\"BTC-USDT\",\"side\":";
                  default -> order(i, "0.00000000001");
                })
        .collect(Collectors.joining("\n"));
  }

  private static String order(int i, String size) {
    return "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\""
        + size
        + "\",\"clientOid\":\"o-"
        + i
        + "\"}";
  }

  /** What one thread writes, judging each line as it comes. */
  static String oneByOne(String input) {
    StringBuilder text = new StringBuilder();
    long number = 0;
    for (String line : input.split("\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        CheckOutput.json(text, number, check.check(CASH, OrderLine.read(line)));
      } catch (OrderLine.Malformed | IllegalArgumentException malformed) {
        CheckOutput.malformed(text, number, malformed.getMessage());
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void verdictsComeOutInTheInputsOrderWhateverTheWorkers(int workers) throws IOException {
    String input = lines();
    StringWriter out = new StringWriter();

    int worst =
        new OrderStream(check, CASH, verdict -> verdict.maySend() ? 0 : 1, workers)
            .run(new BufferedReader(new StringReader(input)), out);

    assertThat(out.toString()).isEqualTo(oneByOne(input));
    assertThat(out.toString().lines()).hasSize((OrderStream.CHUNK * 10 + 7) * 4 / 5 + 1);
    assertThat(worst).isEqualTo(1);
  }

  @Test
  void anEmptyInputWritesNothingAndExitsZero() throws IOException {
    StringWriter out = new StringWriter();

    int worst =
        new OrderStream(check, CASH, verdict -> 1, 2)
            .run(new BufferedReader(new StringReader("")), out);

    assertThat(out.toString()).isEmpty();
    assertThat(worst).isZero();
  }

  @Test
  void aFailureInAWorkerReachesTheCaller() {
    PreTradeCheck failing =
        new PreTradeCheck() {
          @Override
          public PreTradeVerdict check(MarginPosition position, OrderRequest order) {
            if (order.clientOid().orElseThrow().equals("o-5000")) {
              throw new IllegalStateException("the check failed on o-5000");
            }
            return check.check(position, order);
          }

          @Override
          public BatchVerdict checkAll(MarginPosition position, List<OrderRequest> orders) {
            return check.checkAll(position, orders);
          }

          @Override
          public TradingState tradingState() {
            return check.tradingState();
          }

          @Override
          public void tradingState(TradingState state) {
            check.tradingState(state);
          }
        };

    assertThatThrownBy(
            () ->
                new OrderStream(failing, CASH, verdict -> 0, 2)
                    .run(new BufferedReader(new StringReader(lines())), new StringWriter()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the check failed on o-5000");
  }

  @Test
  void atLeastOneWorker() {
    assertThatThrownBy(() -> new OrderStream(check, CASH, verdict -> 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
