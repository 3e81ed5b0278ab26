package dev.margin.adapters.http.kucoin;

import static dev.margin.domain.model.ViolationCode.ACCOUNT_RESTRICTED;
import static dev.margin.domain.model.ViolationCode.AUTH_FAILED;
import static dev.margin.domain.model.ViolationCode.BORROW_LIMIT_EXCEEDED;
import static dev.margin.domain.model.ViolationCode.BORROW_NOT_ALLOWED;
import static dev.margin.domain.model.ViolationCode.CLIENT_OID_MISSING;
import static dev.margin.domain.model.ViolationCode.DUPLICATE_CLIENT_OID;
import static dev.margin.domain.model.ViolationCode.EXCHANGE_UNAVAILABLE;
import static dev.margin.domain.model.ViolationCode.FUNDS_BELOW_MIN;
import static dev.margin.domain.model.ViolationCode.FUNDS_INCREMENT;
import static dev.margin.domain.model.ViolationCode.FUNDS_INVALID;
import static dev.margin.domain.model.ViolationCode.INSUFFICIENT_BALANCE;
import static dev.margin.domain.model.ViolationCode.INVALID_PARAMETER;
import static dev.margin.domain.model.ViolationCode.ISOLATED_NOT_AVAILABLE;
import static dev.margin.domain.model.ViolationCode.NOTIONAL_BELOW_MIN_FUNDS;
import static dev.margin.domain.model.ViolationCode.POSITION_LIMIT;
import static dev.margin.domain.model.ViolationCode.PRICE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.PRICE_INVALID;
import static dev.margin.domain.model.ViolationCode.PRICE_OUTSIDE_LIMIT;
import static dev.margin.domain.model.ViolationCode.RATE_LIMITED;
import static dev.margin.domain.model.ViolationCode.SIZE_BELOW_MIN;
import static dev.margin.domain.model.ViolationCode.SIZE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.SIZE_INVALID;
import static dev.margin.domain.model.ViolationCode.TOO_MANY_OPEN_ORDERS;
import static dev.margin.domain.model.ViolationCode.TRADING_DISABLED;
import static dev.margin.domain.model.ViolationCode.UNKNOWN_SYMBOL;

import dev.margin.domain.model.ViolationCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * KuCoin's order refusals as docs/ORDER-RULES.md collects them, each with its source there: the
 * messages that name a reason (exactly, or by the words before a value KuCoin fills in), and the
 * codes that have one meaning whatever the message. A message decides before a code: KuCoin puts
 * unrelated reasons under one code ({@code 400100}, {@code 300000}, {@code 400760}).
 */
final class RejectionTable {
  private RejectionTable() {}

