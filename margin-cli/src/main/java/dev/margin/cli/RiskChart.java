package dev.margin.cli;

import dev.margin.app.LiquidationPrices;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A {@link RiskCurve} drawn with JFreeChart, {@value #WIDTH}x{@value #HEIGHT} pixels, headless and
 * in the JDK's logical fonts only: the curve, the warning and liquidation levels (dashed, the zones
 * above them shaded), the price now (a solid vertical line), and the warning and liquidation prices
 * (dotted vertical lines and dots where the curve crosses the levels) labelled with the service's
 * values. Coordinates are doubles (pixels); every number printed is the service's decimal.
 */
final class RiskChart {
  /** The picture's width in pixels. */
  static final int WIDTH = 900;

  /** The picture's height in pixels. */
  static final int HEIGHT = 540;

  static final Color CURVE = new Color(0x1f, 0x4e, 0x9c);
  static final Color WARNING = new Color(0xd9, 0x82, 0x00);
  static final Color LIQUIDATION = new Color(0xc6, 0x28, 0x28);
  static final Color NOW = new Color(0x44, 0x44, 0x44);

  private static final String FONT = Font.SANS_SERIF;
  private static final Stroke DASHED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  private static final Stroke DOTTED =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  private RiskChart() {}

  /** {@return the picture as an SVG document, UTF-8, its text as {@code <text>} elements} */
  static byte[] svg(RiskCurve curve) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document =
          factory
              .newDocumentBuilder()
              .getDOMImplementation()
              .createDocument(SVG_NAMESPACE, "svg", null);
      SVGGraphics2D g2 = new SVGGraphics2D(document);
      g2.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
      chart(curve).draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
      Element root = g2.getRoot();
      root.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
      // the SVG element alone, without a DOCTYPE that would send readers to the network
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(root), new StreamResult(bytes));
      return bytes.toByteArray();
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK cannot write XML: " + e.getMessage(), e);
    }
  }

  /** {@return the picture as a PNG} */
  static byte[] png(RiskCurve curve) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(bytes, chart(curve), WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static JFreeChart chart(RiskCurve curve) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries line = new XYSeries("debt ratio", false, true);
    for (RiskCurve.Point point : curve.points()) {
      line.add(
          point.x().doubleValue(), point.debtRatio().map(BigDecimal::doubleValue).orElse(null));
    }
    data.addSeries(line);
    data.addSeries(dot("warning", curve.warningPrice(), curve.warningRatio()));
    data.addSeries(
        dot("liquidation", curve.liquidationPrice(), Optional.of(curve.liquidationRatio())));
    data.addSeries(dot("now", Optional.of(curve.now()), curve.ratioNow()));

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    NumberAxis x = new NumberAxis(capitalized(curve.axisName()) + (curve.priced() ? "" : " (%)"));
    x.setRange(curve.xMin().doubleValue(), curve.xMax().doubleValue());
    x.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    if (!curve.priced()) {
      x.setNumberFormatOverride(
          new DecimalFormat("+0%;-0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
    NumberAxis y = new NumberAxis("Debt ratio (liabilities / assets)");
    y.setRange(0, curve.ratioTop().doubleValue());
    y.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));

    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    StandardChartTheme theme = new StandardChartTheme("margin");
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
    theme.apply(chart);
    // after the theme, which would paint the series in its own colours
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(0, CURVE);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    Color[] dots = {WARNING, LIQUIDATION, NOW};
    for (int s = 1; s <= 3; s++) {
      renderer.setSeriesLinesVisible(s, false);
      renderer.setSeriesShapesVisible(s, true);
      renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
      renderer.setSeriesPaint(s, dots[s - 1]);
    }

    chart.setTitle(
        new TextTitle("Debt ratio against the " + curve.axisName(), new Font(FONT, Font.BOLD, 18)));
    chart.addSubtitle(new TextTitle(summary(curve), new Font(FONT, Font.PLAIN, 12)));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setOutlinePaint(Color.GRAY);

    double top = curve.ratioTop().doubleValue();
    double liquidation = curve.liquidationRatio().doubleValue();
    plot.addRangeMarker(zone(liquidation, top, LIQUIDATION), Layer.BACKGROUND);
    curve
        .warningRatio()
        .ifPresent(
            w -> {
              plot.addRangeMarker(zone(w.doubleValue(), liquidation, WARNING), Layer.BACKGROUND);
              plot.addRangeMarker(
                  level("warning " + Output.plain(w), w, WARNING, false), Layer.FOREGROUND);
            });
    plot.addRangeMarker(
        level(
            "liquidation " + Output.plain(curve.liquidationRatio()),
            curve.liquidationRatio(),
            LIQUIDATION,
            true),
        Layer.FOREGROUND);

    ValueMarker now = new ValueMarker(curve.now().doubleValue(), NOW, new BasicStroke(1.5f));
    label(
        now,
        "now " + curve.label(curve.now()),
        NOW,
        RectangleAnchor.BOTTOM_RIGHT,
        TextAnchor.BOTTOM_LEFT);
    plot.addDomainMarker(now, Layer.FOREGROUND);
    Optional<BigDecimal> warningPrice = curve.warningPrice();
    Optional<BigDecimal> liquidationPrice = curve.liquidationPrice();
    warningPrice.ifPresent(
        p ->
            plot.addDomainMarker(
                price("warning " + curve.label(p), p, WARNING, left(curve, p, liquidationPrice)),
                Layer.FOREGROUND));
    liquidationPrice.ifPresent(
        p ->
            plot.addDomainMarker(
                price(
                    "liquidation " + curve.label(p), p, LIQUIDATION, left(curve, p, warningPrice)),
                Layer.FOREGROUND));
    return chart;
  }

  /**
   * Whether a threshold price's label goes left of its line: away from the price now, unless the
   * other threshold price lies further out on the same side, where its own label goes.
   */
  private static boolean left(RiskCurve curve, BigDecimal price, Optional<BigDecimal> other) {
    boolean below = price.compareTo(curve.now()) < 0;
    boolean inner =
        other.isPresent()
            && (below
                ? other.get().compareTo(price) < 0
                : other.get().compareTo(price) > 0 && price.compareTo(curve.now()) > 0);
    return below != inner;
  }

  private static XYSeries dot(String name, Optional<BigDecimal> x, Optional<BigDecimal> y) {
    XYSeries series = new XYSeries(name, false, true);
    if (x.isPresent() && y.isPresent()) {
      series.add(x.get().doubleValue(), y.get().doubleValue());
    }
    return series;
  }

  private static IntervalMarker zone(double from, double to, Color color) {
    IntervalMarker zone = new IntervalMarker(from, to);
    zone.setPaint(new Color(color.getRed(), color.getGreen(), color.getBlue(), 28));
    zone.setOutlinePaint(null);
    return zone;
  }

  /** A horizontal threshold line, labelled at the right: above the line, or below it. */
  private static ValueMarker level(String text, BigDecimal ratio, Color color, boolean above) {
    ValueMarker marker = new ValueMarker(ratio.doubleValue(), color, DASHED);
    label(
        marker,
        text,
        color,
        above ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT,
        above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
    return marker;
  }

  /** A vertical price line, labelled at the top: left of the line, or right of it. */
  private static ValueMarker price(String text, BigDecimal price, Color color, boolean left) {
    ValueMarker marker = new ValueMarker(price.doubleValue(), color, DOTTED);
    label(
        marker,
        text,
        color,
        left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT,
        left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    return marker;
  }

  private static void label(
      Marker marker, String text, Color color, RectangleAnchor anchor, TextAnchor textAnchor) {
    marker.setLabel(text);
    marker.setLabelFont(new Font(FONT, Font.BOLD, 12));
    marker.setLabelPaint(color);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(textAnchor);
    marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
  }

  /** The subtitle: the position now and the service's threshold prices. */
  static String summary(RiskCurve curve) {
    StringBuilder text = new StringBuilder("now ").append(curve.label(curve.now()));
    text.append(" (debt ratio ")
        .append(curve.ratioNow().map(Output::rounded).orElse("infinite"))
        .append(")");
    if (curve.priced()) {
      LiquidationPrices prices = curve.prices().get();
      prices.warning().ifPresent(w -> text.append("  ·  warning ").append(RiskOutput.describe(w)));
      text.append("  ·  liquidation ").append(RiskOutput.describe(prices.liquidation()));
      text.append("  ·  all other prices held");
    } else {
      text.append("  ·  threshold prices are of one currency: see --stress-currency");
    }
    return text.toString();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
