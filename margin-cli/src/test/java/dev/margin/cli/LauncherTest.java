package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./margin} launcher itself, run by bash in a copy of the project's layout where {@code
 * mvnw} and {@code java} are stand-ins that write down how they were called: when it builds, what
 * it says, and the JVM options it chooses.
 */
class LauncherTest {
  private static final Instant SOURCES = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path root;

  private Path jar;
  private Path archive;
  private Path source;

  record Launch(int exit, String err, List<String> java, boolean built, String out) {}

  @BeforeEach
  void layout() throws IOException {
    Files.copy(Path.of("..", "margin"), root.resolve("margin"));
    executable(root.resolve("margin"));
    for (String module : List.of("margin-domain", "margin-adapters-http", "margin-app")) {
      Files.createDirectories(root.resolve(module).resolve("src/main/java"));
      touch(root.resolve(module).resolve("pom.xml"), SOURCES);
    }
    source = root.resolve("margin-cli/src/main/java/dev/margin/cli/MarginCli.java");
    Files.createDirectories(source.getParent());
    touch(source, SOURCES);
    touch(root.resolve("margin-cli/pom.xml"), SOURCES);
    touch(root.resolve("pom.xml"), SOURCES);
    jar = root.resolve("margin-cli/target/margin-cli.jar");
    archive = root.resolve("margin-cli/target/margin-cli.jsa");
    // the build stand-in makes the jar and the archive, and notes that it ran
    script(
        root.resolve("mvnw"),
        "mkdir -p margin-cli/target"
            + " && touch -d 2026-02-01T00:00:00Z margin-cli/target/margin-cli.jar"
            + " && touch -d 2026-02-01T00:00:01Z margin-cli/target/margin-cli.jsa && touch built");
    Path bin = Files.createDirectories(root.resolve("bin"));
    // the stand-in notes a command server's start apart from a command's own JVM
    script(
        bin.resolve("java"),
        "case \" $* \" in *' dev.margin.cli.CommandServer '*)"
            + " d=\"$(dirname \"$0\")/..\"; printf '%s\\n' \"$@\" > \"$d/.server.$$\""
            + " && mv \"$d/.server.$$\" \"$d/server-args.$$\"; exit 0 ;; esac\n"
            + "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../java-args\"");
  }

  @Test
  void buildsOnFirstUseAndUsesTheArchive() throws Exception {
    Launch launch = launch("validate", "BTC-USDT");

    assertThat(launch.built()).isTrue();
    assertThat(launch.err()).contains("building the command line (first run only)");
    assertThat(launch.java())
        .contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xmn12m")
        .contains("-XX:+UseSerialGC")
        .endsWith("-jar", jar.toString(), "validate", "BTC-USDT");
  }

