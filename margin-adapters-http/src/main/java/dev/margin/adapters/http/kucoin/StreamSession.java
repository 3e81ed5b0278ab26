package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One subscription's link to KuCoin's WebSocket, kept up: token, connect, {@code welcome}, one
 * {@code subscribe} per {@value #TOPICS_PER_MESSAGE} symbols with each {@code ack} awaited, {@code
 * ping} every {@code pingInterval} with the {@code pong} awaited for {@code pingTimeout}; on any
 * failure, a new link after a backoff. All its state is held by one control thread; the listener
 * hears it through a {@link ListenerThread}.
 */
final class StreamSession implements MarkPriceStream.Subscription, StreamLink.Control {

  /** KuCoin's limit of topics in one subscribe message. */
  static final int TOPICS_PER_MESSAGE = 100;

  private enum Phase {
    CONNECTING,
    SUBSCRIBING,
    LIVE,
    WAITING
  }

  private final Supplier<StreamToken> tokens;
  private final HttpClient client;
  private final KucoinStreamConfig config;
  private final Clock clock;
  private final List<Symbol> symbols;
  private final ListenerThread listener;
  private final StreamFrames frames;
  private final ScheduledExecutorService control;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean closed;

  // held by the control thread only
  private int generation;
  private Phase phase = Phase.WAITING;
  private WebSocket socket;
  private CompletableFuture<WebSocket> sending;
  private ScheduledFuture<?> stepTimer;
  private ScheduledFuture<?> pongTimer;
  private ScheduledFuture<?> pinger;
  private String awaitedId;
  private String pingId;
  private int batch;
  private int failures;
  private Instant lastTick;
  private Instant gapFrom;
  private Duration heartbeat;
  private Duration pongWait;

