package dev.margin.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile decimal texts of {@code shared/hostile/decimals.txt} (beside the repository), read
 * raw: one a line, spaces kept, lines starting with {@code #} separating three blocks: texts every
 * entry point refuses, zeros in disguise, and plain values read exactly.
 */
public final class HostileDecimals {
  static final String FILE = "hostile/decimals.txt";

  /** Texts to refuse, with a typed error naming the field. */
  public static final List<String> REFUSED;

  /** Zeros however written: read as zero, then judged as a zero is. */
  public static final List<String> ZEROS;

  /** Plain values, read exactly. */
  public static final List<String> EXACT;

  static {
    List<List<String>> blocks = blocks(read());
    if (blocks.size() != 3) {
      throw new IllegalStateException(
          "shared/" + FILE + " has " + blocks.size() + " blocks, not 3");
    }
    REFUSED = blocks.get(0);
    ZEROS = blocks.get(1);
    EXACT = blocks.get(2);
  }

  private HostileDecimals() {}

  /**
   * A hostile text as a host would hand it over as a decimal: Java's own reading of it, or null
   * where Java refuses it or reads it only through another script's digits (then the text, not any
   * decimal, is what is hostile, and only a text entry point sees it).
   */
  public static BigDecimal javaReading(String text) {
    if (!text.chars().allMatch(c -> c >= ' ' && c <= '~')) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String read() {
    try {
      return Files.readString(SharedFiles.find(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      if (lines[i].startsWith("#")) {
        if (!block.isEmpty()) {
          blocks.add(List.copyOf(block));
          block.clear();
        }
      } else {
        block.add(lines[i]);
      }
    }
    if (!block.isEmpty()) {
      blocks.add(List.copyOf(block));
    }
    return blocks;
  }
}
