package dev.margin.cli;

import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.MalformedMarketDataException;
import dev.margin.domain.model.MarketDataException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The margin command line. Exit codes: 0 success, valid or SAFE; 1 the order is invalid or the
 * position not SAFE; 2 a usage error; 3 market data missing, stale or unreadable.
 */
@Command(
    name = "margin",
    mixinStandardHelpOptions = true,
    versionProvider = MarginCli.Version.class,
    description =
        "KuCoin margin market data, order validation and risk; offline on a bundled snapshot by default.")
public final class MarginCli implements Runnable {
  /** The commands, in the order the help lists them. */
  static final List<Class<?>> COMMANDS =
      List.of(
          MarketCommands.Symbols.class,
          MarketCommands.MarkPrices.class,
          MarketCommands.Config.class,
          MarketCommands.Etf.class,
          ValidateCommand.class,
          CheckCommand.class,
          RiskCommand.class,
          WatchCommand.class,
          RecordCommand.class,
          CompletionCommand.class);

  /**
   * Their names, in the same order: the command to build is found without reading every command's
   * annotations (which loads and parses them all, a tenth of a short command's start).
   */
  static final List<String> NAMES =
      List.of(
          "symbols",
          "mark-price",
          "config",
          "etf",
          "validate",
          "check",
          "risk",
          "watch",
          "record",
          "completion");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Prints the usage: a command is needed. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(args, STDOUT, new PrintWriter(System.err, true));
    QuickExit.endHttpClientSelectors();
    System.exit(code);
  }

  /** Standard output, as {@link #main} writes to it: a command may ask whether it writes there. */
  static final PrintWriter STDOUT = new PrintWriter(System.out, true);

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  /**
   * Runs the command line in-process, reading relative paths from {@code directory}.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param directory the directory relative paths are read from, or null for the JVM's own
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, Path directory) {
    return run(args, out, err, directory, null);
  }

  /**
   * Runs the command line in-process, reading relative paths from {@code directory}, with help in
   * colour or not as {@code ansi} says.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param directory the directory relative paths are read from, or null for the JVM's own
   * @param ansi whether help is in colour, or null for picocli's own guess from this JVM
   * @return the exit code
   */
  static int run(
      String[] args, PrintWriter out, PrintWriter err, Path directory, CommandLine.Help.Ansi ansi) {
    // the model of a command is built from its annotations: only the one run is built
    Class<?> named = args.length == 0 ? null : command(args[0]);
    boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    CommandLine cli = commandLine(version ? List.of() : named == null ? COMMANDS : List.of(named));
    cli.setOut(out);
    cli.setErr(err);
    if (ansi != null) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    }
    for (CommandLine command : cli.getSubcommands().values()) {
      if (command.getCommand() instanceof BaseCommand base) {
        base.common.directory = directory;
      }
    }
    cli.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          boolean verbose = command.getCommand() instanceof BaseCommand base && base.common.verbose;
          int code;
          if (exception instanceof UsageException) {
            err.println("margin: " + exception.getMessage());
            command.usage(err);
            code = 2;
          } else if (exception instanceof MarketDataException data) {
            boolean snapshot =
                command.getCommand() instanceof BaseCommand base && base.readsFiles();
            err.println("margin: " + reason(data, snapshot));
            code = 3;
          } else if (exception instanceof UncheckedIOException io) {
            err.println("margin: " + io.getMessage());
            code = 3;
          } else {
            err.println("margin: unexpected failure: " + exception);
            code = 3;
          }
          if (verbose) {
            exception.printStackTrace(err);
          }
          err.flush();
          return code;
        });
    return cli.execute(args);
  }

  /** {@return the command line with these commands} */
  static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine cli = new CommandLine(new MarginCli());
    for (Class<?> command : commands) {
      cli.addSubcommand(command);
    }
    return cli;
  }

  /** {@return the command named {@code name}, or null} */
  private static Class<?> command(String name) {
    int index = NAMES.indexOf(name);
    return index < 0 ? null : COMMANDS.get(index);
  }

  /** One line, naming the snapshot file where the data came from one. */
  static String reason(MarketDataException failure, boolean snapshot) {
    String endpoint =
        failure instanceof MalformedMarketDataException m
            ? m.endpoint()
            : failure instanceof ExchangeErrorException e ? e.endpoint() : null;
    String message = failure.getMessage().lines().findFirst().orElse("");
    if (snapshot && endpoint != null) {
      SnapshotFile file = SnapshotFile.forEndpoint(endpoint);
      if (file != null) {
        return file.fileName + ": " + message;
      }
    }
    return message;
  }

  /** The library's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {dev.margin.adapters.http.kucoin.KucoinHttp.USER_AGENT};
    }
  }
}
