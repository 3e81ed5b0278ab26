package dev.margin.cli;

import static dev.margin.cli.MarginCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.margin.app.LiquidationPrices;
import dev.margin.app.MarginRisk;
import dev.margin.app.RiskAssessment;
import dev.margin.app.RiskProjection;
import dev.margin.app.RiskRefusal;
import dev.margin.app.StressRow;
import dev.margin.app.ThresholdPrice;
import dev.margin.domain.model.Currency;
import dev.margin.domain.model.Increment;
import dev.margin.domain.model.MarginMode;
import dev.margin.domain.model.MarginPosition;
import dev.margin.domain.model.PositionChange;
import dev.margin.domain.model.Side;
import dev.margin.domain.model.Symbol;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code risk --plot} and the text chart under {@code --stress}, on the bundled snapshot. */
class RiskPlotTest {
  /** 1 BTC owing 50,000 USDT: BTC at 66489.36... USDT, warned at 0.95 and liquidated at 0.97. */
  static final String LONG =
      "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\"},\"liabilities\":{\"USDT\":\"50000\"}}";

  static final Currency BTC = Currency.of("BTC");
  static final Currency USDT = Currency.of("USDT");

  @TempDir Path temp;

  Path account(String json) throws IOException {
    Path file = temp.resolve("account-" + System.nanoTime() + ".json");
    Files.writeString(file, json);
    return file;
  }

