package dev.margin.app;

import dev.margin.domain.model.DecimalBounds;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.TimeInForce;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fields of a KuCoin margin order beyond its symbol, side, type, mode and amounts: how it is
 * identified ({@code clientOid}), how it rests on the book ({@code timeInForce}, {@code
 * cancelAfter}, {@code postOnly}, {@code hidden}, {@code iceberg}, {@code visibleSize}), what it
 * does against the account's own orders ({@code stp}) and whether it borrows or repays. Null and
 * false stand for a field the order leaves out, as KuCoin's defaults do. Their values are not
 * checked here: {@link OrderFieldChecks} reports what KuCoin's rules refuse.
 */
final class OrderInstructions {
  final String clientOid;
  final SelfTradePrevention stp;
  final TimeInForce timeInForce;
  final Long cancelAfter;
  final boolean postOnly;
  final boolean hidden;
  final boolean iceberg;
  final BigDecimal visibleSize;
  final boolean autoBorrow;
  final boolean autoRepay;

  OrderInstructions(
      String clientOid,
      SelfTradePrevention stp,
      TimeInForce timeInForce,
      Long cancelAfter,
      boolean postOnly,
      boolean hidden,
      boolean iceberg,
      BigDecimal visibleSize,
      boolean autoBorrow,
      boolean autoRepay) {
    this.clientOid = clientOid;
    this.stp = stp;
    this.timeInForce = timeInForce;
    this.cancelAfter = cancelAfter;
    this.postOnly = postOnly;
    this.hidden = hidden;
    this.iceberg = iceberg;
    this.visibleSize = visibleSize == null ? null : DecimalBounds.check(visibleSize, "visibleSize");
    this.autoBorrow = autoBorrow;
    this.autoRepay = autoRepay;
  }

  /** Whether every field is left out: such an order needs no instructions at all. */
  boolean isEmpty() {
    return clientOid == null
        && stp == null
        && timeInForce == null
        && cancelAfter == null
        && !postOnly
        && !hidden
        && !iceberg
        && visibleSize == null
        && !autoBorrow
        && !autoRepay;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderInstructions o
        && Objects.equals(clientOid, o.clientOid)
        && stp == o.stp
        && timeInForce == o.timeInForce
        && Objects.equals(cancelAfter, o.cancelAfter)
        && postOnly == o.postOnly
        && hidden == o.hidden
        && iceberg == o.iceberg
        && Objects.equals(visibleSize, o.visibleSize)
        && autoBorrow == o.autoBorrow
        && autoRepay == o.autoRepay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        clientOid,
        stp,
        timeInForce,
        cancelAfter,
        postOnly,
        hidden,
        iceberg,
        visibleSize,
        autoBorrow,
        autoRepay);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (clientOid != null) {
      text.append(" clientOid ").append(clientOid);
    }
    if (timeInForce != null) {
      text.append(' ').append(timeInForce);
    }
    if (cancelAfter != null) {
      text.append(" cancelAfter ").append(cancelAfter).append('s');
    }
    if (postOnly) {
      text.append(" postOnly");
    }
    if (hidden) {
      text.append(" hidden");
    }
    if (iceberg) {
      text.append(" iceberg");
    }
    if (visibleSize != null) {
      text.append(" visibleSize ").append(visibleSize.toPlainString());
    }
    if (stp != null) {
      text.append(" stp ").append(stp);
    }
    if (autoBorrow) {
      text.append(" autoBorrow");
    }
    if (autoRepay) {
      text.append(" autoRepay");
    }
    return text.toString();
  }
}
