package dev.margin.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A leveraged token (ETF), as {@code GET /api/v3/etf/info} lists it. The component names are
 * KuCoin's field names.
 *
 * @param currency the token, e.g. {@code BTCUP}
 * @param netAsset the net asset value per token, at least zero
 * @param targetLeverage the target leverage range as published, e.g. {@code "2-4"}; kept as text
 * @param actualLeverage the current leverage (negative for a short token, where KuCoin says so)
 * @param issuedSize the number of tokens issued, at least zero
 * @param basket the basket as published, e.g. {@code "118.324559 XBTUSDTM"}; kept as text
 */
public record LeveragedToken(
    Currency currency,
    BigDecimal netAsset,
    String targetLeverage,
    BigDecimal actualLeverage,
    BigDecimal issuedSize,
    String basket) {

  /**
   * Validates every component.
   *
   * @throws NullPointerException if any component is null (the message names it)
   * @throws IllegalArgumentException if {@code targetLeverage} is blank or an amount that cannot be
   *     negative is
   * @param currency see {@link #currency()}
   * @param netAsset see {@link #netAsset()}
   * @param targetLeverage see {@link #targetLeverage()}
   * @param actualLeverage see {@link #actualLeverage()}
   * @param issuedSize see {@link #issuedSize()}
   * @param basket see {@link #basket()}
   */
  public LeveragedToken {
    Objects.requireNonNull(currency, "currency is null");
    netAsset = Decimals.nonNegative(netAsset, "netAsset");
    targetLeverage = Decimals.text(targetLeverage, "targetLeverage");
    Objects.requireNonNull(actualLeverage, "actualLeverage is null");
    actualLeverage = Decimals.canonical(actualLeverage);
    issuedSize = Decimals.nonNegative(issuedSize, "issuedSize");
    Objects.requireNonNull(basket, "basket is null");
  }
}
