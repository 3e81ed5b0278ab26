package dev.margin.tests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.testkit.KucoinExamples;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MarkPriceStream} does: a subscription comes up, the prices the venue marks for
 * its symbols reach its listener exactly, a listener that throws does not stop it, and its
 * arguments are checked by name. Each test follows one subscription at a time.
 */
public abstract class MarkPriceStreamContract {
  /** The longest any test waits for an event. */
  protected static final long WAIT_SECONDS = 10;

  private MarkPriceStream.Subscription subscription;

  /** Returns the stream under test. */
  protected abstract MarkPriceStream subject();

  /**
   * Makes the venue mark {@code price} for the one open subscription, which follows its symbol.
   *
   * @param price the price the venue sends
   * @throws Exception if the venue cannot send it
   */
  protected abstract void mark(MarkPrice price) throws Exception;

  /** Hears everything, in queues a test waits on. */
  protected static class Recording implements MarkPriceListener {
    final BlockingQueue<MarkPrice> prices = new LinkedBlockingQueue<>();
    final BlockingQueue<String> connects = new LinkedBlockingQueue<>();

    @Override
    public void onMarkPrice(MarkPrice price) {
      prices.add(price);
    }

    @Override
    public void onConnect() {
      connects.add("connect");
    }

    @Override
    public void onDisconnect(String reason) {}

    @Override
    public void onGap(Instant lastBefore, Instant firstAfter) {}

    @Override
    public void onDropped(String reason) {}

    MarkPrice nextPrice() throws InterruptedException {
      MarkPrice price = prices.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertThat(price).as("a price within %d s", WAIT_SECONDS).isNotNull();
      return price;
    }

    void awaitConnect() throws InterruptedException {
      assertThat(connects.poll(WAIT_SECONDS, TimeUnit.SECONDS))
          .as("onConnect within %d s", WAIT_SECONDS)
          .isNotNull();
    }
  }

  private Recording follow(Symbol symbol, Recording listener) throws InterruptedException {
    subscription = subject().subscribe(Set.of(symbol), listener);
    listener.awaitConnect();
    return listener;
  }

  @AfterEach
  void closeTheSubscription() {
    if (subscription != null) {
      subscription.close();
    }
  }

  @Test
  void theVenuesPricesArriveExactly() throws Exception {
    Recording listener = follow(KucoinExamples.USDT_BTC_MARK.symbol(), new Recording());

    mark(KucoinExamples.USDT_BTC_MARK);

    MarkPrice price = listener.nextPrice();
    assertThat(price).isEqualTo(KucoinExamples.USDT_BTC_MARK);
    assertThat(price.value().toPlainString()).isEqualTo("0.00001504");
  }

  @Test
  void exponentNotationBecomesTheExactDecimal() throws Exception {
    Recording listener = follow(KucoinExamples.USDC_BTC_MARK.symbol(), new Recording());

    mark(KucoinExamples.USDC_BTC_MARK);

    MarkPrice price = listener.nextPrice();
    assertThat(price.value().toPlainString()).isEqualTo("0.000015049024");
    assertThat(price.timePoint()).isEqualTo(Instant.ofEpochMilli(1729676522000L));
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheStream() throws Exception {
    Recording listener =
        new Recording() {
          private boolean thrown;

          @Override
          public void onMarkPrice(MarkPrice price) {
            if (!thrown) {
              thrown = true;
              throw new IllegalStateException("the host's listener failed");
            }
            super.onMarkPrice(price);
          }
        };
    follow(KucoinExamples.USDT_BTC_MARK.symbol(), listener);

    mark(KucoinExamples.USDT_BTC_MARK);
    MarkPrice later = MarkPrice.of("USDT-BTC", 1729676523000L, "0.00001505");
    mark(later);

    assertThat(listener.nextPrice()).isEqualTo(later);
  }

  @Test
  void closingTwiceIsHarmlessAndNothingWasDropped() throws Exception {
    follow(KucoinExamples.USDT_BTC_MARK.symbol(), new Recording());

    subscription.close();
    subscription.close();

    assertThat(subscription.droppedMessages()).isZero();
  }

  @Test
  void argumentsAreRefusedByName() {
    Set<Symbol> one = Set.of(KucoinExamples.USDT_BTC_MARK.symbol());

    assertThatThrownBy(() -> subject().subscribe(null, new Recording()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("symbols is null");
    assertThatThrownBy(() -> subject().subscribe(one, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener is null");
    assertThatThrownBy(() -> subject().subscribe(Set.of(), new Recording()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
