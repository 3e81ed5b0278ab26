package dev.margin.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * begin with, a random answer that proves the server is the one the file names, and the process id.
 * It is written once the server has warmed up. It stops after {@link #IDLE} without a request, when
 * its jar changes, or when its state file no longer names it (the launcher started another); it
 * finishes the commands it is running first.
 *
 * <p>A request is NUL-terminated fields: the token, the caller's directory, {@code 1} or {@code 0}
 * for whether the caller's picocli would colour its help, the caller's {@code LC_ALL}, {@code
 * LC_CTYPE} and {@code LANG} (which decide the JVM's charset), the number of arguments, then each
 * argument. The answer is the server's answer field and {@code \0} as soon as the token is checked,
 * then the exit code, {@code \0}, standard error, {@code \0}, and standard output to the end. A
 * command it does not serve, or a caller whose locale is not the server's, is answered with exit
 * code {@value #NOT_SERVED} and nothing else, and the launcher runs it in a JVM of its own.
 */
final class CommandServer implements AutoCloseable {
  /** How long the server waits for a request before it stops. */
  static final Duration IDLE = Duration.ofMinutes(10);

  /** The exit code that says "not served here: run it yourself". */
  static final int NOT_SERVED = 125;

  /** The commands served: short ones that neither stream nor read standard input. */
  static final Set<String> SERVED =
      Set.of("validate", "risk", "check", "symbols", "mark-price", "config", "etf");

  /** The locale variables that decide a JVM's charset, as the launcher sends them. */
  static final List<String> LOCALE = List.of("LC_ALL", "LC_CTYPE", "LANG");

  /** How many commands run at once; a connection past them is closed, and runs on its own. */
  static final int WORKERS = 8;

  /** The name of each worker's thread and thread group. */
  static final String WORKER = "margin-command";

  private static final Duration TOKEN_READ = Duration.ofSeconds(1);
  private static final Duration REQUEST_READ = Duration.ofSeconds(5);
  private static final Duration FINISHING = Duration.ofMinutes(5);
  private static final int TOKEN_LENGTH = 32;

  private final ServerStateFile stateFile;
  private final Path jar;
  private final FileTime jarTime;
  private final Clock clock;
  private final ServerSocket socket;
  private final String token;
  private final String answer;
  private final List<String> locale;
  private final ThreadPoolExecutor workers;
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
    this.jar = jar;
    this.jarTime = jar == null ? null : Files.getLastModifiedTime(jar);
    this.clock = clock;
    SecureRandom random = new SecureRandom();
    this.token = secret(random); // TOKEN_LENGTH characters
    this.answer = secret(random);
    List<String> variables = new ArrayList<>();
    for (String name : LOCALE) {
      variables.add(Objects.requireNonNullElse(System.getenv(name), ""));
    }
    this.locale = List.copyOf(variables);
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            1,
            TimeUnit.MINUTES,
            new SynchronousQueue<>(),
            task -> {
              // a group of its own: the HTTP clients its commands make are ended by group
              Thread thread = new Thread(new ThreadGroup(WORKER), task, WORKER);
              thread.setDaemon(true);
              return thread;
            });
    this.workers.allowCoreThreadTimeOut(true);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.stateFile =
        new ServerStateFile(
            directory, socket.getLocalPort(), token, answer, ProcessHandle.current().pid());
    this.lastRequest = clock.instant();
  }

  private static String secret(SecureRandom random) {
    byte[] secret = new byte[TOKEN_LENGTH / 2];
    random.nextBytes(secret);
    return HexFormat.of().formatHex(secret);
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
      QuickExit.endHttpClientSelectors(); // the warm-up's clients; no command is served yet
      if (!server.rebuilt()) {
        server.writeState();
        server.serve();
      }
    }
    QuickExit.endHttpClientSelectors();
    System.exit(0);
  }

  /**
   * {@return whether the server runs these arguments, rather than a JVM of the caller's own} Not
   * what streams or reads standard input ({@code --orders}, {@code --follow}), an argument file
   * ({@code @file}, which picocli reads), or {@code --verbose} (whose stack traces would show the
   * server's frames).
   */
  static boolean serves(List<String> args) {
    if (args.isEmpty() || !SERVED.contains(args.get(0))) {
      return false;
    }
    for (String arg : args) {
      if (arg.startsWith("--orders")
          || arg.startsWith("--follow")
          || arg.startsWith("--verbose")
          || arg.startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  /** The state file: {@code port token pid}. */
  Path stateFile() {
    return stateFile.path();
  }

  int port() {
    return socket.getLocalPort();
  }

  String token() {
    return token;
  }

  String answer() {
    return answer;
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
      try {
        workers.execute(() -> answer(connection));
      } catch (RejectedExecutionException e) {
        connection.close(); // every worker busy: the caller runs the command itself
      }
      if (rebuilt()) {
        return; // however busy: a command after a rebuild must not find the old classes
      }
    }
  }

  /** {@return whether the jar the server runs from has changed or gone since it started} */
  boolean rebuilt() {
    try {
      return jar != null && !Files.getLastModifiedTime(jar).equals(jarTime);
    } catch (IOException e) {
      return true;
    }
  }

  /** {@return whether it is time to stop at {@code now}: idle too long, replaced, or rebuilt} */
  boolean shouldStop(Instant now) {
    if (running.get() == 0 && !now.isBefore(lastRequest.plus(IDLE))) {
      return true;
    }
    if (rebuilt()) {
      return true;
    }
    try {
      return !stateFile.namesThisServer();
    } catch (IOException e) {
      return true;
    }
  }

  private void answer(Socket connection) {
    boolean counted = false;
    try (connection) {
      connection.setSoTimeout((int) TOKEN_READ.toMillis());
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      byte[] given = ServerRequest.field(in, TOKEN_LENGTH).getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
        return;
      }
      running.incrementAndGet();
      counted = true;
      lastRequest = clock.instant();
      out.write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      connection.setSoTimeout((int) REQUEST_READ.toMillis());
      ServerRequest request = ServerRequest.read(in);
      connection.setSoTimeout(0);
      byte[] reply = request.locale().equals(locale) ? request.answer() : ServerRequest.notServed();
      // the command is done with its HTTP clients: end their threads now rather than when the
      // clients are collected, which in a server that stays up may be much later
      QuickExit.endHttpClientSelectors(Thread.currentThread().getThreadGroup());
      out.write(reply);
      out.flush();
    } catch (IOException | RuntimeException e) {
      // a request cut short or malformed: the client runs the command itself
    } finally {
      if (counted) {
        lastRequest = clock.instant();
        running.decrementAndGet();
      }
    }
  }

  /**
   * Writes the state file, which makes the server known to the launcher, and removes the launcher's
   * {@code starting} mark.
   */
  void writeState() throws IOException {
    stateFile.write();
  }

  /**
   * Closes the port, removes the state file if it still names this server, and waits for the
   * commands running to finish.
   */
  @Override
  public void close() {
    try {
      socket.close();
      stateFile.removeIfThisServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workers.shutdown();
      try {
        if (!workers.awaitTermination(FINISHING.toMillis(), TimeUnit.MILLISECONDS)) {
          workers.shutdownNow();
        }
      } catch (InterruptedException e) {
        workers.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
