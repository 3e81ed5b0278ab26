package dev.margin.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion bash}: prints the shell completion script picocli generates from every
 * command's options, for bash and zsh (through {@code bashcompinit}).
 */
@Command(
    name = "completion",
    description =
        "Prints a completion script of every command and option for bash (zsh: after bashcompinit).",
    footer = {
      "",
      "Examples:",
      "  source <(./margin completion bash)",
      "  ./margin completion bash > /etc/bash_completion.d/margin"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help, with an example, and exit.")
  boolean help;

  @Parameters(
      paramLabel = "SHELL",
      defaultValue = "bash",
      description = "bash (the default; zsh reads the same script after bashcompinit).")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new UsageException("SHELL must be bash or zsh, not '" + shell + "'");
    }
    CommandLine every = MarginCli.commandLine(MarginCli.COMMANDS);
    spec.commandLine().getOut().print(AutoComplete.bash("margin", every));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
