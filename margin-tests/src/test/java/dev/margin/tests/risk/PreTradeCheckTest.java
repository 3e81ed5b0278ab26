package dev.margin.tests.risk;

import static dev.margin.testkit.MarginFixtures.aCrossPosition;
import static dev.margin.testkit.MarginFixtures.aCrossSymbol;
import static dev.margin.testkit.MarginFixtures.aMarkPrice;
import static dev.margin.testkit.MarginFixtures.anIsolatedPosition;
import static dev.margin.testkit.MarginFixtures.anIsolatedSymbolBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.margin.app.BatchVerdict;
import dev.margin.app.MarginApplication;
import dev.margin.app.MarginApplicationConfig;
import dev.margin.app.OrderRequest;
import dev.margin.app.OrderRequestBuilder;
import dev.margin.app.PreTradeCheck;
import dev.margin.app.PreTradeLimits;
import dev.margin.app.PreTradeVerdict;
import dev.margin.app.TradingState;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.MarginConfig;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.RiskStatus;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import dev.margin.domain.model.ViolationCode;
import dev.margin.testkit.InMemoryMarginMarketData;
import dev.margin.tests.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-call check against hand-computed cases. BTC is 32,000 USDT (mark USDT-BTC 0.00003125),
 * ETH 1,600 USDT (ETH-BTC 0.05); cross warning at 0.95, liquidation at 0.97; BTC, ETH and USDT may
 * be borrowed in cross margin, XYZ may not; isolated BTC-USDT lends BTC but not USDT.
 */
class PreTradeCheckTest {
  static final Instant NOW = Instant.parse("2026-03-08T12:00:00Z");
  static final Symbol BTC_USDT = Symbol.parse("BTC-USDT");
  static final Symbol XYZ_USDT = Symbol.parse("XYZ-USDT");
  static final Currency USDT = Currency.USDT;
  static final Currency BTC = Currency.BTC;

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryMarginMarketData market =
      InMemoryMarginMarketData.builder()
          .crossSymbol(aCrossSymbol("BTC-USDT").build())
          .crossSymbol(aCrossSymbol("ETH-USDT").withPriceIncrement("0.01").build())
          .crossSymbol(aCrossSymbol("XYZ-USDT").withPriceIncrement("0.01").build())
          .isolatedSymbol(
              anIsolatedSymbolBuilder("BTC-USDT").withBorrowEnabled(true, false).build())
          .markPrice(aMarkPrice("USDT-BTC", "0.00003125", NOW))
          .markPrice(aMarkPrice("ETH-BTC", "0.05", NOW))
          .markPrice(aMarkPrice("XYZ-BTC", "0.0001", NOW))
          .marginConfig(
              new MarginConfig(
                  List.of(BTC, Currency.of("ETH"), USDT),
                  5,
                  new BigDecimal("0.95"),
                  new BigDecimal("0.97")))
          .build();

  PreTradeCheck gate(PreTradeLimits limits) {
    MarginApplication margin =
        MarginApplication.create(
            market, MarginApplicationConfig.defaults().withPreTradeLimits(limits), clock);
    margin.marketRules().refreshRules();
    margin.marketRules().refreshMarkPrices();
    return margin.preTradeCheck();
  }

  final PreTradeCheck gate = gate(PreTradeLimits.defaults());

  static OrderRequestBuilder buy(String size) {
    return OrderRequest.builder(BTC_USDT, Side.BUY)
        .limit(new BigDecimal("32000"), new BigDecimal(size))
        .clientOid("o-1");
  }

  static OrderRequestBuilder sell(String size) {
    return OrderRequest.builder(BTC_USDT, Side.SELL)
        .limit(new BigDecimal("32000"), new BigDecimal(size))
        .clientOid("o-1");
  }

  @Test
  void aBuyWithinTheBalanceMaySendAndBorrowsNothing() {
    PreTradeVerdict verdict =
        gate.check(aCrossPosition().holding("USDT", "1000").build(), buy("0.01").build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.borrow()).isEmpty();
    assertThat(verdict.after())
        .hasValueSatisfying(
            after -> {
              assertThat(after.status()).isEqualTo(RiskStatus.SAFE);
              assertThat(after.debtRatio()).hasValueSatisfying(r -> assertThat(r).isZero());
            });
  }

