package dev.margin.tests.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.margin.adapters.http.kucoin.KucoinHttp;
import dev.margin.adapters.http.kucoin.KucoinStreamConfig;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import dev.margin.tests.KucoinStubs;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mark-price stream against a loopback WebSocket server playing KuCoin, its token served by
 * WireMock: exact ticks, subscribe batches, heartbeat, every kind of lost link, hostile messages.
 */
class KucoinMarkPriceStreamTest {

  @RegisterExtension static final WireMockExtension KUCOIN = KucoinStubs.loopbackServer();

  static final String BULLET = "/api/v1/bullet-public";
  static final Symbol USDT_BTC = Symbol.parse("USDT-BTC");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  LoopbackWebSocketServer server;
  Recording listener = new Recording();
  MarkPriceStream.Subscription subscription;
  AtomicLong clockSeconds = new AtomicLong();

  /** A clock one second later at every reading: gap instants are exact. */
  Clock steppingClock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return START.plusSeconds(clockSeconds.incrementAndGet());
        }
      };

  @BeforeEach
  void startServer() throws IOException {
    server = new LoopbackWebSocketServer();
    serveTokens(server.endpoint(), 10_000, 10_000);
  }

  @AfterEach
  void stop() throws IOException {
    if (subscription != null) {
      subscription.close();
    }
    server.close();
  }

  /** Tokens {@code token-1}, {@code token-2}, ... one per request, for the endpoint. */
  static void serveTokens(String endpoint, long pingInterval, long pingTimeout) {
    serveTokens(KUCOIN, endpoint, pingInterval, pingTimeout);
  }

  /** Tokens {@code token-1}, {@code token-2}, ... one per request to {@code kucoin}. */
  static void serveTokens(
      WireMockExtension kucoin, String endpoint, long pingInterval, long pingTimeout) {
    for (int i = 1; i <= 5; i++) {
      kucoin.stubFor(
          post(urlEqualTo(BULLET))
              .inScenario("tokens")
              .whenScenarioStateIs(i == 1 ? STARTED : "served-" + (i - 1))
              .willSetStateTo("served-" + Math.min(i, 4))
              .willReturn(
                  okJson(
                      "{\"code\":\"200000\",\"data\":{\"token\":\"token-"
                          + i
                          + "\",\"instanceServers\":[{\"endpoint\":\""
                          + endpoint
                          + "\",\"encrypt\":false,\"protocol\":\"websocket\",\"pingInterval\":"
                          + pingInterval
                          + ",\"pingTimeout\":"
                          + pingTimeout
                          + "}]}}")));
    }
  }

  KucoinStreamConfig fast() {
    return KucoinStreamConfig.defaults()
        .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  MarkPriceStream stream(KucoinStreamConfig bounds) {
    return KucoinHttp.markPriceStream(KucoinStubs.config(KUCOIN), bounds, steppingClock);
  }

  /** Subscribes to USDT-BTC and waits until the link is up; answers the link. */
  LoopbackWebSocketServer.Link follow() throws InterruptedException {
    return follow(fast(), listener);
  }

  LoopbackWebSocketServer.Link follow(KucoinStreamConfig bounds, MarkPriceListener heard)
      throws InterruptedException {
    subscription = stream(bounds).subscribe(Set.of(USDT_BTC), heard);
    LoopbackWebSocketServer.Link link = server.awaitLink();
    link.await("subscribe");
    listener.awaitConnect();
    return link;
  }

  static String tick(String symbol, long millis, String value) {
    return "{\"id\":\"1\",\"type\":\"message\",\"topic\":\"/indicator/markPrice:"
        + symbol
        + "\",\"subject\":\"tick\",\"data\":{\"symbol\":\""
        + symbol
        + "\",\"granularity\":5000,\"timestamp\":"
        + millis
        + ",\"value\":"
        + value
        + "}}";
  }

  // --- ticks
  // --------------------------------------------------------------------------------------

  @Test
  void ticksArriveExactlyAsTheirWireText() throws Exception {
    LoopbackWebSocketServer.Link link = follow();

    link.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));
    link.send(tick("USDT-BTC", 1551770401000L, "1.5045E-5"));

    MarkPrice first = listener.awaitPrice();
    MarkPrice second = listener.awaitPrice();
    assertThat(first).isEqualTo(MarkPrice.of("USDT-BTC", 1551770400000L, "0.0001093"));
    assertThat(first.value().toPlainString()).isEqualTo("0.0001093");
    assertThat(second.value()).isEqualTo(new BigDecimal("1.5045E-5"));
    assertThat(second.value().toPlainString()).isEqualTo("0.000015045");
    assertThat(link.query("token")).isEqualTo("token-1");
    assertThat(link.query("connectId")).isNotBlank();
  }

  @Test
  void moreThanAHundredSymbolsAreSubscribedInMessagesOfAtMostAHundredTopics() throws Exception {
    Set<Symbol> symbols = new LinkedHashSet<>();
    for (int i = 0; i < 250; i++) {
      symbols.add(Symbol.parse("C" + i + "-BTC"));
    }
    subscription = stream(fast()).subscribe(symbols, listener);
    LoopbackWebSocketServer.Link link = server.awaitLink();

    List<String> topics = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String message = link.await("subscribe");
      assertThat(message).contains("\"response\":true");
      String topic = message.replaceAll(".*\"topic\":\"/indicator/markPrice:([^\"]*)\".*", "$1");
      List<String> part = List.of(topic.split(","));
      sizes.add(part.size());
      topics.addAll(part);
    }
    listener.awaitConnect();

    assertThat(sizes).containsExactly(100, 100, 50);
    assertThat(topics)
        .containsExactlyInAnyOrderElementsOf(symbols.stream().map(Symbol::code).toList());
  }

  // --- heartbeat and lost links
  // -------------------------------------------------------------------

  @Test
  void pingsAnsweredByPongsKeepTheLinkUp() throws Exception {
    serveTokens(server.endpoint(), 20, 1_000);
    LoopbackWebSocketServer.Link link = follow();

    for (int i = 0; i < 5; i++) {
      assertThat(link.await("ping")).contains("\"type\":\"ping\"");
    }

    assertThat(listener.disconnects).isEmpty();
    assertThat(server.pollLink(Duration.ZERO)).isNull();
  }

  @Test
  void aMissingPongReconnectsWithAFreshTokenAndResubscribesAndReportsTheGap() throws Exception {
    serveTokens(server.endpoint(), 20, 300);
    server.silentLinks = 1;
    LoopbackWebSocketServer.Link first = follow();
    first.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));
    listener.awaitPrice();

    assertThat(listener.awaitDisconnect()).contains("no pong within 300 ms");
    LoopbackWebSocketServer.Link second = server.awaitLink();
    assertThat(second.await("subscribe")).contains("/indicator/markPrice:USDT-BTC");
    listener.awaitConnect();
    second.send(tick("USDT-BTC", 1551770405000L, "0.0001094"));

    assertThat(listener.awaitPrice().value()).isEqualByComparingTo("0.0001094");
    assertThat(listener.awaitGap()).containsExactly(START.plusSeconds(1), START.plusSeconds(2));
    assertThat(first.query("token")).isEqualTo("token-1");
    assertThat(second.query("token")).isEqualTo("token-2");
    KUCOIN.verify(2, postRequestedFor(urlEqualTo(BULLET)));
  }

  @Test
  void aCloseFromTheServerReconnects() throws Exception {
    LoopbackWebSocketServer.Link first = follow();

    first.close(1001);

    assertThat(listener.awaitDisconnect()).contains("closed by the server: 1001");
    server.awaitLink().await("subscribe");
    listener.awaitConnect();
  }

  @Test
  void aResetConnectionReconnects() throws Exception {
    LoopbackWebSocketServer.Link first = follow();

    first.reset();

    assertThat(listener.awaitDisconnect()).isNotBlank();
    server.awaitLink().await("subscribe");
    listener.awaitConnect();
  }

  @Test
  void noWelcomeInTimeReconnects() throws Exception {
    server.welcome = false;
    subscription =
        stream(fast().withTimeouts(Duration.ofMillis(100), Duration.ofSeconds(5)))
            .subscribe(Set.of(USDT_BTC), listener);
    server.awaitLink();
    server.welcome = true;

    assertThat(listener.awaitDisconnect()).contains("no welcome within 100 ms");
    server.awaitLink().await("subscribe");
    listener.awaitConnect();
  }

  @Test
  void noAckInTimeReconnects() throws Exception {
    server.ack = false;
    subscription =
        stream(fast().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(100)))
            .subscribe(Set.of(USDT_BTC), listener);
    server.awaitLink().await("subscribe");
    server.ack = true;

    assertThat(listener.awaitDisconnect()).contains("no ack within 100 ms");
    server.awaitLink().await("subscribe");
    listener.awaitConnect();
  }

  @Test
  void anErrorFrameIsReportedAndReconnects() throws Exception {
    LoopbackWebSocketServer.Link first = follow();

    first.send("{\"id\":\"7\",\"type\":\"error\",\"code\":500,\"data\":\"internal error\"}");

    assertThat(listener.awaitDisconnect()).contains("500 internal error");
    server.awaitLink().await("subscribe");
    listener.awaitConnect();
  }

  // --- hostile input
  // ------------------------------------------------------------------------------

  static Stream<Arguments> hostileFrames() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"type\":\"message\",", "malformed JSON"),
        Arguments.of("not an object", "[1,2]", "not a JSON object"),
        Arguments.of("unknown type", "{\"type\":\"notice\"}", "unknown message type"),
        Arguments.of("no type", "{\"id\":\"1\"}", "no type"),
        Arguments.of("NaN", tick("USDT-BTC", 1, "NaN"), "malformed JSON"),
        Arguments.of("huge exponent", tick("USDT-BTC", 1, "1e1000000000"), "not a positive"),
        Arguments.of("5,000 digits", tick("USDT-BTC", 1, "1".repeat(5000)), "malformed JSON"),
        Arguments.of("negative price", tick("USDT-BTC", 1, "-0.0001"), "not a positive"),
        Arguments.of("zero price", tick("USDT-BTC", 1, "0"), "not a positive"),
        Arguments.of("price as text", tick("USDT-BTC", 1, "\"0.1\""), "not a positive"),
        Arguments.of("no value", tick("USDT-BTC", 1, "null"), "not a positive"),
        Arguments.of("other topic", tick("USDT-BTC", 1, "1").replace("markPrice", "x"), "topic"),
        Arguments.of(
            "bad symbol", tick("USDT-BTC", 1, "1").replace("\"USDT-BTC\"", "\"?\""), "symbol"),
        Arguments.of("negative time", tick("USDT-BTC", -5, "1"), "timestamp"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFrames")
  void aHostileMessageIsDroppedAndTheNextTickStillArrives(String name, String frame, String reason)
      throws Exception {
    LoopbackWebSocketServer.Link link = follow();

    link.send(frame);
    link.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));

    assertThat(listener.awaitDropped()).contains(reason);
    assertThat(listener.awaitPrice().value()).isEqualByComparingTo("0.0001093");
    assertThat(listener.disconnects).isEmpty();
    assertThat(subscription.droppedMessages()).isEqualTo(1);
  }

  @Test
  void anOversizedMessageIsDroppedAndTheNextTickStillArrives() throws Exception {
    LoopbackWebSocketServer.Link link = follow(fast().withMaxFrameChars(2048), listener);

    link.send("{\"type\":\"message\",\"padding\":\"" + "x".repeat(100_000) + "\"}");
    link.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));

    assertThat(listener.awaitDropped()).contains("longer than 2048 characters");
    assertThat(listener.awaitPrice().value()).isEqualByComparingTo("0.0001093");
  }

  @Test
  void aThrowingListenerDoesNotStopDelivery() throws Exception {
    Recording throwing =
        new Recording() {
          @Override
          public void onMarkPrice(MarkPrice price) {
            super.onMarkPrice(price);
            throw new IllegalStateException("listener failure");
          }
        };
    listener = throwing;
    LoopbackWebSocketServer.Link link = follow(fast(), throwing);

    link.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));
    link.send(tick("USDT-BTC", 1551770401000L, "0.0001094"));

    assertThat(throwing.awaitPrice().value()).isEqualByComparingTo("0.0001093");
    assertThat(throwing.awaitPrice().value()).isEqualByComparingTo("0.0001094");
  }

  @Test
  void aBlockedListenerDoesNotStallTheHeartbeat() throws Exception {
    serveTokens(server.endpoint(), 20, 300);
    CountDownLatch release = new CountDownLatch(1);
    Recording blocking =
        new Recording() {
          @Override
          public void onMarkPrice(MarkPrice price) {
            super.onMarkPrice(price);
            try {
              release.await(LoopbackWebSocketServer.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    listener = blocking;
    LoopbackWebSocketServer.Link link = follow(fast(), blocking);
    link.send(tick("USDT-BTC", 1551770400000L, "0.0001093"));
    blocking.awaitPrice();

    for (int i = 0; i < 20; i++) {
      link.await("ping"); // 20 pings, each answered in time, while the listener is blocked
    }
    release.countDown();
    link.send(tick("USDT-BTC", 1551770401000L, "0.0001094"));

    assertThat(blocking.awaitPrice().value()).isEqualByComparingTo("0.0001094");
    assertThat(blocking.disconnects).isEmpty();
    assertThat(server.pollLink(Duration.ZERO)).isNull();
  }

  // --- closing and configuration
  // ------------------------------------------------------------------

  @Test
  void closingTheSubscriptionClosesTheSocketAndStopsReconnecting() throws Exception {
    LoopbackWebSocketServer.Link link = follow();

    subscription.close();

    assertThat(link.awaitEnd()).isIn("close", "eof");
    assertThat(server.pollLink(Duration.ofMillis(200))).isNull();
    assertThat(listener.disconnects).isEmpty();
    KUCOIN.verify(1, postRequestedFor(urlEqualTo(BULLET)));
  }

  @Test
  void plainWsOffLoopbackIsRefused() throws Exception {
    serveTokens("ws://stream.example.com/endpoint", 10_000, 10_000);

    subscription = stream(fast()).subscribe(Set.of(USDT_BTC), listener);

    assertThat(listener.awaitDisconnect()).contains("must use wss");
    assertThat(server.pollLink(Duration.ofMillis(100))).isNull();
  }

  @Test
  void noSymbolsOrMoreThanAConnectionCarriesAreRefused() {
    MarkPriceStream stream = stream(fast());
    Set<Symbol> tooMany = new LinkedHashSet<>();
    for (int i = 0; i < 301; i++) {
      tooMany.add(Symbol.parse("C" + i + "-BTC"));
    }

    assertThatThrownBy(() -> stream.subscribe(Set.of(), listener))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stream.subscribe(tooMany, listener))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stream.subscribe(Set.of(USDT_BTC), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener is null");
  }

  /** Every callback, in queues a test waits on. */
  static class Recording implements MarkPriceListener {
    final BlockingQueue<MarkPrice> prices = new LinkedBlockingQueue<>();
    final BlockingQueue<String> connects = new LinkedBlockingQueue<>();
    final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    final BlockingQueue<List<Instant>> gaps = new LinkedBlockingQueue<>();
    final BlockingQueue<String> dropped = new LinkedBlockingQueue<>();

    @Override
    public void onMarkPrice(MarkPrice price) {
      prices.add(price);
    }

    @Override
    public void onConnect() {
      connects.add("connect");
    }

    @Override
    public void onDisconnect(String reason) {
      disconnects.add(reason);
    }

    @Override
    public void onGap(Instant lastBefore, Instant firstAfter) {
      gaps.add(List.of(lastBefore, firstAfter));
    }

    @Override
    public void onDropped(String reason) {
      dropped.add(reason);
    }

    MarkPrice awaitPrice() throws InterruptedException {
      return await(prices, "price");
    }

    void awaitConnect() throws InterruptedException {
      await(connects, "connect");
    }

    String awaitDisconnect() throws InterruptedException {
      return await(disconnects, "disconnect");
    }

    List<Instant> awaitGap() throws InterruptedException {
      return await(gaps, "gap");
    }

    String awaitDropped() throws InterruptedException {
      return await(dropped, "dropped message");
    }

    private static <T> T await(BlockingQueue<T> queue, String what) throws InterruptedException {
      T item = queue.poll(LoopbackWebSocketServer.WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (item == null) {
        throw new AssertionError("no " + what + " within " + LoopbackWebSocketServer.WAIT);
      }
      return item;
    }
  }
}
