package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command server over its loopback port, as the launcher speaks to it: every served command
 * answers what the same command run in-process answers, in the caller's directory.
 */
class CommandServerTest {
  private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

  /** This JVM's locale variables, which the server started here holds too. */
  private static final List<String> LOCALE =
      CommandServer.LOCALE.stream()
          .map(name -> java.util.Objects.requireNonNullElse(System.getenv(name), ""))
          .toList();

  @TempDir Path state;
  @TempDir Path caller;

  private CommandServer server;
  private Path jar;
  private Thread serving;

  record Answer(boolean greeted, int exit, String err, String out) {}

  @BeforeEach
  void start() throws IOException {
    jar = Files.writeString(caller.resolve("margin-cli.jar"), "a jar");
    Files.setLastModifiedTime(jar, FileTime.from(START));
    server = new CommandServer(state, jar, Clock.fixed(START, ZoneOffset.UTC));
    server.writeState();
    serving =
        new Thread(
            () -> {
              try {
                server.serve();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    serving.start();
    Files.writeString(caller.resolve("account.json"), HostileInputTest.ACCOUNT);
    Files.writeString(caller.resolve("broken.json"), "{\"mode\":");
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.close();
    serving.join(10_000);
  }

  @Test
  void answersEveryServedCommandAsTheCommandLineDoesInTheCallersDirectory() throws IOException {
    List<List<String>> commands =
        List.of(
            List.of(
                "validate", "BTC-USDT", "--side", "buy", "--price", "30000.1", "--size", "0.001"),
            List.of(
                "validate", "BTC-USDT", "--side", "buy", "--price", "30000.15", "--size", "1e-9"),
            List.of("validate", "BTC-USDT", "--side", "sideways", "--size", "1"),
            List.of("validate", "NOT A SYMBOL", "--side", "buy", "--size", "1", "--json"),
            List.of("risk", "--account", "account.json", "--stress"),
            List.of("risk", "--account", "account.json", "--order", "BTC-USDT:buy:0.45:66000"),
            List.of("risk", "--account", "missing.json"),
            List.of("risk", "--account", "broken.json"),
            List.of("check", "--account", "account.json", "--order", "BTC-USDT:buy:0.02:66000"),
            List.of("symbols", "--json"),
            List.of("mark-price", "BTC-USDT"),
            List.of("config"),
            List.of("etf"),
            List.of("validate", "--snapshot", "nowhere", "BTC-USDT", "--side", "buy"));
    for (List<String> command : commands) {
      Answer served = ask(server.token(), caller.toString(), command);
      Answer inProcess = inProcess(command);

      assertThat(served).as(String.join(" ", command)).isEqualTo(inProcess);
    }
    Answer missing = ask(server.token(), caller.toString(), List.of("risk", "--account", "x.json"));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--account x.json: no such file");
    assertThat(ask(server.token(), caller.toString(), commands.get(4)).exit()).isZero();
  }

  @Test
  void writesThePlotWhereTheCallerNamedIt() throws IOException {
    Answer served =
        ask(
            server.token(),
            caller.toString(),
            List.of("risk", "--account", "account.json", "--stress", "--plot", "risk.svg"));

    assertThat(served.exit()).isZero();
    assertThat(served.out()).contains("plot: risk.svg");
    assertThat(Files.readString(caller.resolve("risk.svg"))).startsWith("<?xml");
  }

  @Test
  void answersNotServedForWhatStreamsOrReadsStandardInput() throws IOException {
    for (List<String> command :
        List.of(
            List.of("check", "--account", "account.json", "--orders", "orders.jsonl"),
            List.of("check", "--account", "account.json", "--orders=-"),
            List.of("mark-price", "--follow", "--replay", "r.jsonl"),
            List.of("watch", "--account", "account.json"),
            List.of("record", "--out", "x"),
            List.of("completion"),
            List.of("validate", "@options.txt"),
            List.of("mark-price", "--follow=true", "--replay", "r.jsonl"),
            List.of("config", "--verbose"),
            List.of("--help"),
            List.<String>of())) {
      assertThat(ask(server.token(), caller.toString(), command))
          .as(String.join(" ", command))
          .isEqualTo(new Answer(true, CommandServer.NOT_SERVED, "", ""));
    }
    assertThat(ask(server.token(), "relative/dir", List.of("config")).exit())
        .isEqualTo(CommandServer.NOT_SERVED);
  }

  @Test
  void answersEveryHostileDecimalAsTheCommandLineDoes() throws IOException {
    for (List<String> block : HostileInputTest.blocks()) {
      for (String text : block) {
        for (List<String> command :
            List.of(
                List.of("validate", "BTC-USDT", "--side", "buy", "--price", text, "--size", "1"),
                List.of("risk", "--account", "account.json", "--borrow", "USDT:" + text))) {
          assertThat(ask(server.token(), caller.toString(), command))
              .as(String.join(" ", command))
              .isEqualTo(inProcess(command));
        }
      }
    }
  }

  @Test
  void coloursTheHelpOfAUsageErrorAsTheCallersOwnJvmWould() throws IOException {
    List<String> command = List.of("validate", "BTC-USDT");

    Answer plain = ask(server.token(), caller.toString(), "0", LOCALE, command);
    Answer coloured = ask(server.token(), caller.toString(), "1", LOCALE, command);

    assertThat(plain.exit()).isEqualTo(2);
    assertThat(plain.err()).doesNotContain("\u001B[");
    assertThat(coloured.err()).contains("\u001B[");
    StringWriter err = new StringWriter();
    MarginCli.run(
        command.toArray(new String[0]),
        new PrintWriter(new StringWriter()),
        new PrintWriter(err),
        caller,
        picocli.CommandLine.Help.Ansi.ON);
    assertThat(coloured.err()).isEqualTo(err.toString());
  }

  @Test
  void leavesACallerOfAnotherLocaleToItsOwnJvm() throws IOException {
    List<String> other = new ArrayList<>(LOCALE);
    other.set(0, LOCALE.get(0).equals("C") ? "C.UTF-8" : "C");

    Answer answer = ask(server.token(), caller.toString(), "0", other, List.of("config"));

    assertThat(answer).isEqualTo(new Answer(true, CommandServer.NOT_SERVED, "", ""));
  }

  @Test
  void keepsArgumentsWhole() throws IOException {
    String odd = "BTC USDT \"quoted\" 'single' $HOME\\n\nnew line ✓";
    List<String> command = List.of("validate", odd, "--side", "buy", "--size", "1");

    Answer served = ask(server.token(), caller.toString(), command);

    assertThat(served).isEqualTo(inProcess(command));
    assertThat(served.err()).contains("BTC USDT \"quoted\"", "new line ✓");
  }

  @Test
  void saysNothingToARequestWithoutItsToken() throws IOException {
    Answer wrong = ask("0".repeat(32), caller.toString(), List.of("config"));
    Answer none = ask("", caller.toString(), List.of("config"));
    Answer longer = ask(server.token() + "0", caller.toString(), List.of("config"));
    Answer endless = ask("f".repeat(1 << 16), caller.toString(), List.of("config"));

    assertThat(wrong.greeted()).isFalse();
    assertThat(none.greeted()).isFalse();
    assertThat(longer.greeted()).isFalse();
    assertThat(endless.greeted()).isFalse();
    assertThat(wrong.out()).isEmpty();
  }

  @Test
  void answersNothingToAMalformedRequestAndServesTheNext() throws IOException {
    for (List<String> fields :
        List.of(
            request("-1"),
            request("many", "config"),
            request("99999999999", "config"),
            request("3", "config"),
            List.of(server.token(), caller.toString(), "0"),
            List.of(server.token()))) {
      Answer answer = send(fields, true);
      assertThat(answer.greeted()).as(fields.toString()).isTrue();
      assertThat(answer.exit()).as(fields.toString()).isEqualTo(-1);
      assertThat(answer.out()).isEmpty();
    }

    assertThat(ask(server.token(), caller.toString(), List.of("config")).exit()).isZero();
  }

  @Test
  void answersRequestsAtOnce() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<Answer> request =
            () ->
                ask(
                    server.token(),
                    caller.toString(),
                    List.of("risk", "--account", "account.json", "--json"));
        answers.add(clients.submit(request));
      }
      Answer first = answers.get(0).get();
      assertThat(first.exit()).isZero();
      for (Future<Answer> answer : answers) {
        assertThat(answer.get()).isEqualTo(first);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void endsTheHttpClientsOfEachCommandItAnswers() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(ask(server.token(), caller.toString(), List.of("config")).exit()).isZero();
      assertThat(
              ask(server.token(), caller.toString(), List.of("risk", "--account", "account.json"))
                  .exit())
          .isZero();
    }

    // a command's selector is ended before its answer is written; its workers go with it
    assertThat(commandHttpThreads())
        .noneMatch(thread -> QuickExit.isHttpClientSelector(thread.getName()));
    for (Thread worker : commandHttpThreads()) {
      worker.join(10_000);
    }
    assertThat(commandHttpThreads()).isEmpty();
  }

  /** The HTTP clients' threads made by the server's commands, in their workers' groups. */
  private static List<Thread> commandHttpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("HttpClient-"))
        .filter(
            thread ->
                thread.getThreadGroup() != null
                    && thread.getThreadGroup().getName().equals(CommandServer.WORKER))
        .toList();
  }

  @Test
  void itsStateFileIsItsOwnersAloneAndGoesWithIt() throws Exception {
    String[] fields = Files.readString(server.stateFile()).strip().split(" ");

    assertThat(fields).hasSize(4);
    assertThat(Integer.parseInt(fields[0])).isEqualTo(server.port());
    assertThat(fields[1]).isEqualTo(server.token()).hasSize(32);
    assertThat(fields[2]).isEqualTo(server.answer()).hasSize(32).isNotEqualTo(fields[1]);
    assertThat(Long.parseLong(fields[3])).isEqualTo(ProcessHandle.current().pid());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.stateFile())))
        .isEqualTo("rw-------");
    Files.createDirectory(state.resolve("starting"));
    server.writeState();
    assertThat(state.resolve("starting"))
        .as("the launcher's mark, gone once it is up")
        .doesNotExist();

    server.close();
    serving.join(10_000);

    assertThat(serving.isAlive()).isFalse();
    assertThat(server.stateFile()).doesNotExist();
  }

  @Test
  void stopsWhenIdleForTenMinutesOrReplaced() throws IOException {
    assertThat(server.shouldStop(START.plus(CommandServer.IDLE).minusSeconds(1))).isFalse();
    assertThat(server.shouldStop(START.plus(CommandServer.IDLE))).isTrue();

    Files.writeString(server.stateFile(), "1 another other 2\n");

    assertThat(server.shouldStop(START)).isTrue();
    server.close();
    assertThat(server.stateFile()).as("another server's state file stays").exists();
  }

  @Test
  void stopsWhenItsJarChanges() throws IOException {
    assertThat(server.shouldStop(START)).isFalse();
    assertThat(server.rebuilt()).isFalse();

    Files.setLastModifiedTime(jar, FileTime.from(START.plusSeconds(1)));

    assertThat(server.rebuilt()).isTrue();
    assertThat(server.shouldStop(START)).isTrue();
    Files.delete(jar);
    assertThat(server.shouldStop(START)).isTrue();
  }

  @Test
  void servesOnlyTheShortCommands() {
    assertThat(CommandServer.serves(List.of("validate", "BTC-USDT"))).isTrue();
    assertThat(CommandServer.serves(List.of("check", "--order", "x"))).isTrue();
    assertThat(CommandServer.serves(List.of("check", "--orders", "x"))).isFalse();
    assertThat(CommandServer.serves(List.of("mark-price", "--follow"))).isFalse();
    assertThat(CommandServer.serves(List.of("mark-price", "--follow=true"))).isFalse();
    assertThat(CommandServer.serves(List.of("validate", "@args"))).isFalse();
    assertThat(CommandServer.serves(List.of("config", "--verbose"))).isFalse();
    assertThat(CommandServer.serves(List.of("watch"))).isFalse();
    assertThat(CommandServer.serves(List.of())).isFalse();
    assertThat(Duration.ofMinutes(10)).isEqualTo(CommandServer.IDLE);
  }

  private Answer inProcess(List<String> command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        MarginCli.run(
            command.toArray(new String[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            caller,
            picocli.CommandLine.Help.Ansi.OFF);
    return new Answer(true, exit, err.toString(), out.toString());
  }

  /** The launcher's side of the exchange. */
  private Answer ask(String token, String directory, List<String> args) throws IOException {
    return ask(token, directory, "0", LOCALE, args);
  }

  private Answer ask(
      String token, String directory, String ansi, List<String> locale, List<String> args)
      throws IOException {
    List<String> fields = new ArrayList<>(List.of(token, directory, ansi));
    fields.addAll(locale);
    fields.add(String.valueOf(args.size()));
    fields.addAll(args);
    return send(fields, false);
  }

  /** A request whose fields after the locale are {@code rest}. */
  private List<String> request(String... rest) {
    List<String> fields = new ArrayList<>(List.of(server.token(), caller.toString(), "0"));
    fields.addAll(LOCALE);
    fields.addAll(List.of(rest));
    return fields;
  }

  /** Sends the fields, each NUL-terminated, and ends the request there if {@code cut}. */
  private Answer send(List<String> fields, boolean cut) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      for (String field : fields) {
        out.write(field.getBytes(StandardCharsets.UTF_8));
        out.write(0);
      }
      out.flush();
      if (cut) {
        socket.shutdownOutput();
      }
      InputStream in = socket.getInputStream();
      byte[] answer = in.readAllBytes();
      return answer(answer);
    } catch (java.net.SocketException e) {
      return new Answer(false, -1, "", ""); // refused mid-request: the connection was reset
    }
  }

  private Answer answer(byte[] answer) {
    String greeting = server.answer() + "\0";
    String text = new String(answer, Charset.defaultCharset());
    if (!text.startsWith(greeting)) {
      return new Answer(false, -1, "", text);
    }
    text = text.substring(greeting.length());
    if (text.isEmpty()) {
      return new Answer(true, -1, "", ""); // greeted, then the connection closed
    }
    int code = text.indexOf('\0');
    int err = text.indexOf('\0', code + 1);
    return new Answer(
        true,
        Integer.parseInt(text.substring(0, code)),
        text.substring(code + 1, err),
        text.substring(err + 1));
  }
}
