package dev.margin.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * A request to the command server after its token, as the launcher sends it: NUL-terminated fields
 * (see {@link CommandServer}).
 *
 * @param caller the caller's directory, against which relative paths are read
 * @param ansi whether the caller's picocli would colour its help
 * @param locale the caller's {@code LC_ALL}, {@code LC_CTYPE} and {@code LANG}
 * @param args the command line
 */
record ServerRequest(Path caller, boolean ansi, List<String> locale, List<String> args) {
  private static final int MAX_FIELD = 1 << 20;
  private static final int MAX_ARGS = 10_000;

  /**
   * Reads the fields after the token.
   *
   * @throws IOException if the request is cut short or malformed
   */
  static ServerRequest read(InputStream in) throws IOException {
    Path caller = Path.of(field(in, MAX_FIELD));
    boolean ansi = field(in, 1).equals("1");
    List<String> locale = new ArrayList<>();
    for (int i = 0; i < CommandServer.LOCALE.size(); i++) {
      locale.add(field(in, MAX_FIELD));
    }
    int count;
    try {
      count = Integer.parseInt(field(in, 8));
    } catch (NumberFormatException e) {
      throw new IOException("a malformed request", e);
    }
    if (count < 0 || count > MAX_ARGS) {
      throw new IOException("a malformed request");
    }
    List<String> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      args.add(field(in, MAX_FIELD));
    }
    return new ServerRequest(caller, ansi, List.copyOf(locale), List.copyOf(args));
  }

  /**
   * The answer to a command the server does not run: {@link CommandServer#NOT_SERVED}, no output.
   */
  static byte[] notServed() {
    return (CommandServer.NOT_SERVED + "\0\0").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Runs the command as {@link MarginCli#run} does in-process and {@return its answer: the exit
   * code, standard error and standard output} Not served unless {@link CommandServer#serves} and
   * the caller's directory is absolute.
   */
  byte[] answer() {
    if (!CommandServer.serves(args) || !caller.isAbsolute()) {
      return notServed();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    int code =
        MarginCli.run(
            args.toArray(new String[0]),
            outWriter,
            errWriter,
            caller,
            ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
    outWriter.flush();
    errWriter.flush();
    Charset charset = Charset.defaultCharset();
    ByteArrayOutputStream answer = new ByteArrayOutputStream(out.getBuffer().length() + 256);
    answer.writeBytes((code + "\0").getBytes(StandardCharsets.US_ASCII));
    answer.writeBytes(err.toString().replace('\0', ' ').getBytes(charset));
    answer.write(0);
    answer.writeBytes(out.toString().getBytes(charset));
    return answer.toByteArray();
  }

  /** A field of at most {@code max} bytes, up to its NUL. */
  static String field(InputStream in, int max) throws IOException {
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    int read;
    while ((read = in.read()) != 0) {
      if (read < 0 || field.size() >= max) {
        throw new IOException("a request cut short");
      }
      field.write(read);
    }
    return field.toString(StandardCharsets.UTF_8);
  }
}
