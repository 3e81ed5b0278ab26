package dev.margin.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RiskCurve} as a few lines of ASCII for a terminal. The ratio goes up in three zones,
 * each row a band of its own zone: above the liquidation level ({@value #LIQUIDATION_ROWS} rows),
 * between the warning and liquidation levels (one row), below the warning level (the rest), so that
 * both levels show however close they are; {@code =} is the liquidation level, {@code -} the
 * warning level, {@code *} the curve ({@code ^} above the top), {@code :} the position now. Under
 * the x axis {@code L}, {@code W} and {@code ^} mark the liquidation price, the warning price and
 * the price now, which the last line gives as the service computed them. The same curve always
 * gives the same lines.
 */
final class TextChart {
  /** Columns of the plot area. */
  static final int WIDTH = 60;

  /** Rows of the plot area. */
  static final int HEIGHT = 12;

  /** Rows above the liquidation level. */
  static final int LIQUIDATION_ROWS = 3;

  private static final MathContext AXIS_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

  private final RiskCurve curve;
  private final BigDecimal top;
  private final BigDecimal liquidation;
  private final Optional<BigDecimal> warning;
  private final int liquidationRow = LIQUIDATION_ROWS;
  private final int warningRow;
  private final int firstSafeRow;

  private TextChart(RiskCurve curve) {
    this.curve = curve;
    this.top = curve.ratioTop();
    this.liquidation = curve.liquidationRatio();
    this.warning = curve.warningRatio().filter(w -> w.signum() > 0 && w.compareTo(liquidation) < 0);
    this.warningRow = warning.isPresent() ? liquidationRow + 2 : -1;
    this.firstSafeRow = warning.isPresent() ? warningRow + 1 : liquidationRow + 1;
  }

  /** {@return the chart's lines, without line ends} */
  static List<String> lines(RiskCurve curve) {
    return new TextChart(curve).draw();
  }

  private List<String> draw() {
    char[][] grid = new char[HEIGHT][WIDTH];
    for (char[] row : grid) {
      Arrays.fill(row, ' ');
    }
    int nowColumn = column(curve.now());
    for (char[] row : grid) {
      row[nowColumn] = ':';
    }
    Arrays.fill(grid[liquidationRow], '=');
    if (warning.isPresent()) {
      Arrays.fill(grid[warningRow], '-');
    }
    int previous = -1;
    for (int c = 0; c < WIDTH; c++) {
      Optional<BigDecimal> ratio = curve.points().get(sample(c)).debtRatio();
      boolean over = ratio.isEmpty() || ratio.get().compareTo(top) > 0;
      int row = over ? 0 : row(ratio.get());
      if (previous >= 0) {
        for (int r = Math.min(previous, row) + 1; r < Math.max(previous, row); r++) {
          grid[r][c] = '*';
        }
      }
      grid[row][c] = over ? '^' : '*';
      previous = row;
    }

    String[] left = new String[HEIGHT];
    String[] right = new String[HEIGHT];
    Arrays.fill(left, "");
    Arrays.fill(right, "");
    left[0] = Output.plain(top);
    left[HEIGHT - 1] = "0";
    left[liquidationRow] = Output.plain(liquidation);
    right[liquidationRow] = "liquidation " + Output.plain(liquidation);
    right[liquidationRow / 2] = "LIQUIDATION";
    warning.ifPresent(
        w -> {
          left[warningRow] = Output.plain(w);
          right[warningRow] = "warning " + Output.plain(w);
          right[warningRow - 1] = "WARNING";
        });
    right[(firstSafeRow + HEIGHT - 1) / 2] = "SAFE";
    int gutter = Arrays.stream(left).mapToInt(String::length).max().orElse(0);

    List<String> lines = new ArrayList<>();
    lines.add("debt ratio against the " + curve.axisName() + ":");
    for (int r = 0; r < HEIGHT; r++) {
      String line =
          " ".repeat(gutter - left[r].length())
              + left[r]
              + " |"
              + new String(grid[r])
              + (right[r].isEmpty() ? "" : "  " + right[r]);
      lines.add(line.stripTrailing());
    }
    lines.add(" ".repeat(gutter) + " +" + "-".repeat(WIDTH));

    char[] marks = new char[WIDTH];
    Arrays.fill(marks, ' ');
    marks[nowColumn] = '^';
    curve.warningPrice().ifPresent(p -> marks[column(p)] = 'W');
    curve.liquidationPrice().ifPresent(p -> marks[column(p)] = 'L');
    lines.add((" ".repeat(gutter + 2) + new String(marks)).stripTrailing());

    String low = axisEnd(curve.xMin());
    String high = axisEnd(curve.xMax());
    int space = Math.max(1, WIDTH - low.length() - high.length());
    lines.add(" ".repeat(gutter + 2) + low + " ".repeat(space) + high);

    StringBuilder legend = new StringBuilder(" ".repeat(gutter + 2));
    legend.append("^ now ").append(curve.label(curve.now()));
    curve.warningPrice().ifPresent(p -> legend.append("  W warning ").append(curve.label(p)));
    curve
        .liquidationPrice()
        .ifPresent(p -> legend.append("  L liquidation ").append(curve.label(p)));
    if (curve.priced() && curve.liquidationPrice().isEmpty()) {
      legend.append("  (no price of ").append(curve.moving().get(0)).append(" liquidates)");
    }
    lines.add(legend.toString());
    return List.copyOf(lines);
  }

  /** The sample drawn in column {@code c}: the nearest of the evenly spaced samples. */
  private int sample(int c) {
    int last = curve.points().size() - 1;
    return (int) Math.round((double) c * last / (WIDTH - 1));
  }

  /** The column of {@code x}, clamped to the plot area. */
  private int column(BigDecimal x) {
    double low = curve.xMin().doubleValue();
    double span = curve.xMax().doubleValue() - low;
    long column = Math.round((x.doubleValue() - low) / span * (WIDTH - 1));
    return (int) Math.max(0, Math.min(WIDTH - 1, column));
  }

  /** The row of a ratio from 0 to the top: in the rows of its zone, row 0 at the top. */
  private int row(BigDecimal ratio) {
    if (ratio.compareTo(liquidation) >= 0) {
      return band(ratio, liquidation, top, 0, LIQUIDATION_ROWS);
    }
    if (warning.isPresent() && ratio.compareTo(warning.get()) >= 0) {
      return warningRow - 1;
    }
    BigDecimal bound = warning.orElse(liquidation);
    return band(ratio, BigDecimal.ZERO, bound, firstSafeRow, HEIGHT - firstSafeRow);
  }

  /** The row of {@code ratio} among {@code rows} rows from {@code first} for {@code low..high}. */
  private static int band(BigDecimal ratio, BigDecimal low, BigDecimal high, int first, int rows) {
    double fraction = high.subtract(ratio).doubleValue() / high.subtract(low).doubleValue();
    int index = (int) Math.floor(fraction * rows);
    return first + Math.max(0, Math.min(rows - 1, index));
  }

  private String axisEnd(BigDecimal x) {
    return curve.priced() ? Output.plain(x.round(AXIS_DIGITS)) : curve.label(x);
  }
}
