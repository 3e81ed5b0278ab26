package dev.margin.app;

import java.util.List;

/**
 * The verdicts of a batch of orders, in their order, each judged against the position as it would
 * be after every order before it that may be sent had filled: the worst case for a grid or a
 * ladder. A {@code clientOid} repeated in the batch refuses the later orders that repeat it.
 *
 * @param verdicts one per order, in the batch's order
 */
public record BatchVerdict(List<PreTradeVerdict> verdicts) {
  /**
   * Copies.
   *
   * @param verdicts see {@link #verdicts()}
   */
  public BatchVerdict {
    verdicts = List.copyOf(verdicts);
  }

  /** {@return whether every order of the batch may be sent} */
  public boolean allMaySend() {
    return verdicts.stream().allMatch(PreTradeVerdict::maySend);
  }
}
