package dev.margin.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options every command takes: where the market data comes from, output, time. */
final class CommonOptions {

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description =
          "A directory of raw KuCoin bodies (see README) instead of the bundled snapshot.")
  Path snapshot;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "A live KuCoin-compatible server, e.g. https://api.kucoin.com.")
  String baseUrl;

  @Option(names = "--json", description = "Machine-readable output on stdout.")
  boolean json;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "The time for staleness checks: ISO-8601 or epoch milliseconds, from 1970 to 9999. Default: the system clock.")
  Instant now;

  @Option(
      names = "--max-mark-age",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "The oldest mark price trusted, e.g. PT60S or 60s. Default: 60s live; no check on a snapshot.")
  Duration maxMarkAge;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  /**
   * The directory relative paths are read from, when it is not the JVM's own: the command server
   * runs each command in its caller's. Not an option.
   */
  Path directory;

  /** {@return where the file the user named as {@code given} is; null if {@code given} is} */
  Path at(Path given) {
    return directory == null || given == null || given.isAbsolute()
        ? given
        : directory.resolve(given);
  }

  /** ISO-8601 instants or epoch milliseconds, from 1970 to the end of 9999. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

    @Override
    public Instant convert(String value) {
      Instant instant =
          value.matches("-?\\d+")
              ? Instant.ofEpochMilli(Long.parseLong(value))
              : Instant.parse(value);
      if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LAST)) {
        throw new IllegalArgumentException("must be from 1970 to 9999: " + value);
      }
      return instant;
    }
  }

  /** ISO-8601 durations, or a number with ms, s, m or h; positive, at most 1000 years. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher matcher = SHORT.matcher(value.toLowerCase(Locale.ROOT));
      Duration duration;
      if (matcher.matches()) {
        long amount = Long.parseLong(matcher.group(1));
        duration =
            switch (matcher.group(2)) {
              case "ms" -> Duration.ofMillis(amount);
              case "s" -> Duration.ofSeconds(amount);
              case "m" -> Duration.ofMinutes(amount);
              default -> Duration.ofHours(amount);
            };
      } else {
        duration = Duration.parse(value);
      }
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException("must be positive: " + value);
      }
      if (duration.compareTo(Session.FOREVER) > 0) {
        throw new IllegalArgumentException("must be at most 1000 years: " + value);
      }
      return duration;
    }
  }
}