  @Test
  void aBuyBeyondTheBalanceWithoutAutoBorrowIsRefused() {
    PreTradeVerdict verdict =
        gate.check(aCrossPosition().holding("USDT", "100").build(), buy("0.01").build());

    assertThat(verdict.codes()).containsExactly(ViolationCode.INSUFFICIENT_BALANCE);
    assertThat(verdict.violations().get(0).message())
        .isEqualTo(
            "the order holds 320 USDT but the position has 100 (autoBorrow would borrow 220)");
    assertThat(verdict.borrow()).isEmpty();
  }

  @Test
  void aBuyWithAutoBorrowBorrowsTheShortfallAndProjectsTheRatio() {
    // borrow 220 USDT; after: 0.01 BTC (320 USDT) against 220 USDT owed: 220 / 320 = 0.6875
    PreTradeVerdict verdict =
        gate.check(
            aCrossPosition().holding("USDT", "100").build(), buy("0.01").autoBorrow(true).build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.borrow())
        .hasValueSatisfying(
            b -> {
              assertThat(b.currency()).isEqualTo(USDT);
              assertThat(b.amount()).isEqualByComparingTo("220");
            });
    assertThat(verdict.after())
        .hasValueSatisfying(
            after -> {
              assertThat(after.status()).isEqualTo(RiskStatus.SAFE);
              assertThat(after.debtRatio())
                  .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6875"));
            });
  }

