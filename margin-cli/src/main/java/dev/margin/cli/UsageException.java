package dev.margin.cli;

/** Bad command-line input that picocli itself cannot see: exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
