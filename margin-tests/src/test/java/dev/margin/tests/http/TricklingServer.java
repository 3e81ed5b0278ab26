package dev.margin.tests.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on loopback, for the bodies WireMock cannot serve: it answers every request
 * with its status and headers at once, then writes a chunked body as its script says, in pieces
 * with pauses between. Every pause ends when the server is closed, and none lasts beyond {@link
 * #LONGEST}; closing it ends every connection.
 */
final class TricklingServer implements AutoCloseable {
  static final Duration LONGEST = Duration.ofSeconds(15);

  /** What the server writes after the headers, the same for every request. */
  interface Script {
    void write(Body body) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final String head;
  private final Script script;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicInteger requests = new AtomicInteger();

  private TricklingServer(int status, String headers, Script script) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.head =
        "HTTP/1.1 "
            + status
            + " Scripted\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            + "Connection: close\r\n"
            + headers
            + "\r\n";
    this.script = script;
    threads.execute(this::accept);
  }

  /** Serves {@code script} after {@code status} and {@code headers}, each ending in CRLF. */
  static TricklingServer start(int status, String headers, Script script) {
    try {
      return new TricklingServer(status, headers, script);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on loopback", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    threads.shutdownNow();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        threads.execute(() -> answer(connection));
      } catch (IOException closing) {
        return;
      }
    }
  }

  private void answer(Socket connection) {
    try (connection) {
      readRequestHead(connection.getInputStream());
      requests.incrementAndGet();
      OutputStream out = connection.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Body body = new Body(out);
      script.write(body);
      body.end();
    } catch (IOException | InterruptedException ended) {
      // the client gave up, or the server is closing
    } finally {
      connections.remove(connection);
    }
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request cut off");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  /** The body of one response, written as chunks. */
  final class Body {
    private final OutputStream out;
    private final long start = System.nanoTime();

    private Body(OutputStream out) {
      this.out = out;
    }

    /** Writes {@code bytes} from {@code from} to {@code to} as one chunk, at once. */
    void send(byte[] bytes, int from, int to) throws IOException {
      if (to > from) {
        out.write((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, from, to - from);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    }

    /** Writes {@code bytes} in {@code pieces} chunks with {@code pause} before each. */
    void trickle(byte[] bytes, int pieces, Duration pause)
        throws IOException, InterruptedException {
      for (int i = 0; i < pieces; i++) {
        pause(pause);
        send(
            bytes,
            (int) ((long) bytes.length * i / pieces),
            (int) ((long) bytes.length * (i + 1) / pieces));
      }
    }

    /** Waits for {@code pause}; throws if the server is closing or the body's time is up. */
    void pause(Duration pause) throws IOException, InterruptedException {
      if (closed.await(pause.toNanos(), TimeUnit.NANOSECONDS) || !inTime()) {
        throw new IOException("the server is closing, or the body's time is up");
      }
    }

    /** Waits until the server is closing, or its time is up. */
    void stall() throws IOException, InterruptedException {
      pause(LONGEST);
    }

    /** Whether this body has been written for less than {@link #LONGEST}. */
    boolean inTime() {
      return System.nanoTime() - start < LONGEST.toNanos();
    }

    private void end() throws IOException {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }
}
