package dev.margin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the commands a user runs most, in one JVM, on the bundled snapshot, so that the build can
 * record the classes they load in a class-data-sharing archive ({@code -XX:ArchiveClassesAtExit}),
 * which the {@code ./margin} launcher then maps at start instead of loading and verifying those
 * classes from the jar again. Writes nothing but a line of its own; fails if a command does.
 */
final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the commands.
   *
   * @param args unused
   * @throws IOException if the temporary account or orders file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(command -> true);
  }

  /**
   * Runs the commands {@code chosen} picks, in a temporary directory of their files.
   *
   * @param chosen which commands to run
   * @throws IOException if the temporary account or orders file cannot be written
   */
  static void run(Predicate<List<String>> chosen) throws IOException {
    Path directory = Files.createTempDirectory("margin-training");
    try {
      for (List<String> command : commands(directory)) {
        if (!chosen.test(command)) {
          continue;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
            MarginCli.run(
                command.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        if (code == 2 || code == 3) {
          throw new IllegalStateException(
              "training command " + command + " failed with exit code " + code + ": " + err);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(ArchiveTraining::delete);
      }
    }
  }

  /** The commands, with the account and orders files they read written into {@code directory}. */
  private static List<List<String>> commands(Path directory) throws IOException {
    Path account = directory.resolve("account.json");
    Files.writeString(
        account,
        "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"0.5\",\"USDT\":\"1000\"},"
            + "\"liabilities\":{\"USDT\":\"900\"}}",
        StandardCharsets.UTF_8);
    Path orders = directory.resolve("orders.jsonl");
    Files.writeString(
        orders,
        "{\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"66000\",\"size\":\"0.001\","
            + "\"clientOid\":\"t-1\"}\n"
            + "{\"symbol\":\"BTC-USDT\",\"side\":\"sell\",\"size\":\"0.001\",\"clientOid\":\"t-2\","
            + "\"autoRepay\":true}\n"
            + "not an order\n",
        StandardCharsets.UTF_8);
    String a = account.toString();
    return List.of(
        List.of("--help"),
        List.of("validate", "BTC-USDT", "--side", "buy", "--price", "30000.1", "--size", "1"),
        List.of("validate", "BTC-USDT", "--side", "sell", "--funds", "10", "--json"),
        List.of("risk", "--account", a, "--stress"),
        List.of("risk", "--account", a, "--order", "BTC-USDT:buy:0.01:66000", "--json"),
        List.of("check", "--account", a, "--order", "BTC-USDT:buy:0.01:66000"),
        List.of("check", "--account", a, "--orders", orders.toString()),
        List.of("symbols"),
        List.of("mark-price"),
        List.of("config"));
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
