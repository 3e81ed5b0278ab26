package dev.margin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.margin.app.LiquidationPrices;
import dev.margin.app.LiveMarkPrices;
import dev.margin.app.LiveMarkPricesStatus;
import dev.margin.app.MarkUsed;
import dev.margin.app.MarketRulesCache;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskChange;
import dev.margin.app.RiskMonitor;
import dev.margin.app.ThresholdPrice;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.MarketDataException;
import dev.margin.domain.model.RiskStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code watch}: a position's debt ratio, status and liquidation price, updated on each change of
 * the mark prices it is valued at, through the market rules fed by the stream and the risk monitor.
 * Live, it runs until interrupted; with {@code --replay}, it takes the file's frames one at a time
 * (each swapped in and assessed before the next is sent) and ends with the position's last status.
 */
@Command(
    name = "watch",
    description = {
      "A position's debt ratio, status and liquidation price on each move of the mark prices,",
      "live (--base-url) or from a recorded file (--replay)."
    },
    footer = {
      "",
      "Examples:",
      "  ./margin watch --account account.json --replay margin-cli/replay/btc-falls.jsonl",
      "  ./margin watch --account account.json --base-url https://api.kucoin.com --json"
    })
final class WatchCommand extends BaseCommand {
  private static final Duration FRAME_WAIT = Duration.ofSeconds(10);
  private static final Duration LIVE_PACE = Duration.ofMillis(100);

  @Option(
      names = "--account",
      required = true,
      paramLabel = "FILE",
      description = "The position: {\"mode\":\"cross\",\"assets\":{...},\"liabilities\":{...}}.")
  Path account;

  @Option(
      names = "--in",
      paramLabel = "CURRENCY",
      defaultValue = "USDT",
      description = "The currency liquidation prices are quoted in (default: USDT).")
  String in;

  @Option(
      names = "--replay",
      paramLabel = "FILE",
      description = "KuCoin message frames, one per line, served on a loopback WebSocket.")
  Path replay;

  private RiskAssessment shown;
  private boolean failing;
  private boolean inPlace;

  @Override
  int run() {
    MarginPosition position = AccountFile.read(account, common.at(account));
    Currency quote =
        position.mode() == MarginMode.ISOLATED ? position.symbol().quote() : parseCurrency(in);
    if (replay == null && common.baseUrl == null) {
      throw new UsageException("watch needs --base-url URL (live) or --replay FILE");
    }
    ReplayServer server =
        replay == null ? null : new ReplayServer(ReplayFile.read(common.at(replay)));
    inPlace = !common.json && System.console() != null && MarginCli.STDOUT.equals(out());
    Set<SnapshotFile> needed = EnumSet.of(SnapshotFile.MARK_PRICES);
    needed.add(
        position.mode() == MarginMode.CROSS
            ? SnapshotFile.MARGIN_CONFIG
            : SnapshotFile.ISOLATED_SYMBOLS);
    try (server;
        Session session =
            new Session(
                common, needed, server, LiveMarkPrices.on().withPace(Duration.ofMinutes(1)))) {
      MarketRulesCache rules = session.rules();
      rules.refreshRules();
      rules.refreshMarkPrices();
      rules.start();
      RiskMonitor monitor = session.monitor();
      monitor.watch("account", position, quote);
      show(session, position, quote, monitor);
      if (server != null) {
        for (int frame = 1; frame <= server.total(); frame++) {
          server.allow(1);
          awaitHandled(rules, frame);
          step(session, position, quote, monitor, rules);
        }
        return finish(monitor);
      }
      while (!Thread.currentThread().isInterrupted()) {
        LockSupport.parkNanos(LIVE_PACE.toNanos());
        step(session, position, quote, monitor, rules);
      }
      return finish(monitor);
    }
  }

  private int finish(RiskMonitor monitor) {
    if (inPlace) {
      out().println();
      out().flush();
    }
    return exitCode(monitor);
  }

  private void step(
      Session session,
      MarginPosition position,
      Currency quote,
      RiskMonitor monitor,
      MarketRulesCache rules) {
    rules.applyStreamedMarkPrices();
    monitor.assessAll(); // on the monitor's thread, after the assessment the swap queued
    show(session, position, quote, monitor);
  }

