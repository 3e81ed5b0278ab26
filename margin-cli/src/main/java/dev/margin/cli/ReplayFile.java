package dev.margin.cli;

import dev.margin.domain.model.Symbol;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded stream of KuCoin mark-price {@code message} frames, one per line, as {@code --replay}
 * reads it: blank lines skipped, every other line sent as it is (a frame the adapter cannot use is
 * its to drop and report), and the symbols of the frames' topics.
 *
 * @param frames the frames, in order
 * @param symbols the symbols their topics name, in order of first appearance
 */
record ReplayFile(List<String> frames, Set<String> symbols) {
  /** The largest file read. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Pattern TOPIC =
      Pattern.compile("\"topic\"\\s*:\\s*\"/indicator/markPrice:([^\",]*)\"");

  ReplayFile {
    frames = List.copyOf(frames);
    symbols = Set.copyOf(new LinkedHashSet<>(symbols));
  }

  /**
   * Reads {@code file}.
   *
   * @throws UsageException naming {@code --replay} if it cannot be read, is too large, is not UTF-8
   *     or holds no frame
   */
  static ReplayFile read(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UsageException("--replay " + file + " is larger than " + MAX_BYTES + " bytes");
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UsageException("--replay " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UsageException("--replay " + file + " cannot be read: " + e.getMessage());
    }
    List<String> frames = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      frames.add(line);
      String symbol = symbol(line);
      if (symbol != null) {
        symbols.add(symbol);
      }
    }
    if (frames.isEmpty()) {
      throw new UsageException("--replay " + file + " holds no frame");
    }
    return new ReplayFile(frames, symbols);
  }

  /** This file with only the frames of {@code wanted} (and those naming no valid symbol). */
  ReplayFile only(Set<String> wanted) {
    List<String> kept = new ArrayList<>();
    for (String frame : frames) {
      String symbol = symbol(frame);
      if (symbol == null || wanted.contains(symbol)) {
        kept.add(frame);
      }
    }
    Set<String> followed = new LinkedHashSet<>(symbols);
    followed.retainAll(wanted);
    return new ReplayFile(kept, followed);
  }

  /** The valid symbol a frame's topic names, or null. */
  static String symbol(String frame) {
    Matcher matcher = TOPIC.matcher(frame);
    if (!matcher.find()) {
      return null;
    }
    try {
      return Symbol.parse(matcher.group(1)).code();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
