package dev.margin.tests.validation;

import static dev.margin.domain.model.ViolationCode.CANCEL_AFTER_OUT_OF_RANGE;
import static dev.margin.domain.model.ViolationCode.CANCEL_AFTER_WITHOUT_GTT;
import static dev.margin.domain.model.ViolationCode.CLIENT_OID_ALPHABET;
import static dev.margin.domain.model.ViolationCode.CLIENT_OID_TOO_LONG;
import static dev.margin.domain.model.ViolationCode.HIDDEN_ON_MARKET;
import static dev.margin.domain.model.ViolationCode.ICEBERG_ON_MARKET;
import static dev.margin.domain.model.ViolationCode.ICEBERG_WITHOUT_VISIBLE_SIZE;
import static dev.margin.domain.model.ViolationCode.POST_ONLY_ON_MARKET;
import static dev.margin.domain.model.ViolationCode.POST_ONLY_WITH_IOC_OR_FOK;
import static dev.margin.domain.model.ViolationCode.PRICE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.RULES_UNAVAILABLE;
import static dev.margin.domain.model.ViolationCode.SIZE_AND_FUNDS;
import static dev.margin.domain.model.ViolationCode.STP_DC_ON_MARKET;
import static dev.margin.domain.model.ViolationCode.TIME_IN_FORCE_ON_MARKET;
import static dev.margin.domain.model.ViolationCode.VISIBLE_SIZE_ABOVE_SIZE;
import static dev.margin.domain.model.ViolationCode.VISIBLE_SIZE_INCREMENT;
import static dev.margin.domain.model.ViolationCode.VISIBLE_SIZE_NOT_POSITIVE;
import static dev.margin.domain.model.ViolationCode.VISIBLE_SIZE_TOO_SMALL;
import static dev.margin.domain.model.ViolationCode.VISIBLE_SIZE_WITHOUT_ICEBERG;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderRequestBuilder;
import dev.margin.app.ValidationResult;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.OrderType;
import dev.margin.domain.model.SelfTradePrevention;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.TimeInForce;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.testkit.KucoinExamples;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KuCoin's rules on the fields of a margin order beyond its amounts (docs/ORDER-RULES.md), each
 * with the example KuCoin's documentation gives, against BTC-USDT's real rules (tick 0.1, lot
 * 0.00000001, minimum size 0.00001, reference price 32000).
 */
class OrderFieldRulesTest {
  static final long SEED = Long.getLong("margin.seed", System.nanoTime());
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");