  StreamSession(
      Supplier<StreamToken> tokens,
      HttpClient client,
      KucoinStreamConfig config,
      Clock clock,
      List<Symbol> symbols,
      MarkPriceListener listener) {
    this.tokens = tokens;
    this.client = client;
    this.config = config;
    this.clock = clock;
    this.symbols = List.copyOf(symbols);
    this.listener = new ListenerThread(listener);
    this.frames = new StreamFrames(config.maxFrameChars());
    this.control =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "margin-mark-prices");
              thread.setDaemon(true);
              return thread;
            });
  }

  void start() {
    submit(this::connect);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      control.execute(this::shutDownLink);
    } catch (RejectedExecutionException e) {
      // already stopping
    }
    control.shutdown();
    try {
      control.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    control.shutdownNow();
    listener.stop();
  }

  private void shutDownLink() {
    generation++;
    cancelTimers();
    WebSocket open = socket;
    socket = null;
    if (open != null) {
      try {
        open.sendClose(WebSocket.NORMAL_CLOSURE, "").get(1, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the link goes anyway
      }
      open.abort();
    }
  }

  // --- connecting
  // ---------------------------------------------------------------------------------

  private void connect() {
    if (closed) {
      return;
    }
    int current = ++generation;
    phase = Phase.CONNECTING;
    StreamToken token;
    try {
      token = tokens.get();
    } catch (RuntimeException e) {
      fail(current, "no token: " + e.getMessage());
      return;
    }
    heartbeat = token.pingInterval();
    pongWait = token.pingTimeout();
    stepTimer =
        control.schedule(
            () -> fail(current, "no welcome within " + config.welcomeTimeout().toMillis() + " ms"),
            config.welcomeTimeout().toNanos(),
            TimeUnit.NANOSECONDS);
    String connectId = "margin-" + System.nanoTime() + "-" + ids.incrementAndGet();
    client
        .newWebSocketBuilder()
        .connectTimeout(config.welcomeTimeout())
        .buildAsync(
            token.connectUrl(connectId), new StreamLink(current, config.maxFrameChars(), this))
        .whenComplete(
            (ws, error) -> {
              if (error != null) {
                submit(() -> fail(current, "cannot connect: " + cause(error)));
              }
            });
  }

  @Override
  public void opened(int gen, WebSocket ws) {
    if (gen != generation || closed) {
      ws.abort();
      return;
    }
    socket = ws;
    sending = CompletableFuture.completedFuture(ws);
  }

  @Override
  public void frame(int gen, String text) {
    if (gen != generation || closed) {
      return;
    }
    StreamFrame frame;
    try {
      frame = frames.read(text);
    } catch (StreamFrames.Unusable e) {
      dropped(e.getMessage());
      return;
    }
    switch (frame.kind()) {
      case WELCOME -> {
        if (phase == Phase.CONNECTING) {
          cancel(stepTimer);
          phase = Phase.SUBSCRIBING;
          batch = 0;
          subscribeNext(gen);
        }
      }
      case ACK -> {
        if (phase == Phase.SUBSCRIBING && awaitedId != null && awaitedId.equals(frame.id())) {
          cancel(stepTimer);
          awaitedId = null;
          batch++;
          if (batch * TOPICS_PER_MESSAGE < symbols.size()) {
            subscribeNext(gen);
          } else {
            live(gen);
          }
        }
      }
      case PONG -> {
        if (pingId != null && pingId.equals(frame.id())) {
          cancel(pongTimer);
          pingId = null;
        }
      }
      case ERROR -> fail(gen, "error from the server: " + frame.error());
      case TICK -> {
        Instant now = clock.instant();
        if (gapFrom != null) {
          Instant from = gapFrom;
          gapFrom = null;
          listener.tell(l -> l.onGap(from, now));
        }
        lastTick = now;
        listener.tell(l -> l.onMarkPrice(frame.price()));
      }
    }
  }

  private void subscribeNext(int gen) {
    int from = batch * TOPICS_PER_MESSAGE;
    List<Symbol> part = symbols.subList(from, Math.min(symbols.size(), from + TOPICS_PER_MESSAGE));
    StringBuilder topic = new StringBuilder(StreamFrames.TOPIC);
    for (int i = 0; i < part.size(); i++) {
      topic.append(i == 0 ? "" : ",").append(part.get(i).code());
    }
    awaitedId = nextId();
    send(
        gen,
        "{\"id\":\""
            + awaitedId
            + "\",\"type\":\"subscribe\",\"topic\":\""
            + topic
            + "\",\"privateChannel\":false,\"response\":true}");
    stepTimer =
        control.schedule(
            () -> fail(gen, "no ack within " + config.ackTimeout().toMillis() + " ms"),
            config.ackTimeout().toNanos(),
            TimeUnit.NANOSECONDS);
  }

  private void live(int gen) {
    phase = Phase.LIVE;
    failures = 0;
    listener.tell(MarkPriceListener::onConnect);
    Duration interval = heartbeat;
    pinger =
        control.scheduleAtFixedRate(
            () -> ping(gen), interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void ping(int gen) {
    if (gen != generation || pingId != null) {
      return; // the pong timer of the ping in flight decides
    }
    pingId = nextId();
    send(gen, "{\"id\":\"" + pingId + "\",\"type\":\"ping\"}");
    pongTimer =
        control.schedule(
            () -> fail(gen, "no pong within " + pongWait.toMillis() + " ms"),
            pongWait.toNanos(),
            TimeUnit.NANOSECONDS);
  }

  private void send(int gen, String text) {
    sending =
        sending
            .thenCompose(ws -> ws.sendText(text, true))
            .whenComplete(
                (ws, error) -> {
                  if (error != null) {
                    submit(() -> fail(gen, "cannot send: " + cause(error)));
                  }
                });
  }

  // --- failing
  // ------------------------------------------------------------------------------------

  @Override
  public void fail(int gen, String reason) {
    if (gen != generation || closed) {
      return;
    }
    generation++;
    cancelTimers();
    if (socket != null) {
      socket.abort();
      socket = null;
    }
    phase = Phase.WAITING;
    if (gapFrom == null) {
      gapFrom = lastTick; // the gap, if prices were flowing, is reported when they resume
    }
    listener.tell(l -> l.onDisconnect(reason));
    long delay = StreamBackoff.nanos(failures++, config.initialBackoff(), config.maxBackoff());
    control.schedule(this::connect, delay, TimeUnit.NANOSECONDS);
  }

  @Override
  public long droppedMessages() {
    return dropped.get();
  }

  private void dropped(String reason) {
    dropped.incrementAndGet();
    listener.tell(l -> l.onDropped(reason));
  }

  private void cancelTimers() {
    cancel(stepTimer);
    cancel(pongTimer);
    cancel(pinger);
    stepTimer = null;
    pongTimer = null;
    pinger = null;
    awaitedId = null;
    pingId = null;
  }

  private static void cancel(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private String nextId() {
    return Long.toString(ids.incrementAndGet());
  }

  @Override
  public void submit(Runnable task) {
    if (closed) {
      return;
    }
    try {
      control.execute(task);
    } catch (RejectedExecutionException e) {
      // closed meanwhile
    }
  }

  static String cause(Throwable error) {
    Throwable root = error;
    while ((root instanceof java.util.concurrent.CompletionException
            || root instanceof java.util.concurrent.ExecutionException)
        && root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public void frameDropped(int gen, String reason) {
    if (gen == generation && !closed) {
      dropped(reason);
    }
  }
}
