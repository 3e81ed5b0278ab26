package dev.margin.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KuCoin's public WebSocket on a loopback port, playing a recorded file: it sends {@code welcome}
 * on connect, answers {@code subscribe} with {@code ack} and {@code ping} with {@code pong}, and
 * once a link follows every symbol of the file, sends the file's frames in order (RFC 6455 text
 * frames, no extensions). Each frame waits for a permit, so that a command may take the frames one
 * at a time; a lost link's successor goes on where it stopped. The CLI reaches it through the real
 * adapter, as it reaches the snapshot server.
 */
final class ReplayServer implements AutoCloseable {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern TOPIC = Pattern.compile("\"topic\"\\s*:\\s*\"([^\"]*)\"");
  private static final String MARK_PRICE = "/indicator/markPrice:";

  private final ReplayFile file;
  private final ServerSocket server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "margin-replay");
            thread.setDaemon(true);
            return thread;
          });
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final Semaphore permits = new Semaphore(0);
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean finished;

  ReplayServer(ReplayFile file) {
    this.file = file;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a loopback port for the replay", e);
    }
    threads.execute(this::accept);
  }

  /** The URL of this server, for the token's {@code instanceServers[0].endpoint}. */
  String endpoint() {
    return "ws://127.0.0.1:" + server.getLocalPort() + "/replay";
  }

  /** Lets {@code count} more frames go. */
  void allow(int count) {
    permits.release(count);
  }

  /** {@return whether every frame was sent, and the link closed after them} */
  boolean finished() {
    return finished;
  }

  /** {@return the symbols the frames name} */
  Set<String> symbols() {
    return file.symbols();
  }

  /** {@return how many frames there are} */
  int total() {
    return file.frames().size();
  }

  /** {@return how many frames were sent so far} */
  int sent() {
    return Math.min(next.get(), file.frames().size());
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
    try (socket) {
      InputStream in = socket.getInputStream();
      String key = key(head(in));
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  + "Sec-WebSocket-Accept: "
                  + accept(key)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Link link = new Link(socket);
      link.send("{\"id\":\"replay-" + socket.getPort() + "\",\"type\":\"welcome\"}");
      link.read(new DataInputStream(in));
    } catch (IOException | RuntimeException e) {
      // the link ends; the client makes another
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0 || head.size() > 16 * 1024) {
        throw new IOException("no WebSocket handshake");
      }
      head.write(b);
      matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String key(String request) throws IOException {
    for (String line : request.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    throw new IOException("no Sec-WebSocket-Key");
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
  public void close() {
    try {
      server.close();
      for (Socket socket : sockets) {
        socket.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
    threads.shutdownNow();
  }

  /** One client's link. */
  private final class Link {
    private final Socket socket;
    private final Set<String> followed = ConcurrentHashMap.newKeySet();
    private boolean playing;

    Link(Socket socket) {
      this.socket = socket;
    }

    synchronized void send(String text) throws IOException {
      byte[] payload = text.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(0x81);
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

    private void close(int code, String reason) throws IOException {
      byte[] text = reason.getBytes(StandardCharsets.UTF_8);
      byte[] payload = new byte[text.length + 2];
      payload[0] = (byte) (code >> 8);
      payload[1] = (byte) code;
      System.arraycopy(text, 0, payload, 2, text.length);
      control(0x8, payload);
    }

    private synchronized void control(int opcode, byte[] payload) throws IOException {
      OutputStream out = socket.getOutputStream();
      out.write(0x80 | opcode);
      out.write(payload.length);
      out.write(payload);
      out.flush();
    }

    void read(DataInputStream in) throws IOException {
      while (true) {
        int first = in.readUnsignedByte();
        int second = in.readUnsignedByte();
        long length = second & 0x7f;
        if (length == 126) {
          length = in.readUnsignedShort();
        } else if (length == 127) {
          length = in.readLong();
        }
        if (length > 1024 * 1024) {
          throw new IOException("a client frame of " + length + " bytes");
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
          control(0x8, payload.length <= 125 ? payload : new byte[0]);
          return;
        } else if (opcode == 0x9 && payload.length <= 125) {
          control(0xA, payload);
        } else if (opcode == 0x1) {
          answer(new String(payload, StandardCharsets.UTF_8));
        }
      }
    }

    private void answer(String text) throws IOException {
      String type = field(TYPE, text);
      String id = field(ID, text);
      if ("subscribe".equals(type)) {
        String topic = field(TOPIC, text);
        if (topic != null && topic.startsWith(MARK_PRICE)) {
          followed.addAll(List.of(topic.substring(MARK_PRICE.length()).split(",")));
        }
        send("{\"id\":\"" + id + "\",\"type\":\"ack\"}");
        if (!playing && followed.containsAll(file.symbols())) {
          playing = true;
          threads.execute(this::play);
        }
      } else if ("ping".equals(type)) {
        send("{\"id\":\"" + id + "\",\"type\":\"pong\"}");
      }
    }

    private void play() {
      List<String> frames = file.frames();
      try {
        while (!socket.isClosed()) {
          permits.acquire();
          int index = next.getAndIncrement();
          if (index >= frames.size()) {
            finished = true;
            close(1000, "end of replay");
            return;
          }
          send(frames.get(index));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IOException e) {
        next.decrementAndGet(); // not sent: the next link sends it
        permits.release();
      }
    }
  }

  private static String field(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
