package dev.margin.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command server: a JVM that stays up between commands, so that a short command answers in
 * milliseconds instead of paying for a JVM's start each time. {@code ./margin} starts it on first
 * use and hands it each short command (see {@link #serves}); it runs the command exactly as {@link
 * MarginCli#run} does in-process, on the same Guice wiring, adapter and bundled snapshot, with a
 * fresh session per command, and reads relative paths from the caller's directory.
 *
 * <p>It listens on a loopback port. Its state file, {@code server} in its directory (which the
 * launcher makes readable by its user alone), holds the port, a random token every request must
 * begin with, and the process id. It stops after {@link #IDLE} without a request, or when its state
 * file no longer names it (the launcher replaced it after a rebuild).
 *
 * <p>A request is NUL-terminated fields: the token, the caller's directory, the number of
 * arguments, then each argument. The answer is {@code margin\0} as soon as the token is checked,
 * then the exit code, {@code \0}, standard error, {@code \0}, and standard output to the end. A
 * command it does not serve is answered with exit code {@value #NOT_SERVED} and nothing else, and
 * the launcher runs it in a JVM of its own.
 */
final class CommandServer implements AutoCloseable {
  /** How long the server waits for a request before it stops. */
  static final Duration IDLE = Duration.ofMinutes(10);

  /** The exit code that says "not served here: run it yourself". */
  static final int NOT_SERVED = 125;

  /** The commands served: short ones that neither stream nor read standard input. */
  static final Set<String> SERVED =
      Set.of("validate", "risk", "check", "symbols", "mark-price", "config", "etf");

  private static final Duration REQUEST_READ = Duration.ofSeconds(5);
  private static final int TOKEN_LENGTH = 32;
  private static final int MAX_FIELD = 1 << 20;

  private final Path directory;
  private final Path jar;
  private final FileTime jarTime;
  private final Clock clock;
  private final ServerSocket socket;
  private final String token;
  private final ExecutorService workers;
  private final AtomicInteger running = new AtomicInteger();
  private volatile Instant lastRequest;

  /**
   * Opens the port and writes the state file.
   *
   * @param directory where the state file goes; made if missing, readable by its owner alone
   * @param jar the jar the server runs from, which it stops when it changes; null to watch none
   * @param clock the clock the idle time is measured on
   */
  CommandServer(Path directory, Path jar, Clock clock) throws IOException {
    this.directory = directory;
    this.jar = jar;
    this.jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
    this.clock = clock;
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret); // TOKEN_LENGTH characters
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "margin-command");
              thread.setDaemon(true);
              return thread;
            });
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.lastRequest = clock.instant();
    writeState();
  }

  /**
   * Runs the server until it is idle for {@link #IDLE} or replaced.
   *
   * @param args the state directory
   * @throws IOException if the port or the state file cannot be made
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CommandServer STATE_DIRECTORY");
      System.exit(2);
    }
    Path jar;
    try {
      jar =
          Path.of(CommandServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      jar = null;
    }
    if (jar != null && !Files.isRegularFile(jar)) {
      jar = null; // classes in a directory, as in a build: nothing to watch
    }
    try (CommandServer server = new CommandServer(Path.of(args[0]), jar, Clock.systemUTC())) {
      server.warmUp();
      server.serve();
    }
    QuickExit.endHttpClientSelectors();
    System.exit(0);
  }

  /** {@return whether the server runs these arguments, rather than a JVM of the caller's own} */
  static boolean serves(List<String> args) {
    if (args.isEmpty() || !SERVED.contains(args.get(0))) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--orders") || arg.startsWith("--orders=") || arg.equals("--follow")) {
        return false;
      }
    }
    return true;
  }

  /** The state file: {@code port token pid}. */
  Path stateFile() {
    return directory.resolve("server");
  }

  int port() {
    return socket.getLocalPort();
  }

  String token() {
    return token;
  }

  /** Runs the common commands twice, so that the first served command finds its code compiled. */
  void warmUp() throws IOException {
    for (int round = 0; round < 2; round++) {
      ArchiveTraining.run(CommandServer::serves);
    }
  }

  /**
   * Accepts requests until the server is idle for {@link #IDLE} or its state file names another.
   */
  void serve() throws IOException {
    socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
    while (!socket.isClosed()) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (SocketTimeoutException e) {
        if (shouldStop(clock.instant())) {
          return;
        }
        continue;
      } catch (SocketException e) {
        if (socket.isClosed()) {
          return; // closed
        }
        throw e;
      }
      lastRequest = clock.instant();
      workers.execute(() -> answer(connection));
    }
  }

  /** {@return whether it is time to stop at {@code now}: idle too long, replaced, or rebuilt} */
  boolean shouldStop(Instant now) {
    if (running.get() == 0 && !now.isBefore(lastRequest.plus(IDLE))) {
      return true;
    }
    try {
      if (jar != null && !Files.getLastModifiedTime(jar).equals(jarTime)) {
        return true;
      }
      return !Files.isRegularFile(stateFile()) || !Files.readString(stateFile()).equals(state());
    } catch (IOException e) {
      return true;
    }
  }

  private void answer(Socket connection) {
    running.incrementAndGet();
    try (connection) {
      connection.setSoTimeout((int) REQUEST_READ.toMillis());
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      byte[] given = field(in, TOKEN_LENGTH).getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
        return;
      }
      out.write("margin\0".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Path caller = Path.of(field(in, MAX_FIELD));
      int count = Integer.parseInt(field(in, 8));
      if (count < 0 || count > 10_000) {
        return;
      }
      List<String> args = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        args.add(field(in, MAX_FIELD));
      }
      connection.setSoTimeout(0);
      byte[] answer = run(args, caller);
      out.write(answer);
      out.flush();
    } catch (IOException | RuntimeException e) {
      // a request cut short or malformed: the client runs the command itself
    } finally {
      lastRequest = clock.instant();
      running.decrementAndGet();
    }
  }

  /** The answer to one request: the exit code, standard error and standard output. */
  static byte[] run(List<String> args, Path caller) {
    if (!serves(args) || !caller.isAbsolute()) {
      return (NOT_SERVED + "\0\0").getBytes(StandardCharsets.US_ASCII);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code = MarginCli.run(args.toArray(new String[0]), outWriter, errWriter, caller);
    outWriter.flush();
    errWriter.flush();
    Charset charset = Charset.defaultCharset();
    ByteArrayOutputStream answer = new ByteArrayOutputStream(out.getBuffer().length() + 256);
    answer.writeBytes((code + "\0").getBytes(StandardCharsets.US_ASCII));
    answer.writeBytes(err.toString().replace('\0', ' ').getBytes(charset));
    answer.write(0);
    answer.writeBytes(out.toString().getBytes(charset));
    return answer.toByteArray();
  }

  /** A field of at most {@code max} bytes, up to its NUL. */
  private static String field(InputStream in, int max) throws IOException {
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    int read;
    while ((read = in.read()) != 0) {
      if (read < 0 || field.size() >= max) {
        throw new IOException("a request cut short");
      }
      field.write(read);
    }
    return field.toString(StandardCharsets.UTF_8);
  }

  private String state() {
    return port() + " " + token + " " + ProcessHandle.current().pid() + "\n";
  }

  private void writeState() throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "server", ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions are all there is
    }
    Files.writeString(temporary, state(), StandardCharsets.US_ASCII);
    try {
      Files.move(
          temporary,
          stateFile(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, stateFile(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Closes the port, and removes the state file if it still names this server. */
  @Override
  public void close() {
    try {
      socket.close();
      if (Files.isRegularFile(stateFile()) && Files.readString(stateFile()).equals(state())) {
        Files.delete(stateFile());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workers.shutdownNow();
    }
  }
}