  /** Messages, as {@link #normal(String)} makes them, and their reasons. */
  static final Map<String, ViolationCode> MESSAGES =
      Map.ofEntries(
          // price, size, funds
          Map.entry("price increment invalid", PRICE_INCREMENT),
          Map.entry("order size increment invalid", SIZE_INCREMENT),
          Map.entry("funds increment invalid", FUNDS_INCREMENT),
          Map.entry("the amount increment is invalid", FUNDS_INCREMENT),
          Map.entry("order size below the minimum requirement", SIZE_BELOW_MIN),
          Map.entry("the quantity is below the minimum requirement", SIZE_BELOW_MIN),
          Map.entry("funds below the minimum requirement", FUNDS_BELOW_MIN),
          Map.entry("order size invalid", SIZE_INVALID),
          Map.entry("order funds invalid", FUNDS_INVALID),
          Map.entry("order price invalid", PRICE_INVALID),
          Map.entry(
              "the commission amount is less than the minimum transaction amount for a single"
                  + " commission",
              NOTIONAL_BELOW_MIN_FUNDS),
          // the parameter family
          Map.entry("parameter error", INVALID_PARAMETER),
          Map.entry("invalid parameter", INVALID_PARAMETER),
          Map.entry("unknown timeinforce", INVALID_PARAMETER),
          Map.entry("clienttimestamp parameter error", INVALID_PARAMETER),
          Map.entry("validation.createorder.clientoidisrequired", CLIENT_OID_MISSING),
          Map.entry("clientoid duplicate", DUPLICATE_CLIENT_OID),
          Map.entry("duplicate order", DUPLICATE_CLIENT_OID),
          // balance and borrowing
          Map.entry("account.available.amount", INSUFFICIENT_BALANCE),
          Map.entry("balance insufficient", INSUFFICIENT_BALANCE),
          Map.entry("insufficient balance", INSUFFICIENT_BALANCE),
          Map.entry("balance not enough", INSUFFICIENT_BALANCE),
          Map.entry("account.nobalance", INSUFFICIENT_BALANCE),
          Map.entry("insufficient account balance", INSUFFICIENT_BALANCE),
          Map.entry("please open margin trade before proceeding", BORROW_NOT_ALLOWED),
          Map.entry("the lending function is currently disabled", BORROW_NOT_ALLOWED),
          Map.entry("the account has not opened leveraged trading", BORROW_NOT_ALLOWED),
          Map.entry("please reopen the leverage agreement", BORROW_NOT_ALLOWED),
          Map.entry("you haven't yet enabled the margin trading", BORROW_NOT_ALLOWED),
          Map.entry("exceeded maximum position limit", POSITION_LIMIT),
          Map.entry("failed to place an order, triggering buy limit", POSITION_LIMIT),
          Map.entry("trigger global position limit, suspend buying", POSITION_LIMIT),
          Map.entry("trigger global position limit, suspend selling", POSITION_LIMIT),
          // the symbol
          Map.entry("symbol not exists", UNKNOWN_SYMBOL),
          Map.entry("unsupported trading pair", UNKNOWN_SYMBOL),
          Map.entry("trading pair does not exist or is prohibited", UNKNOWN_SYMBOL),
          Map.entry(
              "the current trading pair does not support isolated positions",
              ISOLATED_NOT_AVAILABLE),
          Map.entry(
              "the trading function of the current trading pair is not enabled", TRADING_DISABLED),
          Map.entry("the current trading pair does not support cross position", TRADING_DISABLED),
          Map.entry("order creation for this pair suspended", TRADING_DISABLED),
          Map.entry("forbidden to place an order", TRADING_DISABLED),
          Map.entry("validation.createorder.symbolnotavailable", TRADING_DISABLED),
          Map.entry("trading pair is not available", TRADING_DISABLED),
          Map.entry("trading pair suspended", TRADING_DISABLED),
          Map.entry("trading pair is suspended from creating orders", TRADING_DISABLED),
          Map.entry("it is prohibited to place orders on this trading pair", TRADING_DISABLED),
          // the account, the limits, the exchange
          Map.entry("number of orders breached the limit", TOO_MANY_OPEN_ORDERS),
          Map.entry("there are too many orders in the order", TOO_MANY_OPEN_ORDERS),
          Map.entry("kc-api-timestamp invalid", AUTH_FAILED),
          Map.entry("invalid kc-api-timestamp", AUTH_FAILED),
          Map.entry("kc-api-key not exists", AUTH_FAILED),
          Map.entry("kc-api-key does not exist", AUTH_FAILED),
          Map.entry("invalid kc-api-key-version", AUTH_FAILED),
          Map.entry("uid access denied, requires more permission", AUTH_FAILED),
          Map.entry(
              "v1 & v2 api keys are no longer supported by this api. please create a v3 api key",
              AUTH_FAILED),
          Map.entry("the requested ip address is not in the api whitelist", AUTH_FAILED),
          Map.entry("too many request", RATE_LIMITED),
          Map.entry(
              "too many requests in a short period of time, please retry later", RATE_LIMITED),
          Map.entry("user are frozen", ACCOUNT_RESTRICTED),
          Map.entry(
              "transaction restricted, there's a risk problem in your account", ACCOUNT_RESTRICTED),
          Map.entry(
              "there is a risk problem in your account and transactions are temporarily not"
                  + " allowed",
              ACCOUNT_RESTRICTED),
          Map.entry("users currently do not support high frequency", ACCOUNT_RESTRICTED),
          Map.entry(
              "your relevant permission rights have been restricted, you can contact customer"
                  + " service for processing",
              ACCOUNT_RESTRICTED),
          Map.entry("position renewal freeze", ACCOUNT_RESTRICTED),
          Map.entry("position forced liquidation freeze", ACCOUNT_RESTRICTED),
          Map.entry("abnormal leverage account status", ACCOUNT_RESTRICTED),
          Map.entry("invalid kc-api-sign", AUTH_FAILED),
          Map.entry("signature error", AUTH_FAILED),
          Map.entry("invalid kc-api-passphrase", AUTH_FAILED),
          Map.entry("access denied", AUTH_FAILED),
          Map.entry("too many requests", RATE_LIMITED),
          Map.entry("internal server error", EXCHANGE_UNAVAILABLE),
          Map.entry("network timeout, please try again later", EXCHANGE_UNAVAILABLE));

