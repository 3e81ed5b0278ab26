package dev.margin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The way out of a command: no HTTP client's selector left waiting in native code. */
class QuickExitTest {
  @Test
  void endsTheSelectorThreadOfEveryHttpClient() {
    HttpClient first = HttpClient.newHttpClient();
    HttpClient second = HttpClient.newHttpClient();
    List<Thread> selectors = selectors();
    assertThat(selectors).hasSizeGreaterThanOrEqualTo(2);

    assertThat(QuickExit.endHttpClientSelectors()).isEqualTo(selectors.size());

    assertThat(selectors).noneMatch(Thread::isAlive);
    assertThat(selectors()).isEmpty();
    assertThat(QuickExit.endHttpClientSelectors()).isZero();
    assertThat(List.of(first, second)).hasSize(2); // held until here, as a command holds its own
  }

  @Test
  void endsOnlyTheSelectorsOfTheClientsMadeInAGroup() throws Exception {
    HttpClient outside = HttpClient.newHttpClient();
    ThreadGroup group = new ThreadGroup("a command");
    HttpClient[] inside = new HttpClient[1];
    Thread maker = new Thread(group, () -> inside[0] = HttpClient.newHttpClient(), "maker");
    maker.start();
    maker.join();
    List<Thread> before = selectors();
    List<Thread> ofGroup =
        before.stream().filter(thread -> thread.getThreadGroup() == group).toList();
    assertThat(ofGroup).hasSize(1);

    assertThat(QuickExit.endHttpClientSelectors(group)).isEqualTo(1);

    assertThat(ofGroup).noneMatch(Thread::isAlive);
    assertThat(selectors())
        .containsExactlyInAnyOrderElementsOf(
            before.stream().filter(thread -> !ofGroup.contains(thread)).toList());
    assertThat(QuickExit.endHttpClientSelectors(group)).isZero();
    assertThat(List.of(outside, inside[0])).hasSize(2);
    QuickExit.endHttpClientSelectors();
  }

  @Test
  void knowsTheJdkNameOfASelectorThread() {
    assertThat(QuickExit.isHttpClientSelector("HttpClient-12-SelectorManager")).isTrue();
    assertThat(QuickExit.isHttpClientSelector("HttpClient-12-Worker-0")).isFalse();
    assertThat(QuickExit.isHttpClientSelector("SelectorManager")).isFalse();
    assertThat(QuickExit.isHttpClientSelector("main")).isFalse();
  }

  private static List<Thread> selectors() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> QuickExit.isHttpClientSelector(thread.getName()))
        .toList();
  }
}