  @Test
  void doesNotBuildWhenTheJarIsNewerThanEverySource() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));

    Launch launch = launch("risk", "--account", "a.json");

    assertThat(launch.built()).isFalse();
    assertThat(launch.err()).isEmpty();
    assertThat(launch.java()).endsWith("-jar", jar.toString(), "risk", "--account", "a.json");
  }

  @Test
  void rebuildsWhenASourceIsNewerThanTheJarAndSaysWhich() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    touch(source, SOURCES.plusSeconds(120));

    Launch launch = launch("validate");

    assertThat(launch.built()).isTrue();
    assertThat(launch.err())
        .contains("margin-cli/src/main/java/dev/margin/cli/MarginCli.java is newer than the jar")
        .contains("rebuilding");
  }

  @Test
  void rebuildsWhenABuildFileIsNewerThanTheJar() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    touch(root.resolve("margin-app/pom.xml"), SOURCES.plusSeconds(120));

    assertThat(launch("validate").err()).contains("margin-app/pom.xml is newer than the jar");
  }

  @Test
  void leavesAnArchiveOlderThanTheJarAlone() throws Exception {
    built(SOURCES.plusSeconds(61), SOURCES.plusSeconds(60));

    assertThat(launch("validate").java())
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
  }

  @Test
  void keepsTheOptimisingCompilerForAStreamOfOrders() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));

    assertThat(launch("check", "--account", "a.json", "--orders", "o.jsonl").java())
        .doesNotContain("-XX:TieredStopAtLevel=1", "-Xmn12m")
        .contains("-XX:+UseSerialGC");
    assertThat(launch("check", "--account", "a.json", "--orders=-").java())
        .doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void aFailedBuildIsExitCodeTwoWithTheCommandToSeeWhy() throws Exception {
    script(root.resolve("mvnw"), "exit 1");

    Launch launch = launch("validate");

    assertThat(launch.exit()).isEqualTo(2);
    assertThat(launch.err()).contains("the build failed; run ./mvnw -B -pl margin-cli -am package");
    assertThat(launch.java()).isEmpty();
  }

  @Test
  void handsAShortCommandToTheRunningServerWithTheCallersDirectory() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    Files.writeString(root.resolve("account.json"), HostileInputTest.ACCOUNT);
    try (Served served = serve()) {
      assertThat(served.server().stateFile()).exists();
      Launch valid =
          served("validate", "BTC-USDT", "--side", "buy", "--price", "30000.1", "--size", "0.001");
      Launch invalid =
          served("validate", "BTC-USDT", "--side", "buy", "--price", "30000.15", "--size", "1");
      Launch usage = served("validate", "BTC USDT 'x' \"y\"", "--side", "buy", "--size", "1");
      Launch risk = served("risk", "--account", "account.json", "--json");
      Launch missing = served("risk", "--account", "missing.json");

      assertThat(valid.exit()).isZero();
      assertThat(valid.out())
          .isEqualTo(
              inProcess(
                  "validate",
                  "BTC-USDT",
                  "--side",
                  "buy",
                  "--price",
                  "30000.1",
                  "--size",
                  "0.001"));
      assertThat(valid.err()).isEmpty();
      assertThat(invalid.exit()).isEqualTo(1);
      assertThat(invalid.out()).contains("INVALID");
      assertThat(usage.exit()).isEqualTo(2);
      assertThat(usage.err()).contains("BTC USDT 'x' \"y\"").startsWith("margin: ");
      assertThat(risk.exit()).isZero();
      assertThat(risk.out()).startsWith("{").contains("\"status\"");
      assertThat(missing.exit()).isEqualTo(2);
      assertThat(missing.err())
          .startsWith("margin: --account missing.json: no such file\n")
          .contains("Usage: margin risk");
      for (Launch launch : List.of(valid, invalid, usage, risk, missing)) {
        assertThat(launch.java()).as("no JVM of its own").isEmpty();
        assertThat(launch.built()).isFalse();
      }
      assertThat(serverStarts()).as("no second server").isEmpty();
    }
  }

  @Test
  void startsAServerWhenNoneAnswersAndRunsTheCommandItself() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    Path servers = root.resolve("margin-cli/target/server");
    // a server that is gone: its state file names a port nobody listens on
    Files.createDirectories(servers);
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Files.writeString(
        servers.resolve("server"), closed + " " + "a".repeat(32) + " " + "b".repeat(32) + " 1\n");

    Launch launch = served("validate", "BTC-USDT");

    assertThat(launch.err()).isEmpty();
    assertThat(launch.java()).endsWith("-jar", jar.toString(), "validate", "BTC-USDT");
    List<String> server = serverStart();
    assertThat(server)
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m")
        .contains("-XX:+ExitOnOutOfMemoryError")
        .contains("-Xms12m", "-Xmn4m", "-XX:CICompilerCount=1", "-XX:CompileThresholdScaling=10")
        .doesNotContain("-Xmn12m")
        .endsWith("-cp", jar.toString(), "dev.margin.cli.CommandServer", servers.toString());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(servers)))
        .isEqualTo("rwx------");
  }

  @Test
  void leavesAServerOlderThanTheJarAlone() throws Exception {
    try (Served served = serve()) {
      assertThat(served.server().stateFile()).exists();
      built(Instant.now().plusSeconds(60), Instant.now().plusSeconds(61));

      Launch launch = served("config");

      assertThat(launch.java()).endsWith("-jar", jar.toString(), "config");
      assertThat(serverStart()).contains("dev.margin.cli.CommandServer");
    }
  }

  @Test
  void runsInItsOwnJvmWhatTheServerDoesNotServeOrWhenToldTo() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    try (Served served = serve()) {
      assertThat(served.server().stateFile()).exists();
      assertThat(served("check", "--account", "a.json", "--orders", "o.jsonl").java())
          .endsWith("check", "--account", "a.json", "--orders", "o.jsonl");
      assertThat(served("mark-price", "--follow", "--replay", "r.jsonl").java()).isNotEmpty();
      assertThat(served("watch", "--account", "a.json").java()).isNotEmpty();
      assertThat(served("--version").java()).endsWith("--version");
      assertThat(launch("config").java()).endsWith("config");
    }
    assertThat(serverStarts()).as("no server started for them").isEmpty();
  }

  @Test
  void leavesAListenerThatCannotProveItIsTheServerUnanswered() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    Path servers = Files.createDirectories(root.resolve("margin-cli/target/server"));
    try (java.net.ServerSocket impostor =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Files.writeString(
          servers.resolve("server"),
          impostor.getLocalPort() + " " + "a".repeat(32) + " " + "b".repeat(32) + " 1\n");
      Thread answering =
          new Thread(
              () -> {
                try (java.net.Socket connection = impostor.accept()) {
                  connection
                      .getOutputStream()
                      .write("margin\0000\0\0FAKE: VALID\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                  // the launcher hung up
                }
              });
      answering.start();

      Launch launch = served("validate", "BTC-USDT");

      answering.join(10_000);
      assertThat(launch.out()).doesNotContain("FAKE");
      assertThat(launch.err()).isEmpty();
      assertThat(launch.java()).endsWith("-jar", jar.toString(), "validate", "BTC-USDT");
    }
  }

  @Test
  void oneLauncherAtATimeStartsAServer() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    Path starting = Files.createDirectories(root.resolve("margin-cli/target/server/starting"));

    served("config");
    touch(starting, Instant.now().minusSeconds(120)); // a start that failed a while ago
    served("config");

    assertThat(serverStart()).containsOnlyOnce("dev.margin.cli.CommandServer");
    assertThat(serverStarts()).hasSize(1);
  }

  @Test
  void startsNoOtherServerWhenTheServerDeclinesACommand() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    try (Served served = serve()) {
      assertThat(served.server().stateFile()).exists();
      String lang = "xx_XX." + Objects.requireNonNullElse(System.getenv("LANG"), "");

      Launch declined = launch(Map.of("LANG", lang, "LC_ALL", lang), "config");

      assertThat(declined.java()).as("its own JVM").endsWith("config");
    }
    // the server is gone: this launch starts one, and is the only one that did
    served("config");
    serverStart();
    assertThat(serverStarts()).hasSize(1);
  }

  @Test
  void holdsNoneOfTheCallersDescriptorsWhileItStartsAServer() throws Exception {
    built(SOURCES.plusSeconds(60), SOURCES.plusSeconds(61));
    // a server that never ends, and notes its process to be stopped here
    script(
        root.resolve("bin/java"),
        "case \" $* \" in *' dev.margin.cli.CommandServer '*)"
            + " echo $$ > \"$(dirname \"$0\")/../server-pid\"; exec sleep 600 ;; esac\n"
            + "echo output");
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash", "-c", "err=$(bash ./margin config 3>&1 1>&2 2>&3); echo \"done $err\"")
            .directory(root.toFile());
    builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("MARGIN_SERVER");
    builder.environment().remove("MARGIN_JAVA_OPTS");
    builder.redirectErrorStream(true).redirectOutput(root.resolve("out").toFile());
    Process caller = builder.start();
    try {
      assertThat(caller.waitFor(30, TimeUnit.SECONDS)).as("the caller's pipe closed").isTrue();
      assertThat(Files.readString(root.resolve("out"))).contains("done");
    } finally {
      caller.destroyForcibly();
      Path pid = root.resolve("server-pid");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
        assertThat(System.nanoTime()).as("the server's start").isLessThan(deadline);
        Thread.sleep(10);
      }
      ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  /** A real command server, in this JVM, where the launcher looks for one. */
  private Served serve() throws IOException {
    CommandServer server =
        new CommandServer(
            root.resolve("margin-cli/target/server"), null, java.time.Clock.systemUTC());
    server.writeState();
    Thread thread =
        new Thread(
            () -> {
              try {
                server.serve();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    thread.start();
    return new Served(server, thread);
  }

  record Served(CommandServer server, Thread thread) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The arguments the launcher started a server with, once its background start has run. */
  private List<String> serverStart() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (serverStarts().isEmpty()) {
      assertThat(System.nanoTime()).as("the server's start").isLessThan(deadline);
      Thread.sleep(10);
    }
    return Files.readAllLines(serverStarts().get(0));
  }

  /** The servers the launcher has started so far, each a file of its arguments. */
  private List<Path> serverStarts() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(root)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("server-args."))
          .toList();
    }
  }

  private static String inProcess(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    MarginCli.run(
        args, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
    return out.toString();
  }

  private void built(Instant jarTime, Instant archiveTime) throws IOException {
    touch(jar, jarTime);
    touch(archive, archiveTime);
  }

  /** A launch with the command server off, as every test of the build and the JVM's options. */
  private Launch launch(String... args) throws Exception {
    return launch(Map.of("MARGIN_SERVER", "off"), args);
  }

  /** A launch that hands short commands to the command server, or starts one. */
  private Launch served(String... args) throws Exception {
    return launch(Map.of(), args);
  }

  private Launch launch(Map<String, String> environment, String... args) throws Exception {
    Files.deleteIfExists(root.resolve("built"));
    Files.deleteIfExists(root.resolve("java-args"));
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("margin").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("MARGIN_JAVA_OPTS");
    builder.environment().remove("MARGIN_SERVER");
    builder.environment().putAll(environment);
    Path err = root.resolve("err");
    builder.redirectError(err.toFile()).redirectOutput(root.resolve("out").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path args0 = root.resolve("java-args");
    return new Launch(
        process.exitValue(),
        Files.readString(err, StandardCharsets.UTF_8),
        Files.exists(args0) ? Files.readAllLines(args0) : List.of(),
        Files.exists(root.resolve("built")),
        Files.readString(root.resolve("out"), StandardCharsets.UTF_8));
  }

  private static void touch(Path file, Instant time) throws IOException {
    Files.createDirectories(file.getParent());
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    Files.setLastModifiedTime(file, FileTime.from(time));
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\nset -e\n" + body + "\n");
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
