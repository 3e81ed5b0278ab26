package dev.margin.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The file of {@code --plot}: an {@code .svg} or a {@code .png}, by its extension, in a directory
 * that exists. Every refusal is a usage error that names the option.
 *
 * @param path where the picture goes, as the user named it
 * @param at where it goes, resolved against the directory of the command
 * @param format SVG or PNG
 */
record PlotFile(Path path, Path at, Format format) {

  /** What the picture is written as. */
  enum Format {
    /** A vector picture, its text as text. */
    SVG,
    /** A bitmap. */
    PNG
  }

  PlotFile {
    Objects.requireNonNull(path, "path is null");
    Objects.requireNonNull(at, "at is null");
    Objects.requireNonNull(format, "format is null");
  }

  /** The file {@code path} names, checked before any work is done. */
  static PlotFile of(Path path) {
    return of(path, path);
  }

  /**
   * The file named {@code path} (so messages say), which is {@code at}, checked before any work.
   */
  static PlotFile of(Path path, Path at) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    Format format;
    if (lower.endsWith(".svg")) {
      format = Format.SVG;
    } else if (lower.endsWith(".png")) {
      format = Format.PNG;
    } else {
      throw new UsageException("--plot " + path + ": the file must end in .svg or .png");
    }
    Path parent = at.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException("--plot " + path + ": no such directory: " + parent);
    }
    if (Files.isDirectory(at)) {
      throw new UsageException("--plot " + path + ": is a directory");
    }
    if (!Files.isWritable(parent) || (Files.exists(at) && !Files.isWritable(at))) {
      throw new UsageException("--plot " + path + ": cannot write there");
    }
    return new PlotFile(path, at, format);
  }

  /** Draws the curve and writes the file, replacing what was there. */
  void write(RiskCurve curve) {
    byte[] picture = format == Format.SVG ? RiskChart.svg(curve) : RiskChart.png(curve);
    try {
      Files.write(at, picture);
    } catch (IOException e) {
      String reason =
          e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
      throw new UsageException("--plot " + path + ": cannot write: " + reason);
    }
  }
}
