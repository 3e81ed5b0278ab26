package dev.margin.cli;

import dev.margin.domain.model.Currency;
import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: the common options, the output, input parsing. */
abstract class BaseCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help, with an example, and exit.")
  boolean help;

  abstract int run();

  @Override
  public Integer call() {
    return run();
  }

  /** Whether market data comes from snapshot files, which errors then name. */
  boolean readsFiles() {
    return common.baseUrl == null;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  Session session(Set<SnapshotFile> needed) {
    return new Session(common, needed);
  }

  static Symbol parseSymbol(String text) {
    try {
      return Symbol.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static Currency parseCurrency(String text) {
    try {
      return Currency.of(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The side named {@code buy} or {@code sell} (any case), refused by {@code what} otherwise. */
  static Side parseSide(String text, String what) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "buy" -> Side.BUY;
      case "sell" -> Side.SELL;
      default -> throw new UsageException(what + " must be buy or sell, not '" + text + "'");
    };
  }

  /** The constant of {@code type} named {@code text} in any case; null if there is none. */
  static <E extends Enum<E>> E named(Class<E> type, String text) {
    String name = text.toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** A decimal derived from an option, within {@link DecimalBounds}. */
  static BigDecimal bounded(BigDecimal value, String what) {
    try {
      return DecimalBounds.check(value, what);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** A decimal option, read as strictly as {@link DecimalBounds#parse} reads one. */
  static BigDecimal parseDecimal(String text, String what) {
    try {
      return DecimalBounds.parse(text, what);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
