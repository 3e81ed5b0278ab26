package dev.margin.testkit;

import dev.margin.domain.model.CrossMarginSymbol;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.IsolatedMarginSymbol;
import dev.margin.domain.model.LeveragedToken;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarkPrice;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * The values of KuCoin's published example responses (October 2024), as domain records: what an
 * adapter must produce from those bodies, and what {@link
 * InMemoryMarginMarketData#ofKucoinExamples()} serves.
 */
public final class KucoinExamples {
  private KucoinExamples() {}

  /** BTC-USDT from {@code GET /api/v3/margin/symbols}. */
  public static final CrossMarginSymbol BTC_USDT_CROSS =
      MarginFixtures.aCrossSymbol("BTC-USDT").build();

  /** BTC-USDT from {@code GET /api/v1/isolated/symbols}. */
  public static final IsolatedMarginSymbol BTC_USDT_ISOLATED =
      MarginFixtures.anIsolatedSymbol("BTC-USDT", 10, "0.97");

  /** BTCUP from {@code GET /api/v3/etf/info}. */
  public static final LeveragedToken BTCUP =
      new LeveragedToken(
          Currency.of("BTCUP"),
          new BigDecimal("33.846"),
          "2-4",
          new BigDecimal("2.1648"),
          new BigDecimal("107134.87655291"),
          "118.324559 XBTUSDTM");

  /** USDT-BTC from {@code GET /api/v3/mark-price/all-symbols}: {@code 1.504E-5}. */
  public static final MarkPrice USDT_BTC_MARK =
      MarkPrice.of("USDT-BTC", 1729676522000L, "1.504E-5");

  /** USDC-BTC from {@code GET /api/v3/mark-price/all-symbols}: {@code 1.5049024E-5}. */
  public static final MarkPrice USDC_BTC_MARK =
      MarkPrice.of("USDC-BTC", 1729676522000L, "1.5049024E-5");

  /** {@code GET /api/v1/margin/config}: leverage 5, warning 0.95, liquidation 0.97. */
  public static final MarginConfig MARGIN_CONFIG =
      new MarginConfig(
          Stream.of(
                  "VRA",
                  "APT",
                  "IOTX",
                  "SHIB",
                  "KDA",
                  "BCHSV",
                  "NEAR",
                  "CLV",
                  "AUDIO",
                  "AIOZ",
                  "FLOW",
                  "WLD",
                  "COMP",
                  "MEME",
                  "SLP",
                  "STX",
                  "ZRO",
                  "QI",
                  "PYTH",
                  "RUNE",
                  "DGB",
                  "IOST",
                  "SUI",
                  "BCH",
                  "CAKE",
                  "DOT",
                  "OMG",
                  "POL",
                  "GMT",
                  "1INCH",
                  "RSR",
                  "NKN",
                  "BTC",
                  "AR",
                  "ARB",
                  "TON",
                  "LISTA",
                  "AVAX",
                  "SEI",
                  "FTM",
                  "ERN",
                  "BB",
                  "BTT",
                  "JTO",
                  "ONE",
                  "RLC",
                  "ANKR",
                  "SUSHI",
                  "CATI",
                  "ALGO",
                  "PEPE2",
                  "ATOM",
                  "LPT",
                  "BIGTIME",
                  "CFX",
                  "DYM",
                  "VELO",
                  "XPR",
                  "SNX",
                  "JUP",
                  "MANA",
                  "API3",
                  "PYR",
                  "ROSE",
                  "GLMR",
                  "SATS",
                  "TIA",
                  "GALAX",
                  "SOL",
                  "DAO",
                  "FET",
                  "ETC",
                  "MKR",
                  "WOO",
                  "DODO",
                  "OGN",
                  "BNB",
                  "ICP",
                  "BLUR",
                  "ETH",
                  "ZEC",
                  "NEO",
                  "CELO",
                  "REN",
                  "MANTA",
                  "LRC",
                  "STRK",
                  "ADA",
                  "STORJ",
                  "REQ",
                  "TAO",
                  "VET",
                  "FITFI",
                  "USDT",
                  "DOGE",
                  "HBAR",
                  "SXP",
                  "NEIROCTO",
                  "CHR",
                  "ORDI",
                  "DASH",
                  "PEPE",
                  "ONDO",
                  "ILV",
                  "WAVES",
                  "CHZ",
                  "DOGS",
                  "XRP",
                  "CTSI",
                  "JASMY",
                  "FLOKI",
                  "TRX",
                  "KAVA",
                  "SAND",
                  "C98",
                  "UMA",
                  "NOT",
                  "IMX",
                  "WIF",
                  "ENA",
                  "EGLD",
                  "BOME",
                  "LTC",
                  "USDC",
                  "METIS",
                  "WIN",
                  "THETA",
                  "FXS",
                  "ENJ",
                  "CRO",
                  "AEVO",
                  "INJ",
                  "LTO",
                  "CRV",
                  "GRT",
                  "DYDX",
                  "FLUX",
                  "ENS",
                  "WAX",
                  "MASK",
                  "POND",
                  "UNI",
                  "AAVE",
                  "LINA",
                  "TLM",
                  "BONK",
                  "QNT",
                  "LDO",
                  "ALICE",
                  "XLM",
                  "LINK",
                  "CKB",
                  "LUNC",
                  "YFI",
                  "ETHW",
                  "XTZ",
                  "LUNA",
                  "OP",
                  "SUPER",
                  "EIGEN",
                  "KSM",
                  "ELON",
                  "EOS",
                  "FIL",
                  "ZETA",
                  "SKL",
                  "BAT",
                  "APE",
                  "HMSTR",
                  "YGG",
                  "MOVR",
                  "PEOPLE",
                  "KCS",
                  "AXS",
                  "ARPA",
                  "ZIL")
              .map(Currency::of)
              .toList(),
          5,
          new BigDecimal("0.95"),
          new BigDecimal("0.97"));
}