  /** A message's first words, before the value KuCoin fills in, and its reason. */
  record Prefix(String start, ViolationCode code) {}

  /** Messages that carry a value, by the words before it. */
  static final List<Prefix> PREFIXES =
      List.of(
          new Prefix("the order funds should more then ", NOTIONAL_BELOW_MIN_FUNDS),
          new Prefix("max. price: ", PRICE_OUTSIDE_LIMIT),
          new Prefix("order price should be more than ", PRICE_OUTSIDE_LIMIT),
          new Prefix("the maximum order price is: ", PRICE_OUTSIDE_LIMIT),
          new Prefix("the minimum order price is: ", PRICE_OUTSIDE_LIMIT),
          new Prefix(
              "the final transaction price of your order will trigger the price protection"
                  + " strategy",
              PRICE_OUTSIDE_LIMIT),
          new Prefix("order price can't deviate from nav by ", PRICE_OUTSIDE_LIMIT),
          new Prefix("upper limit for holding: ", POSITION_LIMIT),
          new Prefix("trigger the global position limit", POSITION_LIMIT),
          new Prefix("exceeds the max. borrowing amount", BORROW_LIMIT_EXCEEDED),
          new Prefix("exceed the borrowing limit", BORROW_LIMIT_EXCEEDED),
          new Prefix("the maximum borrowing amount has been exceeded", BORROW_LIMIT_EXCEEDED),
          new Prefix("according to the platform's maximum borrowing limit", BORROW_LIMIT_EXCEEDED),
          new Prefix("as the total lending amount for platform leverage ", BORROW_NOT_ALLOWED),
          new Prefix("as the total position of platform leverage ", BORROW_NOT_ALLOWED),
          new Prefix("your located country/region is currently not supported", ACCOUNT_RESTRICTED),
          new Prefix("invalid request ip", AUTH_FAILED),
          new Prefix("please complete the kyc verification", ACCOUNT_RESTRICTED),
          new Prefix(
              "any of kc-api-key, kc-api-sign, kc-api-timestamp, kc-api-passphrase", AUTH_FAILED),
          new Prefix("access denied, requires more permission", AUTH_FAILED),
          new Prefix("exceeded the access frequency", RATE_LIMITED),
          new Prefix("third-party service call failed", EXCHANGE_UNAVAILABLE));