  static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(file.toFile());
  }

  static List<String> texts(Document svg) {
    NodeList nodes = svg.getElementsByTagNameNS("*", "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  /** The service's liquidation prices, asked directly on the same wiring the command uses. */
  static LiquidationPrices servicePrices(MarginPosition position) {
    try (Session session =
        new Session(
            new CommonOptions(),
            EnumSet.of(SnapshotFile.MARK_PRICES, SnapshotFile.MARGIN_CONFIG))) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      return session.risk().liquidationPrices(position, BTC, USDT);
    }
  }

  static MarginPosition longPosition() {
    return MarginPosition.cross(Map.of(BTC, BigDecimal.ONE), Map.of(USDT, new BigDecimal("50000")));
  }

  /** The figure in a label: the service's value as the CLI prints it, at most 8 decimals. */
  static BigDecimal shown(BigDecimal value) {
    return value.setScale(8, RoundingMode.HALF_EVEN);
  }

  // --- the picture --------------------------------------------------------------------------

  @Test
  void theSvgIsAnSvgDocumentOfTheDocumentedSize() throws Exception {
    Path svg = temp.resolve("risk.svg");

    MarginCliTest.Run run =
        run("risk", "--account", account(LONG).toString(), "--plot", svg.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).endsWith("plot: " + svg + " (900x540)\n");
    Element root = xml(svg).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(RiskChart.WIDTH);
    assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(RiskChart.HEIGHT);
    assertThat(RiskChart.WIDTH).isEqualTo(900);
    assertThat(RiskChart.HEIGHT).isEqualTo(540);
  }

  @Test
  void thePngDecodesToTheDocumentedSize() throws Exception {
    Path png = temp.resolve("risk.PNG");

    MarginCliTest.Run run =
        run("risk", "--account", account(LONG).toString(), "--plot", png.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("status").asText()).isEqualTo("SAFE");
    byte[] bytes = Files.readAllBytes(png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(540);
  }

  @Test
  void theMarkedPricesAreTheServicesOwn() throws Exception {
    LiquidationPrices service = servicePrices(longPosition());
    BigDecimal warning = service.warning().flatMap(ThresholdPrice::price).orElseThrow();
    BigDecimal liquidation = service.liquidation().price().orElseThrow();
    Path svg = temp.resolve("risk.svg");

    run("risk", "--account", account(LONG).toString(), "--plot", svg.toString());
    List<String> texts = texts(xml(svg));

    assertThat(liquidation).isEqualByComparingTo("51546.39175257731958762886597938144");
    assertThat(warning).isEqualByComparingTo("52631.57894736842105263157894736842");
    assertThat(texts)
        .contains(
            "liquidation " + Output.rounded(liquidation),
            "warning " + Output.rounded(warning),
            "now " + Output.rounded(service.currentPrice()),
            "liquidation 0.97",
            "warning 0.95");
    BigDecimal marked = labelled(texts, "liquidation ", "51");
    assertThat(marked).isEqualTo(shown(liquidation)).isEqualByComparingTo("51546.39175258");
    assertThat(labelled(texts, "warning ", "52")).isEqualTo(shown(warning));
  }

  /** The number of the one label that starts with {@code prefix} and then {@code digits}. */
  static BigDecimal labelled(List<String> texts, String prefix, String digits) {
    List<String> labels = texts.stream().filter(t -> t.startsWith(prefix + digits)).toList();
    assertThat(labels).hasSize(1);
    return new BigDecimal(labels.get(0).substring(prefix.length()));
  }

  @Test
  void aPositionWithoutLiabilitiesStillDraws() throws Exception {
    Path covered = account("{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\"}}");
    Path svg = temp.resolve("covered.svg");
    Path png = temp.resolve("covered.png");

    MarginCliTest.Run vector =
        run("risk", "--account", covered.toString(), "--plot", svg.toString());
    MarginCliTest.Run bitmap =
        run("risk", "--account", covered.toString(), "--plot", png.toString());

    assertThat(vector.exit()).as(vector.err()).isZero();
    assertThat(bitmap.exit()).as(bitmap.err()).isZero();
    List<String> texts = texts(xml(svg));
    assertThat(texts)
        .anySatisfy(t -> assertThat(t).contains("warning never", "liquidation never"))
        .filteredOn(t -> t.startsWith("warning ") || t.startsWith("liquidation "))
        .containsExactlyInAnyOrder("warning 0.95", "liquidation 0.97");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(900);
  }

  @Test
  void severalCurrenciesMovingTogetherAreDrawnAgainstTheMove() throws Exception {
    Path both =
        account(
            "{\"mode\":\"cross\",\"assets\":{\"BTC\":\"1\",\"ETH\":\"10\"},\"liabilities\":{\"USDT\":\"80000\"}}");
    Path svg = temp.resolve("both.svg");

    MarginCliTest.Run run = run("risk", "--account", both.toString(), "--plot", svg.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(texts(xml(svg)))
        .contains("Debt ratio against the joint move of BTC, ETH in USDT", "now 0%", "-50%");
  }

  @Test
  void badPlotPathsAreUsageErrorsNamingTheOption() throws IOException {
    String account = account(LONG).toString();
    Path file = Files.writeString(temp.resolve("file.txt"), "x");
    Path directory = Files.createDirectories(temp.resolve("taken.svg"));

    MarginCliTest.Run extension =
        run("risk", "--account", account, "--plot", temp.resolve("risk.jpg").toString());
    MarginCliTest.Run none = run("risk", "--account", account, "--plot", temp.toString());
    MarginCliTest.Run missing =
        run("risk", "--account", account, "--plot", temp.resolve("no/risk.svg").toString());
    MarginCliTest.Run underAFile =
        run("risk", "--account", account, "--plot", file.resolve("risk.png").toString());
    MarginCliTest.Run aDirectory =
        run("risk", "--account", account, "--plot", directory.toString());

    assertThat(extension.exit()).isEqualTo(2);
    assertThat(extension.err())
        .startsWith("margin: --plot " + temp.resolve("risk.jpg") + ": the file must end in .svg")
        .contains("Usage: margin risk");
    assertThat(none.err()).startsWith("margin: --plot ").contains("must end in .svg or .png");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("margin: --plot ").contains("no such directory");
    assertThat(underAFile.exit()).isEqualTo(2);
    assertThat(underAFile.err()).startsWith("margin: --plot ").contains("no such directory");
    assertThat(aDirectory.exit()).isEqualTo(2);
    assertThat(aDirectory.err()).startsWith("margin: --plot ").contains("is a directory");
    assertThat(List.of(extension, none, missing, underAFile, aDirectory))
        .allSatisfy(r -> assertThat(r.out()).isEmpty());
    assertThat(temp.resolve("risk.jpg")).doesNotExist();
  }

  @Test
  void anUnwritableDirectoryIsAUsageErrorNamingTheOption() throws IOException {
    Path locked = Files.createDirectories(temp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(locked), "the user may write anywhere (root)");

      MarginCliTest.Run run =
          run(
              "risk",
              "--account",
              account(LONG).toString(),
              "--plot",
              locked.resolve("risk.svg").toString());

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("margin: --plot " + locked.resolve("risk.svg") + ": cannot write there");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aWriteThatFailsIsAUsageErrorNamingTheOption() throws IOException {
    Path gone = Files.createDirectories(temp.resolve("gone"));
    PlotFile plot = PlotFile.of(gone.resolve("risk.svg"));
    Files.delete(gone);
    RiskCurve curve = curve(longPosition(), null);

    assertThat(catchThrowable(() -> plot.write(curve)))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--plot " + gone.resolve("risk.svg") + ": cannot write: ");
  }

  @Test
  void helpDocumentsThePlotItsSizeAndAnExample() {
    MarginCliTest.Run help = run("risk", "--help");

    assertThat(help.exit()).isZero();
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("--plot=FILE", ".svg or .png, 900x540 pixels")
        .contains("margin risk --account account.json --stress-currency BTC --plot risk.svg");
  }

  // --- the curve ----------------------------------------------------------------------------

  /** A curve sampled on the bundled snapshot through a service that records what it is asked. */
  RiskCurve curve(MarginPosition position, Currency stressCurrency) {
    try (Session session =
        new Session(
            new CommonOptions(),
            EnumSet.of(SnapshotFile.MARK_PRICES, SnapshotFile.MARGIN_CONFIG))) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      RiskReport report =
          RiskReport.of(session.risk(), position, List.of(), USDT, null, null, null);
      return CurveSampler.sample(
          session.risk(), report, stressCurrency, USDT, session.stablecoins());
    }
  }

  @Test
  void everyPointOfTheCurveIsTheServicesStressRow() {
    try (Session session =
        new Session(
            new CommonOptions(),
            EnumSet.of(SnapshotFile.MARK_PRICES, SnapshotFile.MARGIN_CONFIG))) {
      session.rules().refreshRules();
      session.rules().refreshMarkPrices();
      Recording risk = new Recording(session.risk());
      RiskReport report = RiskReport.of(risk, longPosition(), List.of(), USDT, null, null, null);

      RiskCurve curve = CurveSampler.sample(risk, report, null, USDT, session.stablecoins());

      assertThat(risk.moves).hasSize(1);
      List<BigDecimal> moves = risk.moves.get(0);
      assertThat(moves).hasSize(CurveSampler.SAMPLES);
      assertThat(curve.points()).hasSize(CurveSampler.SAMPLES);
      List<StressRow> rows = risk.rows.get(0);
      LiquidationPrices prices = risk.prices.get(0);
      assertThat(curve.prices()).containsSame(prices);
      for (int i = 0; i < rows.size(); i++) {
        RiskCurve.Point point = curve.points().get(i);
        assertThat(point.debtRatio()).isEqualTo(rows.get(i).debtRatio());
        assertThat(point.status()).isEqualTo(rows.get(i).status());
        assertThat(point.x())
            .isEqualByComparingTo(prices.currentPrice().multiply(BigDecimal.ONE.add(moves.get(i))));
      }
      assertThat(curve.xMin()).isLessThan(curve.liquidationPrice().orElseThrow());
      assertThat(curve.xMax()).isGreaterThan(curve.now());
      assertThat(curve.warningPrice()).isEqualTo(prices.warning().orElseThrow().price());
    }
  }

  @Test
  void theRangeReachesThresholdPricesFarFromThePriceNow() {
    // 1,000,000 USDT owing 1 BTC: liquidated when BTC reaches 970,000 USDT, 14.6 times now
    MarginPosition shortPosition =
        MarginPosition.cross(Map.of(USDT, new BigDecimal("1000000")), Map.of(BTC, BigDecimal.ONE));

    RiskCurve curve = curve(shortPosition, BTC);

    BigDecimal liquidation = curve.liquidationPrice().orElseThrow();
    assertThat(liquidation).isEqualByComparingTo("970000");
    assertThat(curve.xMin()).isLessThan(curve.now());
    assertThat(curve.xMax()).isGreaterThan(liquidation);
    assertThat(curve.points().get(curve.points().size() - 1).status().name())
        .isEqualTo("LIQUIDATION");
  }

  // --- the text chart -----------------------------------------------------------------------

  static final String LONG_CHART =
      """
      debt ratio against the price of BTC in USDT:
       1.6 |***                          :
           |   ******                    :                                LIQUIDATION
           |         ********            :
      0.97 |=================*==========================================  liquidation 0.97
           |                 *           :                                WARNING
      0.95 |------------------*-----------------------------------------  warning 0.95
           |                  *********  :
           |                           **************
           |                             :           *******************  SAFE
           |                             :
           |                             :
         0 |                             :
           +------------------------------------------------------------
                            LW           ^
            33244.7                                                99734
            ^ now 66489.36170213  W warning 52631.57894737  L liquidation 51546.39175258
      """;

  @Test
  void theStressTableIsFollowedByAStableTextChart() throws IOException {
    String account = account(LONG).toString();

    MarginCliTest.Run first = run("risk", "--account", account, "--stress");
    MarginCliTest.Run second = run("risk", "--account", account, "--stress");

    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .isEqualTo(second.out())
        .endsWith("+50%  0.50133333  SAFE\n" + LONG_CHART);
    assertThat(run("risk", "--account", account).out()).doesNotContain("debt ratio against");
    assertThat(run("risk", "--account", account, "--stress", "--json").json().has("stress"))
        .isTrue();
  }

  @Test
  void theTextChartShowsBothLevelsAndEveryMarkInItsColumns() {
    List<String> lines = TextChart.lines(curve(longPosition(), BTC));

    assertThat(lines).hasSize(TextChart.HEIGHT + 5);
    assertThat(lines.get(1 + TextChart.LIQUIDATION_ROWS)).contains("====", "liquidation 0.97");
    assertThat(lines.get(3 + TextChart.LIQUIDATION_ROWS)).contains("----", "warning 0.95");
    String marks = lines.get(TextChart.HEIGHT + 2);
    assertThat(marks.indexOf('L')).isLessThan(marks.indexOf('W'));
    assertThat(marks.indexOf('W')).isLessThan(marks.indexOf('^'));
    assertThat(lines.get(lines.size() - 1))
        .contains("L liquidation 51546.39175258", "W warning 52631.57894737");
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("[ -~]*"));
  }

  /** The real service, recording what the sampler asks of it and what it answers. */
  static final class Recording implements MarginRisk {
    final MarginRisk real;
    final List<List<BigDecimal>> moves = new ArrayList<>();
    final List<List<StressRow>> rows = new ArrayList<>();
    final List<LiquidationPrices> prices = new ArrayList<>();

    Recording(MarginRisk real) {
      this.real = real;
    }

    @Override
    public RiskAssessment assess(MarginPosition position, Currency valuationCurrency) {
      return real.assess(position, valuationCurrency);
    }

    @Override
    public RiskProjection project(
        MarginPosition position, List<PositionChange> changes, Currency valuationCurrency) {
      return real.project(position, changes, valuationCurrency);
    }

    @Override
    public Optional<BigDecimal> largestSafeBorrow(
        MarginPosition position, Currency currency, Increment step) {
      return real.largestSafeBorrow(position, currency, step);
    }

    @Override
    public BigDecimal largestSafeOrderSize(
        MarginPosition position, Symbol symbol, Side side, BigDecimal price) {
      return real.largestSafeOrderSize(position, symbol, side, price);
    }

    @Override
    public Optional<RiskRefusal> checkLeverage(
        MarginMode mode, Symbol symbol, BigDecimal leverage) {
      return real.checkLeverage(mode, symbol, leverage);
    }

    @Override
    public Optional<RiskRefusal> checkBorrow(MarginPosition position, Currency currency) {
      return real.checkBorrow(position, currency);
    }

    @Override
    public LiquidationPrices liquidationPrices(
        MarginPosition position, Currency currency, Currency quoteCurrency) {
      LiquidationPrices answer = real.liquidationPrices(position, currency, quoteCurrency);
      prices.add(answer);
      return answer;
    }

    @Override
    public List<StressRow> stress(
        MarginPosition position,
        List<BigDecimal> moves,
        Currency currency,
        Currency valuationCurrency) {
      List<StressRow> answer = real.stress(position, moves, currency, valuationCurrency);
      this.moves.add(List.copyOf(moves));
      rows.add(answer);
      return answer;
    }
  }
}