  /** Every code the fields' rules give. */
  static final Set<ViolationCode> FIELD_CODES =
      EnumSet.of(
          SIZE_AND_FUNDS,
          CLIENT_OID_TOO_LONG,
          CLIENT_OID_ALPHABET,
          TIME_IN_FORCE_ON_MARKET,
          CANCEL_AFTER_WITHOUT_GTT,
          CANCEL_AFTER_OUT_OF_RANGE,
          POST_ONLY_WITH_IOC_OR_FOK,
          POST_ONLY_ON_MARKET,
          HIDDEN_ON_MARKET,
          ICEBERG_ON_MARKET,
          ICEBERG_WITHOUT_VISIBLE_SIZE,
          VISIBLE_SIZE_WITHOUT_ICEBERG,
          VISIBLE_SIZE_NOT_POSITIVE,
          VISIBLE_SIZE_INCREMENT,
          VISIBLE_SIZE_TOO_SMALL,
          VISIBLE_SIZE_ABOVE_SIZE,
          STP_DC_ON_MARKET);

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(KucoinExamples.BTC_USDT_CROSS)
          .isolatedSymbol(KucoinExamples.BTC_USDT_ISOLATED)
          .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW.minusSeconds(5)))
          .marginConfig(KucoinExamples.MARGIN_CONFIG)
          .build();
  final MarginApplication margin =
      MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);

  @BeforeEach
  void loadRules() {
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
  }

  /** A valid limit buy of 0.001 BTC at 32000 USDT. */
  static OrderRequestBuilder aLimitBuy() {
    return OrderRequest.builder(BTC_USDT, Side.BUY)
        .limit(new BigDecimal("32000"), new BigDecimal("0.001"));
  }

  /** A valid market sell of 0.001 BTC. */
  static OrderRequestBuilder aMarketSell() {
    return OrderRequest.builder(BTC_USDT, Side.SELL).marketBySize(new BigDecimal("0.001"));
  }

  ValidationResult validate(OrderRequestBuilder order) {
    return margin.orderValidation().validate(order.build());
  }

  record Case(String name, OrderRequestBuilder order, Set<ViolationCode> codes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case refused(String name, OrderRequestBuilder order, ViolationCode... codes) {
    return new Case(name, order, Set.of(codes));
  }

  static Case passes(String name, OrderRequestBuilder order) {
    return new Case(name, order, Set.of());
  }

  static Stream<Case> cases() {
    BigDecimal size = new BigDecimal("0.001");
    return Stream.of(
        passes(
            "a UUID clientOid, GTT with cancelAfter, post-only, CN and both auto flags",
            aLimitBuy()
                .clientOid("5c52e11203aa677f33e493fb")
                .timeInForce(TimeInForce.GTT)
                .cancelAfter(3600)
                .postOnly(true)
                .stp(SelfTradePrevention.CN)
                .autoBorrow(true)
                .autoRepay(true)),
        passes("a clientOid of 40 characters", aLimitBuy().clientOid("a".repeat(40))),
        passes("a clientOid of _ and -", aLimitBuy().clientOid("grid_17-leg-B")),
        refused(
            "a clientOid of 41 characters",
            aLimitBuy().clientOid("a".repeat(41)),
            CLIENT_OID_TOO_LONG),
        refused("a clientOid with a space", aLimitBuy().clientOid("grid 17"), CLIENT_OID_ALPHABET),
        refused("a clientOid with a dot", aLimitBuy().clientOid("grid.17"), CLIENT_OID_ALPHABET),
        refused("a clientOid in Chinese", aLimitBuy().clientOid("订单17"), CLIENT_OID_ALPHABET),
        refused("an empty clientOid", aLimitBuy().clientOid(""), CLIENT_OID_ALPHABET),
        refused(
            "cancelAfter without a time in force (GTC)",
            aLimitBuy().cancelAfter(60),
            CANCEL_AFTER_WITHOUT_GTT),
        refused(
            "cancelAfter with IOC",
            aLimitBuy().timeInForce(TimeInForce.IOC).cancelAfter(60),
            CANCEL_AFTER_WITHOUT_GTT),
        passes("cancelAfter 1 s with GTT", aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(1)),
        passes(
            "cancelAfter just under 30 days with GTT",
            aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(2_591_999)),
        refused(
            "cancelAfter of 30 days",
            aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(2_592_000),
            CANCEL_AFTER_OUT_OF_RANGE),
        refused(
            "cancelAfter 0",
            aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(0),
            CANCEL_AFTER_OUT_OF_RANGE),
        refused(
            "cancelAfter -1",
            aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(-1),
            CANCEL_AFTER_OUT_OF_RANGE),
        passes(
            "GTT without cancelAfter (no documented refusal)",
            aLimitBuy().timeInForce(TimeInForce.GTT)),
        refused(
            "post-only with IOC",
            aLimitBuy().postOnly(true).timeInForce(TimeInForce.IOC),
            POST_ONLY_WITH_IOC_OR_FOK),
        refused(
            "post-only with FOK",
            aLimitBuy().postOnly(true).timeInForce(TimeInForce.FOK),
            POST_ONLY_WITH_IOC_OR_FOK),
        passes("post-only with GTC", aLimitBuy().postOnly(true).timeInForce(TimeInForce.GTC)),
        refused(
            "a market order with a time in force",
            aMarketSell().timeInForce(TimeInForce.GTC),
            TIME_IN_FORCE_ON_MARKET),
        refused(
            "a market order with size and funds",
            aMarketSell().funds(new BigDecimal("32")),
            SIZE_AND_FUNDS),
        refused("a post-only market order", aMarketSell().postOnly(true), POST_ONLY_ON_MARKET),
        refused("a hidden market order", aMarketSell().hidden(true), HIDDEN_ON_MARKET),
        refused(
            "an iceberg market order",
            aMarketSell().iceberg(true).visibleSize(new BigDecimal("0.0001")),
            ICEBERG_ON_MARKET),
        refused(
            "a market order with DC", aMarketSell().stp(SelfTradePrevention.DC), STP_DC_ON_MARKET),
        passes("a market order with CN", aMarketSell().stp(SelfTradePrevention.CN)),
        passes("a limit order with DC", aLimitBuy().stp(SelfTradePrevention.DC)),
        passes(
            "FOK with CO (KuCoin forces CN, refuses nothing)",
            aLimitBuy().timeInForce(TimeInForce.FOK).stp(SelfTradePrevention.CO)),
        passes("a hidden limit order", aLimitBuy().hidden(true)),
        passes(
            "an iceberg showing a tenth",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.0001"))),
        passes(
            "an iceberg showing exactly a twentieth",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.00005"))),
        passes("an iceberg showing the whole order", aLimitBuy().iceberg(true).visibleSize(size)),
        passes(
            "hidden and iceberg (KuCoin runs it as an iceberg)",
            aLimitBuy().hidden(true).iceberg(true).visibleSize(new BigDecimal("0.0001"))),
        refused(
            "an iceberg without a visible size",
            aLimitBuy().iceberg(true),
            ICEBERG_WITHOUT_VISIBLE_SIZE),
        refused(
            "a visible size without iceberg",
            aLimitBuy().visibleSize(new BigDecimal("0.0001")),
            VISIBLE_SIZE_WITHOUT_ICEBERG),
        refused(
            "a visible size of zero",
            aLimitBuy().iceberg(true).visibleSize(BigDecimal.ZERO),
            VISIBLE_SIZE_NOT_POSITIVE),
        refused(
            "a negative visible size",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("-0.0001")),
            VISIBLE_SIZE_NOT_POSITIVE),
        refused(
            "a visible size off the lot",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.000100001")),
            VISIBLE_SIZE_INCREMENT),
        refused(
            "a visible size under a twentieth",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.00004999")),
            VISIBLE_SIZE_TOO_SMALL),
        refused(
            "a visible size at the minimum order size",
            aLimitBuy()
                .size(new BigDecimal("0.0002"))
                .iceberg(true)
                .visibleSize(new BigDecimal("0.00001")),
            VISIBLE_SIZE_TOO_SMALL),
        refused(
            "a visible size above the order's size",
            aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.002")),
            VISIBLE_SIZE_ABOVE_SIZE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleRefusesItsCaseWithItsCodeAlone(Case given) {
    ValidationResult result = validate(given.order());

    assertThat(Set.copyOf(result.codes())).as(result.toString()).isEqualTo(given.codes());
    assertThat(result.isValid()).isEqualTo(given.codes().isEmpty());
    if (!result.isValid()) {
      assertThat(result.suggestion()).isEmpty();
      assertThat(result.noSuggestionReason())
          .hasValueSatisfying(r -> assertThat(r).contains("clears"));
    }
  }

  @Test
  void everyReasonIsListedAtOnce() {
    ValidationResult result =
        validate(
            aMarketSell()
                .funds(new BigDecimal("32"))
                .clientOid("x".repeat(45) + " ")
                .timeInForce(TimeInForce.IOC)
                .cancelAfter(-5)
                .postOnly(true)
                .hidden(true)
                .iceberg(true)
                .stp(SelfTradePrevention.DC));

    assertThat(result.codes())
        .containsExactlyInAnyOrder(
            SIZE_AND_FUNDS,
            CLIENT_OID_TOO_LONG,
            CLIENT_OID_ALPHABET,
            TIME_IN_FORCE_ON_MARKET,
            CANCEL_AFTER_WITHOUT_GTT,
            CANCEL_AFTER_OUT_OF_RANGE,
            POST_ONLY_WITH_IOC_OR_FOK,
            POST_ONLY_ON_MARKET,
            HIDDEN_ON_MARKET,
            ICEBERG_ON_MARKET,
            ICEBERG_WITHOUT_VISIBLE_SIZE,
            STP_DC_ON_MARKET);
  }

  @Test
  void theMessagesSayWhatIsWrong() {
    assertThat(validate(aLimitBuy().clientOid("grid 17")).violations().get(0).message())
        .isEqualTo("clientOid holds U+0020 at 5; only letters, digits, _ and - are allowed");
    assertThat(validate(aLimitBuy().clientOid("a".repeat(41))).violations().get(0).message())
        .isEqualTo("clientOid has 41 characters, more than 40");
    assertThat(validate(aLimitBuy().cancelAfter(60)).violations().get(0).message())
        .isEqualTo("cancelAfter needs the GTT time in force, not none (GTC)");
    assertThat(
            validate(aLimitBuy().iceberg(true).visibleSize(new BigDecimal("0.00004")))
                .violations()
                .get(0))
        .satisfies(
            v -> {
              assertThat(v.message())
                  .isEqualTo("visible size 0.00004 is below 1/20 of the size, 0.00005");
              assertThat(v.value()).isEqualByComparingTo("0.00004");
              assertThat(v.limit()).isEqualByComparingTo("0.00005");
            });
  }

  @Test
  void theClientOidAlphabetIsExactlyLettersDigitsUnderscoreAndHyphen() {
    for (String allowed : new String[] {"a", "z", "A", "Z", "0", "9", "_", "-", "aZ09_-"}) {
      assertThat(validate(aLimitBuy().clientOid(allowed)).isValid()).as(allowed).isTrue();
    }
    for (String refused :
        new String[] {"`", "{", "@", "[", "/", ":", ".", "!", "~", "\u007f", "é"}) {
      assertThat(validate(aLimitBuy().clientOid(refused)).codes())
          .as(refused)
          .containsExactly(CLIENT_OID_ALPHABET);
    }
    assertThat(validate(aLimitBuy().clientOid("ab!")).violations().get(0).message())
        .isEqualTo("clientOid holds '!' at 3; only letters, digits, _ and - are allowed");
    assertThat(validate(aLimitBuy().clientOid("ab~")).violations().get(0).message())
        .startsWith("clientOid holds '~' at 3");
    assertThat(validate(aLimitBuy().clientOid("ab\u007f")).violations().get(0).message())
        .startsWith("clientOid holds U+007F at 3");
  }

  @Test
  void cancelAfterNamesTheBoundItCrossed() {
    assertThat(
            validate(aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(0)).violations().get(0))
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("0");
              assertThat(v.limit()).isEqualByComparingTo("1");
            });
    assertThat(
            validate(aLimitBuy().timeInForce(TimeInForce.GTT).cancelAfter(2_592_000))
                .violations()
                .get(0))
        .satisfies(
            v -> {
              assertThat(v.value()).isEqualByComparingTo("2592000");
              assertThat(v.limit()).isEqualByComparingTo("2591999");
              assertThat(v.message())
                  .isEqualTo("cancelAfter 2592000 s is not between 1 and 2591999 seconds");
            });
  }

  @Test
  void theFieldsAreReportedWhenTheRulesCannotBe() {
    MarginApplication cold =
        MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);

    ValidationResult result =
        cold.orderValidation().validate(aLimitBuy().clientOid("no spaces").cancelAfter(5).build());

    assertThat(result.codes())
        .containsExactlyInAnyOrder(
            RULES_UNAVAILABLE, CLIENT_OID_ALPHABET, CANCEL_AFTER_WITHOUT_GTT);
    assertThat(result.noSuggestionReason())
        .hasValueSatisfying(r -> assertThat(r).contains("RULES_UNAVAILABLE"));
  }

  @Test
  void aSuggestionKeepsTheOrdersFieldsAndPasses() {
    OrderRequest order =
        aLimitBuy()
            .price(new BigDecimal("32000.05"))
            .clientOid("grid-1")
            .iceberg(true)
            .visibleSize(new BigDecimal("0.0001"))
            .autoBorrow(true)
            .build();

    ValidationResult result = margin.orderValidation().validate(order);

    assertThat(result.codes()).containsExactly(PRICE_INCREMENT);
    assertThat(result.suggestion()).isPresent();
    OrderRequest suggested =
        order.toBuilder().price(result.suggestion().orElseThrow().price().orElseThrow()).build();
    assertThat(margin.orderValidation().validate(suggested).isValid()).isTrue();
  }

  @Test
  void theBuilderHoldsEveryFieldAndRoundTrips() {
    OrderRequest order =
        OrderRequest.builder(BTC_USDT, Side.SELL)
            .limit(new BigDecimal("33000"), new BigDecimal("0.5"))
            .isolated(true)
            .clientOid("c-1")
            .stp(SelfTradePrevention.CB)
            .timeInForce(TimeInForce.GTT)
            .cancelAfter(90)
            .postOnly(true)
            .hidden(true)
            .iceberg(true)
            .visibleSize(new BigDecimal("0.05"))
            .autoBorrow(true)
            .autoRepay(true)
            .build();

    assertThat(order.type()).isEqualTo(OrderType.LIMIT);
    assertThat(order.mode()).isEqualTo(MarginMode.ISOLATED);
    assertThat(order.clientOid()).hasValue("c-1");
    assertThat(order.stp()).hasValue(SelfTradePrevention.CB);
    assertThat(order.timeInForce()).hasValue(TimeInForce.GTT);
    assertThat(order.cancelAfter()).hasValue(90);
    assertThat(order.postOnly()).isTrue();
    assertThat(order.hidden()).isTrue();
    assertThat(order.iceberg()).isTrue();
    assertThat(order.visibleSize()).hasValue(new BigDecimal("0.05"));
    assertThat(order.autoBorrow()).isTrue();
    assertThat(order.autoRepay()).isTrue();
    assertThat(order.toBuilder().build()).isEqualTo(order).hasSameHashCodeAs(order);
    assertThat(order.toBuilder().autoRepay(false).build()).isNotEqualTo(order);
    assertThat(order.toBuilder().noCancelAfter().build().cancelAfter()).isEmpty();
    assertThat(order.inMode(MarginMode.CROSS).clientOid()).hasValue("c-1");
    assertThat(order.toString())
        .isEqualTo(
            "LIMIT SELL BTC-USDT (ISOLATED) price 33000 size 0.5 clientOid c-1 GTT cancelAfter 90s"
                + " postOnly hidden iceberg visibleSize 0.05 stp CB autoBorrow autoRepay");
  }

  @Test
  void anOrderWithEveryFieldLeftOutIsTheFactorysOrder() {
    BigDecimal price = new BigDecimal("32000");
    BigDecimal size = new BigDecimal("0.001");
    OrderRequest built = OrderRequest.builder(BTC_USDT, Side.BUY).limit(price, size).build();

    assertThat(built).isEqualTo(OrderRequest.limit(BTC_USDT, Side.BUY, price, size));
    assertThat(built.clientOid()).isEmpty();
    assertThat(built.timeInForce()).isEmpty();
    assertThat(built.cancelAfter()).isEmpty();
    assertThat(built.visibleSize()).isEmpty();
    assertThat(built.postOnly() || built.hidden() || built.iceberg()).isFalse();
    assertThat(built.autoBorrow() || built.autoRepay()).isFalse();
    assertThat(OrderRequest.limit(BTC_USDT, Side.BUY, price, size).toBuilder().build())
        .isEqualTo(built);
    assertThat(OrderRequest.builder(BTC_USDT, Side.BUY).marketByFunds(BigDecimal.TEN).build())
        .isEqualTo(OrderRequest.marketByFunds(BTC_USDT, Side.BUY, BigDecimal.TEN));
    assertThat(OrderRequest.builder(BTC_USDT, Side.BUY).marketBySize(BigDecimal.TEN).build())
        .isEqualTo(OrderRequest.marketBySize(BTC_USDT, Side.BUY, BigDecimal.TEN));
  }

  @Test
  void theBuilderRefusesOnlyNullsAndAbsurdDecimals() {
    assertThatThrownBy(() -> OrderRequest.builder(null, Side.BUY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("symbol is null");
    assertThatThrownBy(() -> OrderRequest.builder(BTC_USDT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("side is null");
    assertThatThrownBy(() -> aLimitBuy().type(null).build()).hasMessage("type is null");
    assertThatThrownBy(() -> aLimitBuy().mode(null).build()).hasMessage("mode is null");
    assertThatThrownBy(
            () -> aLimitBuy().iceberg(true).visibleSize(new BigDecimal("1E+100")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visibleSize is out of range");
    // a market order with neither size nor funds builds, and is refused by the validator
    assertThat(validate(OrderRequest.builder(BTC_USDT, Side.BUY).type(OrderType.MARKET)).codes())
        .containsExactly(ViolationCode.SIZE_NOT_POSITIVE);
  }

  /**
   * Seeded random combinations of every field, each verdict's field codes against the rules as
   * KuCoin's documentation states them, written here once more, plainly.
   */
  @Test
  void randomCombinationsGetExactlyTheCodesOfTheRules() {
    Random random = new Random(SEED);
    String[] clientOids = {null, "ok-1", "", "a".repeat(40), "a".repeat(41), "a b", "é".repeat(41)};
    Long[] cancelAfters = {null, -1L, 0L, 1L, 600L, 2_591_999L, 2_592_000L};
    String[] visibleSizes = {
      null, "0", "-0.001", "0.00004", "0.00005", "0.0001", "0.000100001", "0.002"
    };
    int cases = Integer.getInteger("margin.cases", 20_000);
    for (int i = 0; i < cases; i++) {
      boolean market = random.nextBoolean();
      boolean withSize = !market || random.nextInt(3) > 0;
      boolean withFunds = market && (!withSize || random.nextInt(3) == 0);
      OrderRequestBuilder builder = OrderRequest.builder(BTC_USDT, Side.BUY);
      builder =
          market
              ? builder
                  .type(OrderType.MARKET)
                  .size(withSize ? new BigDecimal("0.001") : null)
                  .funds(withFunds ? new BigDecimal("32") : null)
              : builder.limit(new BigDecimal("32000"), new BigDecimal("0.001"));
      String clientOid = pick(random, clientOids);
      TimeInForce timeInForce =
          random.nextInt(5) == 0 ? null : TimeInForce.values()[random.nextInt(4)];
      Long cancelAfter = pick(random, cancelAfters);
      boolean postOnly = random.nextInt(3) == 0;
      boolean hidden = random.nextInt(3) == 0;
      boolean iceberg = random.nextInt(3) == 0;
      String visibleText = pick(random, visibleSizes);
      BigDecimal visible = visibleText == null ? null : new BigDecimal(visibleText);
      SelfTradePrevention stp =
          random.nextInt(5) == 0 ? null : SelfTradePrevention.values()[random.nextInt(4)];
      builder
          .clientOid(clientOid)
          .timeInForce(timeInForce)
          .postOnly(postOnly)
          .hidden(hidden)
          .iceberg(iceberg)
          .visibleSize(visible)
          .stp(stp)
          .autoBorrow(random.nextBoolean())
          .autoRepay(random.nextBoolean());
      if (cancelAfter != null) {
        builder.cancelAfter(cancelAfter);
      }
      OrderRequest order = builder.build();

      Set<ViolationCode> expected = EnumSet.noneOf(ViolationCode.class);
      if (market && withSize && withFunds) {
        expected.add(SIZE_AND_FUNDS);
      }
      if (clientOid != null && clientOid.length() > 40) {
        expected.add(CLIENT_OID_TOO_LONG);
      }
      if (clientOid != null && !clientOid.matches("[A-Za-z0-9_-]+")) {
        expected.add(CLIENT_OID_ALPHABET);
      }
      if (market && timeInForce != null) {
        expected.add(TIME_IN_FORCE_ON_MARKET);
      }
      if (cancelAfter != null && timeInForce != TimeInForce.GTT) {
        expected.add(CANCEL_AFTER_WITHOUT_GTT);
      }
      if (cancelAfter != null && (cancelAfter <= 0 || cancelAfter >= 2_592_000)) {
        expected.add(CANCEL_AFTER_OUT_OF_RANGE);
      }
      if (postOnly && (timeInForce == TimeInForce.IOC || timeInForce == TimeInForce.FOK)) {
        expected.add(POST_ONLY_WITH_IOC_OR_FOK);
      }
      if (market && postOnly) {
        expected.add(POST_ONLY_ON_MARKET);
      }
      if (market && hidden) {
        expected.add(HIDDEN_ON_MARKET);
      }
      if (market && iceberg) {
        expected.add(ICEBERG_ON_MARKET);
      }
      if (market && stp == SelfTradePrevention.DC) {
        expected.add(STP_DC_ON_MARKET);
      }
      if (iceberg && visible == null) {
        expected.add(ICEBERG_WITHOUT_VISIBLE_SIZE);
      }
      if (visible != null) {
        if (!iceberg) {
          expected.add(VISIBLE_SIZE_WITHOUT_ICEBERG);
        }
        BigDecimal size = withSize ? new BigDecimal("0.001") : null;
        if (visible.signum() <= 0) {
          expected.add(VISIBLE_SIZE_NOT_POSITIVE);
        } else {
          if (size != null && visible.compareTo(size) > 0) {
            expected.add(VISIBLE_SIZE_ABOVE_SIZE);
          }
          if (visible.remainder(new BigDecimal("0.00000001")).signum() != 0) {
            expected.add(VISIBLE_SIZE_INCREMENT);
          }
          BigDecimal twentieth = size == null ? BigDecimal.ZERO : new BigDecimal("0.00005");
          if (visible.compareTo(twentieth) < 0
              || visible.compareTo(new BigDecimal("0.00001")) <= 0) {
            expected.add(VISIBLE_SIZE_TOO_SMALL);
          }
        }
      }

      ValidationResult result = margin.orderValidation().validate(order);
      Set<ViolationCode> fieldCodes =
          result.codes().stream().filter(FIELD_CODES::contains).collect(Collectors.toSet());
      assertThat(fieldCodes)
          .as("seed %d, case %d: %s -> %s", SEED, i, order, result)
          .isEqualTo(expected);
      if (!market && expected.isEmpty()) {
        assertThat(result.isValid()).as("seed %d: %s -> %s", SEED, order, result).isTrue();
      }
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
