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

  record Launch(int exit, String err, List<String> java, boolean built) {}

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
    script(bin.resolve("java"), "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../java-args\"");
  }

  @Test
  void buildsOnFirstUseAndUsesTheArchive() throws Exception {
    Launch launch = launch("validate", "BTC-USDT");

    assertThat(launch.built()).isTrue();
    assertThat(launch.err()).contains("building the command line (first run only)");
    assertThat(launch.java())
        .contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")
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
        .doesNotContain("-XX:TieredStopAtLevel=1")
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

  private void built(Instant jarTime, Instant archiveTime) throws IOException {
    touch(jar, jarTime);
    touch(archive, archiveTime);
  }

  private Launch launch(String... args) throws Exception {
    Files.deleteIfExists(root.resolve("built"));
    Files.deleteIfExists(root.resolve("java-args"));
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("margin").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().remove("MARGIN_JAVA_OPTS");
    Path err = root.resolve("err");
    builder.redirectError(err.toFile()).redirectOutput(root.resolve("out").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path args0 = root.resolve("java-args");
    return new Launch(
        process.exitValue(),
        Files.readString(err, StandardCharsets.UTF_8),
        Files.exists(args0) ? Files.readAllLines(args0) : List.of(),
        Files.exists(root.resolve("built")));
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
