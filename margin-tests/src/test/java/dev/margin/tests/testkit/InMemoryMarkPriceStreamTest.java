package dev.margin.tests.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.testkit.InMemoryMarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The test kit's stream plays what a test asks, to the open subscriptions that follow it. */
class InMemoryMarkPriceStreamTest {
  static final Symbol USDT_BTC = KucoinExamples.USDT_BTC_MARK.symbol();
  static final Symbol USDC_BTC = KucoinExamples.USDC_BTC_MARK.symbol();

  /** Every event as one line of text, in order. */
  static final class Events implements MarkPriceListener {
    final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    @Override
    public void onMarkPrice(MarkPrice price) {
      heard.add("price " + price.symbol() + " " + price.value().toPlainString());
    }

    @Override
    public void onConnect() {
      heard.add("connect");
    }

    @Override
    public void onDisconnect(String reason) {
      heard.add("disconnect " + reason);
    }

    @Override
    public void onGap(Instant lastBefore, Instant firstAfter) {
      heard.add("gap " + lastBefore + " " + firstAfter);
    }

    @Override
    public void onDropped(String reason) {
      heard.add("dropped " + reason);
    }

    String next() throws InterruptedException {
      String event = heard.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("an event within 10 s").isNotNull();
      return event;
    }
  }

  @Test
  void eachEventReachesTheOpenSubscriptionsInOrderAndPricesOnlyTheirFollowers() throws Exception {
    InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
    Events usdt = new Events();
    Events usdc = new Events();
    Instant before = Instant.parse("2026-01-01T00:00:00Z");
    Instant after = before.plusSeconds(30);
    try (MarkPriceStream.Subscription first = stream.subscribe(Set.of(USDT_BTC), usdt);
        MarkPriceStream.Subscription second = stream.subscribe(Set.of(USDC_BTC), usdc)) {
      assertThat(stream.openSubscriptions()).isEqualTo(2);

      stream.mark(KucoinExamples.USDT_BTC_MARK);
      stream.disconnect("no pong");
      stream.reconnect();
      stream.gap(before, after);
      stream.drop("not JSON");

      assertThat(usdt.next()).isEqualTo("connect");
      assertThat(usdt.next()).isEqualTo("price USDT-BTC 0.00001504");
      assertThat(usdt.next()).isEqualTo("disconnect no pong");
      assertThat(usdt.next()).isEqualTo("connect");
      assertThat(usdt.next()).isEqualTo("gap " + before + " " + after);
      assertThat(usdt.next()).isEqualTo("dropped not JSON");
      assertThat(usdc.next()).isEqualTo("connect");
      assertThat(usdc.next()).isEqualTo("disconnect no pong");
      assertThat(first.droppedMessages()).isEqualTo(1);
      assertThat(second.droppedMessages()).isEqualTo(1);

      first.close();
      assertThat(stream.openSubscriptions()).isEqualTo(1);
      stream.mark(KucoinExamples.USDT_BTC_MARK);
      stream.mark(KucoinExamples.USDC_BTC_MARK);
      assertThat(usdc.next()).isEqualTo("connect");
      assertThat(usdc.next()).isEqualTo("gap " + before + " " + after);
      assertThat(usdc.next()).isEqualTo("dropped not JSON");
      assertThat(usdc.next()).isEqualTo("price USDC-BTC 0.000015049024");
      assertThat(usdt.heard).isEmpty();
    }
    assertThat(stream.openSubscriptions()).isZero();
  }

  @Test
  void itRefusesWhatTheKucoinStreamRefuses() {
    InMemoryMarkPriceStream stream = new InMemoryMarkPriceStream();
    Set<Symbol> tooMany = new HashSet<>();
    for (int i = 0; i <= InMemoryMarkPriceStream.MAX_SYMBOLS; i++) {
      tooMany.add(Symbol.parse("C" + i + "-BTC"));
    }
    Set<Symbol> withNull = new HashSet<>();
    withNull.add(null);

    assertThatThrownBy(() -> stream.subscribe(tooMany, new Events()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 300");
    assertThatThrownBy(() -> stream.subscribe(withNull, new Events()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> stream.mark(null)).hasMessage("price is null");
    assertThatThrownBy(() -> stream.disconnect(null)).hasMessage("reason is null");
    assertThatThrownBy(() -> stream.drop(null)).hasMessage("reason is null");
    assertThatThrownBy(() -> stream.gap(null, Instant.EPOCH)).hasMessage("lastBefore is null");
    assertThatThrownBy(() -> stream.gap(Instant.EPOCH, null)).hasMessage("firstAfter is null");
    assertThat(stream.openSubscriptions()).isZero();
  }
}