  @Test
  void aBorrowThatLeavesThePositionAtWarningIsRefusedUnlessTheHostAllowsIt() {
    // borrow 3,100 USDT for 0.1 BTC: 3,100 / 3,200 = 0.96875, at warning
    MarginPosition position = aCrossPosition().holding("USDT", "100").build();
    OrderRequest order = buy("0.1").autoBorrow(true).build();

    PreTradeVerdict verdict = gate.check(position, order);

    assertThat(verdict.codes()).containsExactly(ViolationCode.STATUS_ABOVE_LIMIT);
    assertThat(verdict.violations().get(0).message())
        .isEqualTo(
            "the position would be WARNING at a debt ratio of 0.96875 (from 0), beyond the limit SAFE");
    assertThat(verdict.after())
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(RiskStatus.WARNING));
    assertThat(
            gate(PreTradeLimits.defaults().withHighestStatus(RiskStatus.WARNING))
                .check(position, order)
                .maySend())
        .isTrue();
  }

  @Test
  void aSellThatRepaysIsNeverRefusedForTheRiskItLowers() {
    // at warning: 0.1 BTC (3,200) against 3,100 USDT owed, 0.96875
    MarginPosition atWarning = aCrossPosition().holding("BTC", "0.1").owing("USDT", "3100").build();

    // selling 0.01 BTC repays 320: 0.09 BTC (2,880) against 2,780, 0.965277..., still warning
    PreTradeVerdict verdict = gate.check(atWarning, sell("0.01").autoRepay(true).build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.after())
        .hasValueSatisfying(
            after -> {
              assertThat(after.status()).isEqualTo(RiskStatus.WARNING);
              assertThat(after.debtRatio())
                  .hasValueSatisfying(r -> assertThat(r).isLessThan(new BigDecimal("0.96875")));
            });
    // and buying more on borrowed USDT raises it: refused
    assertThat(gate.check(atWarning, buy("0.001").autoBorrow(true).build()).codes())
        .containsExactly(ViolationCode.STATUS_ABOVE_LIMIT);
  }

  @Test
  void anIsolatedBorrowThatIsNotAllowedIsRefusedAndStillReported() {
    MarginPosition isolated = anIsolatedPosition("BTC-USDT").holding("USDT", "100").build();

    PreTradeVerdict verdict =
        gate.check(isolated, buy("0.01").isolated(true).autoBorrow(true).build());

    assertThat(verdict.codes()).contains(ViolationCode.BORROW_NOT_ALLOWED);
    assertThat(verdict.borrow())
        .hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("220"));
    assertThat(verdict.violations())
        .anySatisfy(
            v -> assertThat(v.message()).contains("USDT cannot be borrowed in isolated BTC-USDT"));
  }

  @Test
  void aCrossBorrowOfACurrencyOutsideTheListIsRefused() {
    PreTradeVerdict verdict =
        gate.check(
            aCrossPosition().holding("USDT", "1000").build(),
            OrderRequest.builder(XYZ_USDT, Side.SELL)
                .limit(new BigDecimal("3.2"), new BigDecimal("10"))
                .clientOid("x")
                .autoBorrow(true)
                .build());

    assertThat(verdict.codes()).contains(ViolationCode.BORROW_NOT_ALLOWED);
    assertThat(verdict.borrow())
        .hasValue(new PreTradeVerdict.Borrow(Currency.of("XYZ"), new BigDecimal("10.00")));
  }

  @Test
  void kucoinsMarginOrderNeedsAClientOid() {
    PreTradeVerdict verdict =
        gate.check(
            aCrossPosition().holding("USDT", "1000").build(), buy("0.01").clientOid(null).build());

    assertThat(verdict.codes()).containsExactly(ViolationCode.CLIENT_OID_MISSING);
  }

  @Test
  void theRulesRefusalsComeFirstWithTheirSuggestionAndTheAccountStillSpeaks() {
    PreTradeVerdict verdict =
        gate.check(
            aCrossPosition().holding("USDT", "100").build(),
            buy("0.01").price(new BigDecimal("32000.05")).build());

    assertThat(verdict.violations().get(0).code()).isEqualTo(ViolationCode.PRICE_INCREMENT);
    assertThat(verdict.codes())
        .containsExactlyInAnyOrder(
            ViolationCode.PRICE_INCREMENT, ViolationCode.INSUFFICIENT_BALANCE);
    assertThat(verdict.suggestion()).isPresent();
    assertThat(verdict.rules().codes()).containsExactly(ViolationCode.PRICE_INCREMENT);
  }

  @Test
  void marketOrdersAreValuedAtTheMarkPrice() {
    MarginPosition position = aCrossPosition().holding("USDT", "100").build();
    PreTradeVerdict bySize =
        gate.check(
            position,
            OrderRequest.builder(BTC_USDT, Side.BUY)
                .marketBySize(new BigDecimal("0.01"))
                .clientOid("m")
                .build());
    PreTradeVerdict byFunds =
        gate.check(
            position,
            OrderRequest.builder(BTC_USDT, Side.BUY)
                .marketByFunds(new BigDecimal("320"))
                .clientOid("m")
                .autoBorrow(true)
                .build());

    assertThat(bySize.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("the order holds 320 USDT"));
    assertThat(byFunds.borrow())
        .hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("220"));
  }

  @Test
  void theTradingStatesLetThroughWhatTheySay() {
    MarginPosition longBtc = aCrossPosition().holding("BTC", "0.1").holding("USDT", "1000").build();
    MarginPosition shortBtc = aCrossPosition().holding("USDT", "5000").owing("BTC", "0.05").build();
    PreTradeCheck check = gate(PreTradeLimits.defaults().withInitialState(TradingState.REDUCING));

    assertThat(check.tradingState()).isEqualTo(TradingState.REDUCING);
    assertThat(check.check(longBtc, sell("0.05").build()).maySend()).isTrue();
    assertThat(check.check(longBtc, sell("0.2").autoBorrow(true).build()).codes())
        .contains(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(longBtc, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(shortBtc, buy("0.05").build()).maySend()).isTrue();
    assertThat(check.check(shortBtc, buy("0.06").build()).codes())
        .contains(ViolationCode.REDUCING_ONLY);

    check.tradingState(TradingState.HALTED);
    assertThat(check.check(longBtc, sell("0.05").build()).codes())
        .containsExactly(ViolationCode.TRADING_HALTED);
    check.tradingState(TradingState.ACTIVE);
    assertThat(check.check(longBtc, buy("0.01").build()).maySend()).isTrue();
    assertThatThrownBy(() -> check.tradingState(null)).hasMessage("state is null");
  }

  @Test
  void theHostsLimitsBySymbolOrByCurrency() {
    MarginPosition rich = aCrossPosition().holding("USDT", "100000").build();
    PreTradeCheck bySize =
        gate(PreTradeLimits.defaults().withMaxSize(BTC, new BigDecimal("0.005")));
    PreTradeCheck byValue =
        gate(PreTradeLimits.defaults().withMaxOrderValue(USDT, new BigDecimal("300")));
    PreTradeCheck overridden =
        gate(
            PreTradeLimits.defaults()
                .withMaxOrderValue(USDT, new BigDecimal("300"))
                .withMaxOrderValue(BTC_USDT, new BigDecimal("1000")));

    PreTradeVerdict sized = bySize.check(rich, buy("0.01").build());
    assertThat(sized.codes()).containsExactly(ViolationCode.SIZE_ABOVE_LIMIT);
    assertThat(sized.violations().get(0).message())
        .isEqualTo("size 0.01 is above the limit 0.005 BTC");
    assertThat(byValue.check(rich, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.ORDER_VALUE_ABOVE_LIMIT);
    assertThat(overridden.check(rich, buy("0.01").build()).maySend()).isTrue();
    assertThat(byValue.check(rich, buy("0.009").build()).maySend()).isTrue();
  }

  @Test
  void theLimitsRefuseNonsense() {
    assertThatThrownBy(() -> PreTradeLimits.defaults().withMaxSize(BTC, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSizeByBase of BTC must be positive: 0");
    assertThatThrownBy(
            () -> PreTradeLimits.defaults().withMaxOrderValue(USDT, new BigDecimal("1E+100")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> PreTradeLimits.defaults().withHighestStatus(null))
        .hasMessage("highestStatus is null");
    assertThatThrownBy(() -> MarginApplicationConfig.defaults().withPreTradeLimits(null))
        .hasMessage("preTradeLimits is null");
  }

  @Test
  void anOrderThatKeepsTheRatioIsNotRefusedForIt() {
    // at warning: 320 USDT and 0.09 BTC (3,200) against 3,100 owed; buying 0.01 BTC at the mark
    // with the USDT held changes neither total
    MarginPosition atWarning =
        aCrossPosition()
            .holding("USDT", "320")
            .holding("BTC", "0.09")
            .owing("USDT", "3100")
            .build();

    PreTradeVerdict verdict = gate.check(atWarning, buy("0.01").build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.after().orElseThrow().status()).isEqualTo(RiskStatus.WARNING);
    assertThat(verdict.after().orElseThrow().debtRatio()).hasValue(new BigDecimal("0.96875"));
  }

  @Test
  void debtWithoutAssetsIsTheHighestRatioAndAnyOrderLowersIt() {
    // owing 100 USDT with nothing held: a borrowed buy brings assets, and lowers the ratio from
    // infinite to 420 / 320, in liquidation still, but lower
    MarginPosition owing = aCrossPosition().owing("USDT", "100").build();

    PreTradeVerdict verdict = gate.check(owing, buy("0.01").autoBorrow(true).build());

    assertThat(verdict.maySend()).as(verdict.toString()).isTrue();
    assertThat(verdict.after().orElseThrow().status()).isEqualTo(RiskStatus.LIQUIDATION);
    assertThat(verdict.after().orElseThrow().debtRatio()).hasValue(new BigDecimal("1.3125"));
  }

  @Test
  void aPositionWithoutDebtStaysAtZero() {
    PreTradeVerdict verdict =
        gate(PreTradeLimits.defaults().withHighestStatus(RiskStatus.SAFE))
            .check(
                aCrossPosition().holding("BTC", "1").build(), sell("0.5").autoRepay(true).build());

    assertThat(verdict.maySend()).isTrue();
    assertThat(verdict.after().orElseThrow().debtRatio()).hasValue(BigDecimal.ZERO);
    assertThat(verdict.after().orElseThrow().toString())
        .isEqualTo("After[debtRatio=0, status=SAFE]");
  }

  @Test
  void reducingLetsThroughExactlyWhatReduces() {
    PreTradeCheck check = gate(PreTradeLimits.defaults().withInitialState(TradingState.REDUCING));
    MarginPosition net =
        aCrossPosition().holding("BTC", "0.1").owing("BTC", "0.04").holding("USDT", "5000").build();
    MarginPosition flat = aCrossPosition().holding("USDT", "5000").build();

    assertThat(check.check(net, sell("0.06").build()).maySend()).isTrue();
    assertThat(check.check(net, sell("0.06000001").autoBorrow(true).build()).codes())
        .contains(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(flat, sell("0.01").autoBorrow(true).build()).codes())
        .contains(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(flat, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(net, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.REDUCING_ONLY);
    assertThat(check.check(net, sell("0.01").build()).violations()).isEmpty();
  }

  @Test
  void aMarketOrderTheRulesRefuseIsNotAlsoUnvalued() {
    PreTradeVerdict verdict =
        gate.check(
            aCrossPosition().holding("USDT", "1000").build(),
            OrderRequest.builder(BTC_USDT, Side.BUY)
                .marketBySize(BigDecimal.ZERO)
                .clientOid("z")
                .build());

    assertThat(verdict.codes()).containsExactly(ViolationCode.SIZE_NOT_POSITIVE);
  }

  @Test
  void aMismatchSaysWhichPosition() {
    MarginPosition isolated = anIsolatedPosition("BTC-USDT").holding("USDT", "1000").build();

    assertThat(gate.check(isolated, buy("0.01").build()).violations().get(0).message())
        .isEqualTo("a CROSS order on BTC-USDT does not trade in a ISOLATED BTC-USDT position");
    assertThat(
            gate.check(aCrossPosition().build(), buy("0.01").isolated(true).build())
                .violations()
                .get(0)
                .message())
        .isEqualTo("a ISOLATED order on BTC-USDT does not trade in a CROSS position");
  }

  @Test
  void nullsAreRefusedByName() {
    MarginPosition position = aCrossPosition().holding("USDT", "1000").build();
    OrderRequest order = buy("0.01").build();

    assertThatThrownBy(() -> gate.check(null, order)).hasMessage("position is null");
    assertThatThrownBy(() -> gate.check(position, null)).hasMessage("order is null");
    assertThatThrownBy(() -> gate.checkAll(position, null)).hasMessage("orders is null");
    assertThatThrownBy(() -> gate.checkAll(position, java.util.Arrays.asList(order, null)))
        .hasMessage("order is null");
    assertThat(gate.checkAll(position, List.of()).verdicts()).isEmpty();
  }

  @Test
  void withoutRulesOrMarksTheCheckFailsClosed() {
    MarginApplication cold =
        MarginApplication.create(market, MarginApplicationConfig.defaults(), clock);
    MarginPosition position = aCrossPosition().holding("USDT", "1000").build();

    assertThat(cold.preTradeCheck().check(position, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.RULES_UNAVAILABLE);
    cold.marketRules().refreshRules();
    // rules, but no mark price: the band and the account cannot be judged
    PreTradeVerdict noMarks = cold.preTradeCheck().check(position, buy("0.01").build());
    assertThat(noMarks.maySend()).isFalse();
    assertThat(noMarks.codes()).contains(ViolationCode.MARK_PRICE_UNAVAILABLE);
    assertThat(
            cold.preTradeCheck()
                .check(
                    position,
                    OrderRequest.builder(BTC_USDT, Side.BUY)
                        .marketBySize(new BigDecimal("0.01"))
                        .clientOid("m")
                        .build())
                .codes())
        .containsExactly(ViolationCode.MARK_PRICE_UNAVAILABLE);
  }

  @Test
  void anOrderOutsideThePositionIsRefused() {
    MarginPosition cross = aCrossPosition().holding("USDT", "1000").build();
    MarginPosition isolated = anIsolatedPosition("BTC-USDT").holding("USDT", "1000").build();

    assertThat(gate.check(cross, buy("0.01").isolated(true).build()).codes())
        .containsExactly(ViolationCode.POSITION_MISMATCH);
    assertThat(gate.check(isolated, buy("0.01").build()).codes())
        .containsExactly(ViolationCode.POSITION_MISMATCH);
  }

  @Test
  void aLadderIsJudgedOnThePositionTheOrdersBeforeItLeave() {
    // each buy borrows: 0.03 BTC at a time, 960 USDT each, from 100 USDT of equity
    MarginPosition position = aCrossPosition().holding("USDT", "100").build();
    List<OrderRequest> ladder =
        List.of(
            buy("0.03").clientOid("l-1").autoBorrow(true).build(),
            buy("0.03").clientOid("l-2").autoBorrow(true).build(),
            buy("0.03").clientOid("l-3").autoBorrow(true).build(),
            buy("0.03").clientOid("l-2").autoBorrow(true).build());

    BatchVerdict batch = gate.checkAll(position, ladder);

    // 1: 860 / 960 = 0.8958; 2: 1,820 / 1,920 = 0.9479; 3: 2,780 / 2,880 = 0.9653, warning
    assertThat(batch.verdicts()).hasSize(4);
    assertThat(batch.verdicts().get(0).maySend()).isTrue();
    assertThat(batch.verdicts().get(1).maySend()).isTrue();
    assertThat(batch.verdicts().get(1).borrow())
        .hasValueSatisfying(b -> assertThat(b.amount()).isEqualByComparingTo("960"));
    assertThat(batch.verdicts().get(2).codes()).containsExactly(ViolationCode.STATUS_ABOVE_LIMIT);
    // the refused third never fills: the fourth is judged as the third was, and repeats l-2
    assertThat(batch.verdicts().get(3).codes())
        .containsExactlyInAnyOrder(
            ViolationCode.STATUS_ABOVE_LIMIT, ViolationCode.DUPLICATE_CLIENT_OID);
    assertThat(batch.allMaySend()).isFalse();
    // one by one on the evolving position: the same verdicts
    MarginPosition afterFirst =
        aCrossPosition().holding("BTC", "0.03").owing("USDT", "860").build();
    assertThat(gate.check(afterFirst, ladder.get(1)).after())
        .isEqualTo(batch.verdicts().get(1).after());
  }
}
