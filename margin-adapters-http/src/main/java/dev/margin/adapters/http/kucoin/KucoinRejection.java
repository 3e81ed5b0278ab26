package dev.margin.adapters.http.kucoin;

import dev.margin.domain.model.ViolationCode;
import java.util.Objects;

/**
 * KuCoin's refusal of an order, in margin's words: the {@link ViolationCode} a local check would
 * give for the same reason, with KuCoin's own HTTP status, code and message kept as they came.
 *
 * @param code the reason; {@link ViolationCode#UNKNOWN_REJECTION} where KuCoin's answer names no
 *     reason margin knows, never a guess; never null
 * @param httpStatus the HTTP status of KuCoin's answer, 0 if unknown
 * @param kucoinCode KuCoin's {@code code}, e.g. {@code 400100}; null if the answer had none
 * @param kucoinMessage KuCoin's {@code msg}, e.g. {@code Price increment invalid.}; null if the
 *     answer had none
 */
public record KucoinRejection(
    ViolationCode code, int httpStatus, String kucoinCode, String kucoinMessage) {

  /**
   * Validates.
   *
   * @param code see {@link #code()}
   * @param httpStatus see {@link #httpStatus()}
   * @param kucoinCode see {@link #kucoinCode()}
   * @param kucoinMessage see {@link #kucoinMessage()}
   * @throws NullPointerException if {@code code} is null
   */
  public KucoinRejection {
    Objects.requireNonNull(code, "code is null");
  }

  /** {@return whether margin knows the reason, that is, the code is not an unknown rejection} */
  public boolean isKnown() {
    return code != ViolationCode.UNKNOWN_REJECTION;
  }
}
