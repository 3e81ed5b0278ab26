package dev.margin.adapters.http.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.ViolationCode;
import java.io.IOException;
import java.util.Objects;

/**
 * Translates KuCoin's refusal of an order into the {@link ViolationCode} margin's own checks use,
 * so that a host treats "KuCoin said no" exactly as it treats a local refusal:
 *
 * <pre>{@code
 * KucoinRejection rejection = KucoinRejections.translate(200, "400100", "Price increment invalid.");
 * rejection.code();   // PRICE_INCREMENT
 * }</pre>
 *
 * <p>The message decides first, because KuCoin puts unrelated reasons under one code (its {@code
 * 400100} means "a parameter is refused" and carries increment errors, balance errors and missing
 * ids alike); then the codes with one meaning; then the HTTP status (429, 401, 5xx). What none of
 * these names is {@link ViolationCode#UNKNOWN_REJECTION}, with KuCoin's code and message kept,
 * never a guessed reason. Every message and code, with its source, is listed in
 * docs/ORDER-RULES.md. Stateless and thread-safe.
 */
public final class KucoinRejections {
  private static final ObjectMapper JSON = KucoinJsonMapper.create();

  private KucoinRejections() {}

  /**
   * The reason of one refusal.
   *
   * @param httpStatus the HTTP status of KuCoin's answer; 0 if unknown
   * @param code KuCoin's {@code code}, e.g. {@code 400100}; null if none
   * @param message KuCoin's {@code msg}; null if none
   * @return the refusal in margin's words, with KuCoin's kept
   */
  public static KucoinRejection translate(int httpStatus, String code, String message) {
    return new KucoinRejection(reason(httpStatus, code, message), httpStatus, code, message);
  }

  /**
   * The reason of a refusal the adapter already raised.
   *
   * @param error the refusal; never null
   * @return the refusal in margin's words, with KuCoin's kept
   */
  public static KucoinRejection translate(ExchangeErrorException error) {
    Objects.requireNonNull(error, "error is null");
    return translate(
        error.httpStatus(), error.code().orElse(null), error.exchangeMessage().orElse(null));
  }

  /**
   * The reason of a refusal as KuCoin's body carries it ({@code {"code":"400100","msg":"..."}}). A
   * body that is not such an envelope (an HTML error page, malformed JSON, a success code) is an
   * {@link ViolationCode#UNKNOWN_REJECTION} unless its HTTP status names a reason.
   *
   * @param httpStatus the HTTP status of KuCoin's answer; 0 if unknown
   * @param body the body as received; null or empty if none
   * @return the refusal in margin's words, with KuCoin's code and message where the body had them
   */
  public static KucoinRejection fromBody(int httpStatus, String body) {
    String code = null;
    String message = null;
    if (body != null && !body.isBlank()) {
      try {
        JsonNode envelope = JSON.readTree(body);
        if (envelope != null && envelope.isObject()) {
          code = text(envelope.get("code"));
          message = text(envelope.get("msg"));
        }
      } catch (IOException | RuntimeException notJson) {
        // not an envelope: the status alone speaks
      }
    }
    return translate(httpStatus, code, message);
  }

  private static String text(JsonNode node) {
    return node != null && (node.isTextual() || node.isIntegralNumber()) ? node.asText() : null;
  }

  private static ViolationCode reason(int httpStatus, String code, String message) {
    if (Envelopes.SUCCESS.equals(code)) {
      // a refusal under the success code names nothing margin can trust
      return ViolationCode.UNKNOWN_REJECTION;
    }
    if (message != null) {
      String normal = RejectionTable.normal(message);
      ViolationCode byMessage = RejectionTable.MESSAGES.get(normal);
      if (byMessage != null) {
        return byMessage;
      }
      for (RejectionTable.Prefix prefix : RejectionTable.PREFIXES) {
        if (normal.startsWith(prefix.start())) {
          return prefix.code();
        }
      }
    }
    if (code != null) {
      ViolationCode byCode = RejectionTable.CODES.get(code.strip());
      if (byCode != null) {
        return byCode;
      }
    }
    if (httpStatus == 429) {
      return ViolationCode.RATE_LIMITED;
    }
    if (httpStatus == 401) {
      // not 403: KuCoin documents it as "Forbidden or Too Many Requests"
      return ViolationCode.AUTH_FAILED;
    }
    if (httpStatus >= 500 && httpStatus <= 599) {
      return ViolationCode.EXCHANGE_UNAVAILABLE;
    }
    return ViolationCode.UNKNOWN_REJECTION;
  }
}