  /** Codes with one meaning, whatever their message says. */
  static final Map<String, ViolationCode> CODES =
      Map.ofEntries(
          Map.entry("200004", INSUFFICIENT_BALANCE),
          Map.entry("230003", INSUFFICIENT_BALANCE),
          Map.entry("210021", INSUFFICIENT_BALANCE),
          Map.entry("260100", INSUFFICIENT_BALANCE),
          Map.entry("126013", INSUFFICIENT_BALANCE),
          Map.entry("130301", INSUFFICIENT_BALANCE),
          Map.entry("600100", FUNDS_BELOW_MIN),
          Map.entry("600101", NOTIONAL_BELOW_MIN_FUNDS),
          Map.entry("126003", NOTIONAL_BELOW_MIN_FUNDS),
          Map.entry("400370", PRICE_OUTSIDE_LIMIT),
          Map.entry("126022", PRICE_OUTSIDE_LIMIT),
          Map.entry("126029", PRICE_OUTSIDE_LIMIT),
          Map.entry("126030", PRICE_OUTSIDE_LIMIT),
          Map.entry("400330", PRICE_OUTSIDE_LIMIT),
          Map.entry("210014", BORROW_LIMIT_EXCEEDED),
          Map.entry("103000", BORROW_LIMIT_EXCEEDED),
          Map.entry("130201", BORROW_NOT_ALLOWED),
          Map.entry("130306", BORROW_NOT_ALLOWED),
          Map.entry("130307", BORROW_NOT_ALLOWED),
          Map.entry("101030", BORROW_NOT_ALLOWED),
          Map.entry("400350", POSITION_LIMIT),
          Map.entry("126042", POSITION_LIMIT),
          Map.entry("130311", POSITION_LIMIT),
          Map.entry("130312", POSITION_LIMIT),
          Map.entry("130313", POSITION_LIMIT),
          Map.entry("130314", POSITION_LIMIT),
          Map.entry("900001", UNKNOWN_SYMBOL),
          Map.entry("126004", UNKNOWN_SYMBOL),
          Map.entry("130303", ISOLATED_NOT_AVAILABLE),
          Map.entry("130304", TRADING_DISABLED),
          Map.entry("130305", TRADING_DISABLED),
          Map.entry("200001", TRADING_DISABLED),
          Map.entry("400200", TRADING_DISABLED),
          Map.entry("400600", TRADING_DISABLED),
          Map.entry("600203", TRADING_DISABLED),
          Map.entry("126006", TRADING_DISABLED),
          Map.entry("126007", TRADING_DISABLED),
          Map.entry("126009", TRADING_DISABLED),
          Map.entry("126015", TRADING_DISABLED),
          Map.entry("126033", DUPLICATE_CLIENT_OID),
          Map.entry("126044", DUPLICATE_CLIENT_OID),
          Map.entry("200003", TOO_MANY_OPEN_ORDERS),
          Map.entry("126011", TOO_MANY_OPEN_ORDERS),
          Map.entry("200009", ACCOUNT_RESTRICTED),
          Map.entry("126005", ACCOUNT_RESTRICTED),
          Map.entry("126047", ACCOUNT_RESTRICTED),
          Map.entry("126048", ACCOUNT_RESTRICTED),
          Map.entry("400303", ACCOUNT_RESTRICTED),
          Map.entry("126021", ACCOUNT_RESTRICTED),
          Map.entry("126045", ACCOUNT_RESTRICTED),
          Map.entry("126046", ACCOUNT_RESTRICTED),
          Map.entry("130315", ACCOUNT_RESTRICTED),
          Map.entry("126037", ACCOUNT_RESTRICTED),
          Map.entry("400008", AUTH_FAILED),
          Map.entry("400009", AUTH_FAILED),
          Map.entry("400010", AUTH_FAILED),
          Map.entry("400011", AUTH_FAILED),
          Map.entry("400012", AUTH_FAILED),
          Map.entry("411100", ACCOUNT_RESTRICTED),
          Map.entry("400700", ACCOUNT_RESTRICTED),
          Map.entry("126001", ACCOUNT_RESTRICTED),
          Map.entry("126002", ACCOUNT_RESTRICTED),
          Map.entry("130302", ACCOUNT_RESTRICTED),
          Map.entry("130308", ACCOUNT_RESTRICTED),
          Map.entry("130309", ACCOUNT_RESTRICTED),
          Map.entry("130310", ACCOUNT_RESTRICTED),
          Map.entry("400500", ACCOUNT_RESTRICTED),
          Map.entry("400001", AUTH_FAILED),
          Map.entry("400002", AUTH_FAILED),
          Map.entry("400003", AUTH_FAILED),
          Map.entry("400004", AUTH_FAILED),
          Map.entry("400005", AUTH_FAILED),
          Map.entry("400006", AUTH_FAILED),
          Map.entry("400007", AUTH_FAILED),
          Map.entry("429000", RATE_LIMITED),
          Map.entry("1015", RATE_LIMITED),
          Map.entry("500000", EXCHANGE_UNAVAILABLE),
          Map.entry("408000", EXCHANGE_UNAVAILABLE),
          Map.entry("126038", EXCHANGE_UNAVAILABLE),
          Map.entry("126039", EXCHANGE_UNAVAILABLE),
          // the parameter family: a message not listed above still says a parameter is refused
          Map.entry("400100", INVALID_PARAMETER));

  /**
   * A message as the tables hold it: trimmed, lower case, without a closing {@code .} or {@code !}.
   */
  static String normal(String message) {
    String text = message.strip().toLowerCase(Locale.ROOT);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '!')) {
      end--;
    }
    return text.substring(0, end);
  }
}
