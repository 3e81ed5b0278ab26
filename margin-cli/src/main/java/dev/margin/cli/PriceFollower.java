package dev.margin.cli;

import dev.margin.app.LiveMarkPrices;
import dev.margin.domain.model.MarkPrice;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.port.MarkPriceListener;
import dev.margin.domain.port.MarkPriceStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mark-price --follow}: each mark price printed as the stream delivers it, a line of text or
 * of JSON, until interrupted, until {@code --limit} prices, or until a {@code --replay} file has
 * been played. What happens to the stream (connects, disconnects, gaps, dropped messages) goes to
 * stderr.
 */
final class PriceFollower implements MarkPriceListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final long limit;
  private final CountDownLatch done = new CountDownLatch(1);
  private ReplayServer replay;
  private long printed;

  PriceFollower(PrintWriter out, PrintWriter err, boolean json, Long limit) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.limit = limit == null ? Long.MAX_VALUE : limit;
  }

  /** Follows {@code wanted} (every symbol if empty) until done; the exit code. */
  int run(CommonOptions common, List<Symbol> wanted, Path replayPath) throws InterruptedException {
    Set<String> codes = new LinkedHashSet<>();
    wanted.forEach(symbol -> codes.add(symbol.code()));
    if (replayPath == null && common.baseUrl == null) {
      throw new UsageException("--follow needs --base-url URL (live) or --replay FILE");
    }
    if (replayPath != null) {
      ReplayFile file = ReplayFile.read(replayPath);
      if (!codes.isEmpty()) {
        file = file.only(codes);
      }
      if (file.symbols().isEmpty()) {
        throw new UsageException(
            "--replay " + replayPath + " has no frame of " + String.join(", ", codes));
      }
      replay = new ReplayServer(file);
      replay.allow(Integer.MAX_VALUE / 2);
    }
    try (Session session =
        new Session(common, EnumSet.of(SnapshotFile.MARK_PRICES), replay, LiveMarkPrices.off())) {
      List<Symbol> symbols = symbols(session, wanted);
      MarkPriceStream stream = session.stream();
      List<MarkPriceStream.Subscription> subscriptions = new ArrayList<>();
      int max = Math.max(1, stream.maxSymbolsPerSubscription());
      try {
        for (int from = 0; from < symbols.size(); from += max) {
          subscriptions.add(
              stream.subscribe(
                  Set.copyOf(symbols.subList(from, Math.min(symbols.size(), from + max))), this));
        }
        done.await();
      } finally {
        subscriptions.forEach(MarkPriceStream.Subscription::close);
      }
      return 0;
    } finally {
      if (replay != null) {
        replay.close();
      }
    }
  }

  private List<Symbol> symbols(Session session, List<Symbol> wanted) {
    if (replay != null) {
      return replay.symbols().stream().map(Symbol::parse).sorted(BY_CODE).toList();
    }
    if (!wanted.isEmpty()) {
      return wanted;
    }
    return session.marketData().allMarkPrices().stream()
        .map(MarkPrice::symbol)
        .distinct()
        .sorted(BY_CODE)
        .toList();
  }

  private static final java.util.Comparator<Symbol> BY_CODE =
      java.util.Comparator.comparing(Symbol::code);

  @Override
  public synchronized void onMarkPrice(MarkPrice price) {
    if (printed >= limit) {
      return;
    }
    if (json) {
      Output.print(out, Output.json(price));
    } else {
      out.println(
          price.symbol().code() + "  " + Output.plain(price.value()) + "  " + price.timePoint());
      out.flush();
    }
    if (++printed >= limit) {
      done.countDown();
    }
  }

  @Override
  public void onConnect() {
    note("connected");
  }

  @Override
  public void onDisconnect(String reason) {
    if (replay != null && replay.finished()) {
      note("replay finished");
      done.countDown();
    } else {
      note("disconnected: " + reason);
    }
  }

  @Override
  public void onGap(Instant lastBefore, Instant firstAfter) {
    note("no price between " + lastBefore + " and " + firstAfter);
  }

  @Override
  public void onDropped(String reason) {
    note("dropped a message: " + reason);
  }

  private void note(String what) {
    synchronized (err) {
      err.println("margin: stream: " + what);
      err.flush();
    }
  }
}