  /** Waits until the stream has delivered or dropped {@code frames} messages, or a while. */
  private static void awaitHandled(MarketRulesCache rules, int frames) {
    long deadline = System.nanoTime() + FRAME_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      LiveMarkPricesStatus status = rules.status().liveMarkPrices().orElseThrow();
      if (status.ticks() + status.dropped() >= frames) {
        return;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  private static int exitCode(RiskMonitor monitor) {
    RiskChange last = monitor.latest().get("account");
    if (last == null || last.after().isEmpty()) {
      return 3;
    }
    return last.after().get() == RiskStatus.SAFE ? 0 : 1;
  }

  /** Prints the position now if its ratio or status moved since the last line. */
  private void show(Session session, MarginPosition position, Currency quote, RiskMonitor monitor) {
    RiskChange change = monitor.latest().get("account");
    RiskAssessment now;
    try {
      now = session.risk().assess(position, quote);
    } catch (MarketDataException e) {
      if (!failing) {
        failing = true;
        shown = null;
        line(session, position, null, change, null, e.getMessage());
      }
      return;
    }
    failing = false;
    if (shown != null
        && shown.status() == now.status()
        && shown.debtRatio().equals(now.debtRatio())) {
      return;
    }
    RiskStatus before = shown == null ? null : shown.status();
    shown = now;
    line(session, position, now, change, before, null);
  }

  private void line(
      Session session,
      MarginPosition position,
      RiskAssessment now,
      RiskChange change,
      RiskStatus before,
      String failure) {
    Optional<Exposure> exposure =
        now == null ? Optional.empty() : exposure(session, position, change);
    Instant marked =
        now == null
            ? null
            : now.marksUsed().stream()
                .map(MarkUsed::markedAt)
                .filter(at -> !at.equals(Instant.MAX))
                .max(Instant::compareTo)
                .orElse(null);
    if (common.json) {
      ObjectNode node = Output.JSON.createObjectNode();
      node.put("marked", marked == null ? null : marked.toString());
      node.put("debtRatio", now == null ? null : now.debtRatio().map(Output::plain).orElse(null));
      node.put("status", now == null ? null : now.status().name());
      node.put("previousStatus", before == null ? null : before.name());
      if (exposure.isPresent()) {
        Exposure e = exposure.get();
        ObjectNode liquidation = node.putObject("liquidation");
        liquidation.put("currency", e.currency.code());
        liquidation.put("quoteCurrency", e.quote.code());
        liquidation.put("markPrice", Output.plain(e.mark));
        liquidation.put("price", e.price == null ? null : Output.plain(e.price));
        liquidation.put("distance", e.distance == null ? null : Output.plain(e.distance));
        liquidation.put("reached", e.already);
      } else {
        node.putNull("liquidation");
      }
      node.put("failure", failure);
      Output.print(out(), node);
      return;
    }
    StringBuilder text = new StringBuilder();
    if (now == null) {
      text.append("cannot assess: ").append(failure);
    } else {
      text.append(marked == null ? "-" : marked.toString())
          .append("  debt ratio ")
          .append(now.debtRatio().map(Output::rounded).orElse("infinite"))
          .append("  ")
          .append(before != null && before != now.status() ? before + " -> " : "")
          .append(now.status());
      exposure.ifPresent(
          e ->
              text.append("  liquidation ")
                  .append(e.currency.code())
                  .append(' ')
                  .append(
                      e.price != null ? Output.rounded(e.price) : e.already ? "reached" : "never")
                  .append(" (now ")
                  .append(Output.rounded(e.mark))
                  .append(
                      e.distance == null
                          ? ""
                          : ", " + Output.rounded(e.distance.movePointRight(2)) + "%")
                  .append(')'));
    }
    boolean crossed = before != null && now != null && before != now.status();
    if (inPlace) {
      // a terminal: the line is rewritten in place; a crossing, or a failure, is kept above it
      out().print("\r\033[K" + text);
      if (crossed || now == null) {
        out().println();
      }
    } else {
      out().println(text);
    }
    out().flush();
  }

  private record Exposure(
      Currency currency,
      Currency quote,
      BigDecimal mark,
      BigDecimal price,
      BigDecimal distance,
      boolean already) {}

  /** The liquidation price of the currency the monitor named as the position's largest exposure. */
  private static Optional<Exposure> exposure(
      Session session, MarginPosition position, RiskChange change) {
    if (change == null || change.largestExposure().isEmpty()) {
      return Optional.empty();
    }
    Currency currency = change.largestExposure().get().currency();
    Currency quote = change.largestExposure().get().quoteCurrency();
    try {
      LiquidationPrices prices = session.risk().liquidationPrices(position, currency, quote);
      BigDecimal price =
          prices.liquidation().state() == ThresholdPrice.State.AT
              ? prices.liquidation().price().orElse(null)
              : null;
      BigDecimal mark = prices.currentPrice();
      BigDecimal distance =
          price == null
              ? null
              : price.subtract(mark).divide(mark, MathContext.DECIMAL128).stripTrailingZeros();
      boolean already = prices.liquidation().state() == ThresholdPrice.State.ALREADY;
      return Optional.of(new Exposure(currency, quote, mark, price, distance, already));
    } catch (MarketDataException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
