package dev.margin.tests.stream;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket server (RFC 6455, text frames, no extensions) on loopback that plays KuCoin: it sends
 * {@code welcome} on connect, answers {@code subscribe} with {@code ack} and {@code ping} with
 * {@code pong} (each switchable), records every message it receives, and lets a test write any
 * frame, close a link or reset it.
 */
final class LoopbackWebSocketServer implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(10);

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");

  volatile boolean welcome = true;
  volatile boolean ack = true;
  volatile boolean pong = true;

  /** How many of the first links never answer a ping. */
  volatile int silentLinks;

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Link> links = new LinkedBlockingQueue<>();
  private final AtomicInteger opened = new AtomicInteger();

  LoopbackWebSocketServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The URL of this server, for {@code instanceServers[0].endpoint}. */
  String endpoint() {
    return "ws://127.0.0.1:" + server.getLocalPort() + "/endpoint";
  }

  /** The next link a client opened, waiting at most {@link #WAIT}; fails if none came. */
  Link awaitLink() throws InterruptedException {
    Link link = links.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (link == null) {
      throw new AssertionError("no WebSocket connection within " + WAIT);
    }
    return link;
  }

  /** The next link opened within {@code wait}, or null. */
  Link pollLink(Duration wait) throws InterruptedException {
    return links.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      String request = head(in);
      String[] lines = request.split("\r\n");
      URI uri = URI.create(lines[0].split(" ")[1]);
      String key = null;
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
          key = line.substring(line.indexOf(':') + 1).trim();
        }
      }
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  + "Sec-WebSocket-Accept: "
                  + accept(key)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Link link = new Link(socket, uri, opened.incrementAndGet());
      if (welcome) {
        link.send("{\"id\":\"" + link.hashCode() + "\",\"type\":\"welcome\"}");
      }
      links.add(link);
      link.read(new DataInputStream(in));
    } catch (IOException | RuntimeException e) {
      // the link ends
    } finally {
      try {
        socket.close();
      } catch (IOException e) {
        // closed
      }
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("end of stream in the handshake");
      }
      head.write(b);
      matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String accept(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    threads.shutdownNow();
  }

  /** One client's link. */
  final class Link {
    final URI uri;
    final int number;
    private final Socket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> ended = new LinkedBlockingQueue<>();

    Link(Socket socket, URI uri, int number) {
      this.socket = socket;
      this.number = number;
      this.uri = uri;
    }

    /** The query parameter {@code name} of the URL the client opened. */
    String query(String name) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (pair.startsWith(name + "=")) {
          return pair.substring(name.length() + 1);
        }
      }
      return null;
    }

    /** The next text message of {@code type} the client sent, skipping others; fails if none. */
    String await(String type) throws InterruptedException {
      long end = System.nanoTime() + WAIT.toNanos();
      while (true) {
        String message = received.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (message == null) {
          throw new AssertionError("no " + type + " message within " + WAIT);
        }
        if (type.equals(field(TYPE, message))) {
          return message;
        }
      }
    }

    /** How the link ended ({@code "close"} or {@code "eof"}), waiting at most {@link #WAIT}. */
    String awaitEnd() throws InterruptedException {
      String end = ended.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (end == null) {
        throw new AssertionError("the link did not end within " + WAIT);
      }
      return end;
    }

    /** Sends a text frame. */
    synchronized void send(String text) throws IOException {
      frame(0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a close frame with {@code code}, and ends the link. */
    synchronized void close(int code) throws IOException {
      frame(0x8, new byte[] {(byte) (code >> 8), (byte) code});
      socket.shutdownOutput();
    }

    /** Drops the TCP connection with a reset, no close frame. */
    void reset() throws IOException {
      socket.setSoLinger(true, 0);
      socket.close();
    }

    private void frame(int opcode, byte[] payload) throws IOException {
      OutputStream out = socket.getOutputStream();
      out.write(0x80 | opcode);
      if (payload.length < 126) {
        out.write(payload.length);
      } else if (payload.length < 65536) {
        out.write(126);
        out.write(payload.length >> 8);
        out.write(payload.length);
      } else {
        out.write(127);
        for (int shift = 56; shift >= 0; shift -= 8) {
          out.write((int) ((long) payload.length >> shift));
        }
      }
      out.write(payload);
      out.flush();
    }

    private void read(DataInputStream in) throws IOException {
      try {
        while (true) {
          int first = in.readUnsignedByte();
          int second = in.readUnsignedByte();
          long length = second & 0x7f;
          if (length == 126) {
            length = in.readUnsignedShort();
          } else if (length == 127) {
            length = in.readLong();
          }
          byte[] mask = new byte[4];
          if ((second & 0x80) != 0) {
            in.readFully(mask);
          }
          byte[] payload = new byte[(int) length];
          in.readFully(payload);
          for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
          }
          int opcode = first & 0x0f;
          if (opcode == 0x8) {
            ended.add("close");
            synchronized (this) {
              frame(0x8, payload);
            }
            return;
          } else if (opcode == 0x9) {
            synchronized (this) {
              frame(0xA, payload);
            }
          } else if (opcode == 0x1) {
            String text = new String(payload, StandardCharsets.UTF_8);
            answer(text);
            received.add(text);
          }
        }
      } catch (IOException e) {
        ended.add("eof");
        throw e;
      }
    }

    private void answer(String text) throws IOException {
      String type = field(TYPE, text);
      String id = field(ID, text);
      if ("subscribe".equals(type) && ack) {
        send("{\"id\":\"" + id + "\",\"type\":\"ack\"}");
      } else if ("ping".equals(type) && pong && number > silentLinks) {
        send("{\"id\":\"" + id + "\",\"type\":\"pong\"}");
      }
    }
  }

  private static String field(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
