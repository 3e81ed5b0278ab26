package dev.margin.app;

import static dev.margin.app.Refusals.add;

import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.TimeInForce;
import dev.margin.domain.model.ViolationCode;
import java.math.BigDecimal;

/**
 * KuCoin's rules on the fields of a margin order beyond its amounts: the combinations of type, time
 * in force, {@code cancelAfter}, post-only, hidden, iceberg and self-trade prevention, the {@code
 * clientOid}, and the visible size of an iceberg order. Each rule is KuCoin's, with its source in
 * {@code docs/ORDER-RULES.md}; none is checked that KuCoin does not document.
 */
final class OrderFieldChecks {
  /** KuCoin's longest {@code clientOid}. */
  static final int MAX_CLIENT_OID_LENGTH = 40;

  /** The longest {@code cancelAfter}: under 30 days, in seconds. */
  static final long MAX_CANCEL_AFTER = 2_591_999;

  private OrderFieldChecks() {}

  /**
   * Whether the fields break no rule that needs no market, and the order has no visible size to
   * check against the symbol's lot: the accept path may then decide the order alone.
   */
  static boolean plain(OrderRequest order) {
    return order.instructions == null
        ? order.type() != OrderType.MARKET || order.rawSize() == null || order.rawFunds() == null
        : order.instructions.visibleSize == null && check(order, null) == null;
  }

  /** Adds the refusals of the rules that need no market. */
  static Refusals check(OrderRequest order, Refusals refusals) {
    boolean market = order.type() == OrderType.MARKET;
    if (market && order.rawSize() != null && order.rawFunds() != null) {
      refusals =
          add(
              refusals,
              ViolationCode.SIZE_AND_FUNDS,
              "a market order names a size or funds, not both: size "
                  + order.rawSize().toPlainString()
                  + ", funds "
                  + order.rawFunds().toPlainString(),
              null,
              null);
    }
    OrderInstructions fields = order.instructions;
    if (fields == null) {
      return refusals;
    }
    refusals = checkClientOid(fields.clientOid, refusals);
    TimeInForce timeInForce = fields.timeInForce;
    if (market && timeInForce != null) {
      refusals =
          add(
              refusals,
              ViolationCode.TIME_IN_FORCE_ON_MARKET,
              "a market order takes no time in force: " + timeInForce,
              null,
              null);
    }
    refusals = checkCancelAfter(fields.cancelAfter, timeInForce, refusals);
    if (fields.postOnly && (timeInForce == TimeInForce.IOC || timeInForce == TimeInForce.FOK)) {
      refusals =
          add(
              refusals,
              ViolationCode.POST_ONLY_WITH_IOC_OR_FOK,
              "post-only is disabled under " + timeInForce,
              null,
              null);
    }
    if (market) {
      refusals = checkMarketFlags(fields, refusals);
    }
    return IcebergChecks.check(order, fields, refusals);
  }

  private static Refusals checkClientOid(String clientOid, Refusals refusals) {
    if (clientOid == null) {
      return refusals;
    }
    if (clientOid.length() > MAX_CLIENT_OID_LENGTH) {
      refusals =
          add(
              refusals,
              ViolationCode.CLIENT_OID_TOO_LONG,
              "clientOid has "
                  + clientOid.length()
                  + " characters, more than "
                  + MAX_CLIENT_OID_LENGTH,
              BigDecimal.valueOf(clientOid.length()),
              BigDecimal.valueOf(MAX_CLIENT_OID_LENGTH));
    }
    int bad = firstOutsideAlphabet(clientOid);
    if (clientOid.isEmpty() || bad >= 0) {
      refusals =
          add(
              refusals,
              ViolationCode.CLIENT_OID_ALPHABET,
              clientOid.isEmpty()
                  ? "clientOid is empty"
                  : "clientOid holds "
                      + describe(clientOid.codePointAt(bad))
                      + " at "
                      + (bad + 1)
                      + "; only letters, digits, _ and - are allowed",
              null,
              null);
    }
    return refusals;
  }

  private static int firstOutsideAlphabet(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!allowed) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(int codePoint) {
    return codePoint >= 0x21 && codePoint < 0x7f
        ? "'" + (char) codePoint + "'"
        : String.format("U+%04X", codePoint);
  }

  private static Refusals checkCancelAfter(
      Long cancelAfter, TimeInForce timeInForce, Refusals refusals) {
    if (cancelAfter == null) {
      return refusals;
    }
    if (timeInForce != TimeInForce.GTT) {
      refusals =
          add(
              refusals,
              ViolationCode.CANCEL_AFTER_WITHOUT_GTT,
              "cancelAfter needs the GTT time in force, not "
                  + (timeInForce == null ? "none (GTC)" : timeInForce),
              null,
              null);
    }
    if (cancelAfter < 1 || cancelAfter > MAX_CANCEL_AFTER) {
      refusals =
          add(
              refusals,
              ViolationCode.CANCEL_AFTER_OUT_OF_RANGE,
              "cancelAfter "
                  + cancelAfter
                  + " s is not between 1 and "
                  + MAX_CANCEL_AFTER
                  + " seconds",
              BigDecimal.valueOf(cancelAfter),
              BigDecimal.valueOf(cancelAfter < 1 ? 1 : MAX_CANCEL_AFTER));
    }
    return refusals;
  }

  private static Refusals checkMarketFlags(OrderInstructions fields, Refusals refusals) {
    if (fields.postOnly) {
      refusals =
          add(
              refusals,
              ViolationCode.POST_ONLY_ON_MARKET,
              "a market order cannot be post-only",
              null,
              null);
    }
    if (fields.hidden) {
      refusals =
          add(
              refusals,
              ViolationCode.HIDDEN_ON_MARKET,
              "a market order cannot be hidden",
              null,
              null);
    }
    if (fields.iceberg) {
      refusals =
          add(
              refusals,
              ViolationCode.ICEBERG_ON_MARKET,
              "a market order cannot be an iceberg",
              null,
              null);
    }
    if (fields.stp == SelfTradePrevention.DC) {
      refusals =
          add(
              refusals,
              ViolationCode.STP_DC_ON_MARKET,
              "a market order cannot take the DC self-trade prevention",
              null,
              null);
    }
    return refusals;
  }
}
