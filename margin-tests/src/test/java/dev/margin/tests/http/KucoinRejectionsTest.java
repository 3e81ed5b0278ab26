package dev.margin.tests.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.adapters.http.kucoin.KucoinRejection;
import dev.margin.adapters.http.kucoin.KucoinRejections;
import dev.margin.domain.model.ExchangeErrorException;
import dev.margin.domain.model.RateLimitedException;
import dev.margin.domain.model.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of an order collected in docs/ORDER-RULES.md (resources kucoin/rejections.tsv)
 * becomes the code a local check would give, or an unknown rejection that keeps KuCoin's words;
 * never another code.
 */
class KucoinRejectionsTest {

  record Collected(int line, int httpStatus, String code, String message, ViolationCode expected) {
    @Override
    public String toString() {
      return line + ": " + httpStatus + " " + code + " " + message;
    }
  }

  static Stream<Collected> collected() throws IOException {
    List<Collected> rows = new ArrayList<>();
    try (InputStream in =
        KucoinRejectionsTest.class.getResourceAsStream("/kucoin/rejections.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t", -1);
        rows.add(
            new Collected(
                i + 1,
                Integer.parseInt(cells[0]),
                cells[1].isEmpty() ? null : cells[1],
                cells[2].isEmpty() ? null : cells[2],
                ViolationCode.valueOf(cells[3])));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collected")
  void everyCollectedRefusalGetsItsCode(Collected refusal) {
    KucoinRejection rejection =
        KucoinRejections.translate(refusal.httpStatus(), refusal.code(), refusal.message());

    assertThat(rejection.code()).isEqualTo(refusal.expected());
    assertThat(rejection.httpStatus()).isEqualTo(refusal.httpStatus());
    assertThat(rejection.kucoinCode()).isEqualTo(refusal.code());
    assertThat(rejection.kucoinMessage()).isEqualTo(refusal.message());
    assertThat(rejection.isKnown())
        .isEqualTo(refusal.expected() != ViolationCode.UNKNOWN_REJECTION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collected")
  void theSameRefusalAsABodyGetsTheSameCode(Collected refusal) {
    String body =
        "{\"code\":"
            + (refusal.code() == null ? "null" : "\"" + refusal.code() + "\"")
            + ",\"msg\":"
            + (refusal.message() == null ? "null" : quoted(refusal.message()))
            + "}";

    KucoinRejection rejection = KucoinRejections.fromBody(refusal.httpStatus(), body);

    assertThat(rejection.code()).as(body).isEqualTo(refusal.expected());
    assertThat(rejection.kucoinMessage()).isEqualTo(refusal.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collected")
  void caseSpacesAndTheClosingStopChangeNothing(Collected refusal) {
    if (refusal.message() == null) {
      return;
    }
    String shouted = "  " + refusal.message().toUpperCase(Locale.ROOT) + "  ";
    String stopped = refusal.message().endsWith(".") ? refusal.message() : refusal.message() + ".";

    assertThat(KucoinRejections.translate(refusal.httpStatus(), refusal.code(), shouted).code())
        .isEqualTo(refusal.expected());
    assertThat(KucoinRejections.translate(refusal.httpStatus(), refusal.code(), stopped).code())
        .isEqualTo(refusal.expected());
  }

  @Test
  void theMessageDecidesBeforeTheCode() {
    // 400100 holds unrelated reasons; 400760 two
    assertThat(KucoinRejections.translate(200, "400100", "account.available.amount").code())
        .isEqualTo(ViolationCode.INSUFFICIENT_BALANCE);
    assertThat(KucoinRejections.translate(200, "400100", "Price increment invalid.").code())
        .isEqualTo(ViolationCode.PRICE_INCREMENT);
    assertThat(KucoinRejections.translate(200, "400760", "no such words").code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    // a 400100 whose message is not listed is a refused parameter, never a balance
    assertThat(KucoinRejections.translate(200, "400100", "something new").code())
        .isEqualTo(ViolationCode.INVALID_PARAMETER);
  }

  @Test
  void anUnknownAnswerKeepsKuCoinsWords() {
    KucoinRejection rejection = KucoinRejections.translate(200, "777777", "Brand new refusal");

    assertThat(rejection.code()).isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    assertThat(rejection.isKnown()).isFalse();
    assertThat(rejection.kucoinCode()).isEqualTo("777777");
    assertThat(rejection.kucoinMessage()).isEqualTo("Brand new refusal");
  }

  @Test
  void theStatusSpeaksWhereTheBodyCannot() {
    assertThat(KucoinRejections.fromBody(429, "<html>Too many</html>").code())
        .isEqualTo(ViolationCode.RATE_LIMITED);
    assertThat(KucoinRejections.fromBody(502, "<html><body>Bad gateway</body></html>").code())
        .isEqualTo(ViolationCode.EXCHANGE_UNAVAILABLE);
    assertThat(KucoinRejections.fromBody(401, "").code()).isEqualTo(ViolationCode.AUTH_FAILED);
    // 403 is "Forbidden or Too Many Requests" in KuCoin's words: not guessed
    assertThat(KucoinRejections.fromBody(403, null).code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    assertThat(KucoinRejections.fromBody(200, "{\"code\":\"400100\"").code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    assertThat(KucoinRejections.fromBody(200, "[1,2,3]").code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    assertThat(KucoinRejections.fromBody(200, "{\"code\":{\"a\":1},\"msg\":[\"x\"]}").code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
    assertThat(
            KucoinRejections.fromBody(200, "{\"code\":400100,\"msg\":\"Price increment invalid.\"}")
                .code())
        .isEqualTo(ViolationCode.PRICE_INCREMENT);
    assertThat(
            KucoinRejections.fromBody(0, "{\"msg\":\"x\",\"code\":\"1" + "0".repeat(5000) + "\"}")
                .code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
  }

  @Test
  void aRefusalUnderTheSuccessCodeIsNotTrusted() {
    assertThat(KucoinRejections.translate(200, "200000", "Price increment invalid.").code())
        .isEqualTo(ViolationCode.UNKNOWN_REJECTION);
  }

  @Test
  void theAdaptersOwnExceptionsTranslateToo() {
    ExchangeErrorException error =
        new ExchangeErrorException(
            "POST /api/v3/hf/margin/order", 200, "400100", "Order size increment invalid.", null);
    RateLimitedException limited =
        new RateLimitedException(
            "POST /api/v3/hf/margin/order", 429, "429000", "Too Many Requests", null, null);

    assertThat(KucoinRejections.translate(error))
        .isEqualTo(
            new KucoinRejection(
                ViolationCode.SIZE_INCREMENT, 200, "400100", "Order size increment invalid."));
    assertThat(KucoinRejections.translate(limited).code()).isEqualTo(ViolationCode.RATE_LIMITED);
    assertThatThrownBy(() -> KucoinRejections.translate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("error is null");
    assertThatThrownBy(() -> new KucoinRejection(null, 200, null, null)).hasMessage("code is null");
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
