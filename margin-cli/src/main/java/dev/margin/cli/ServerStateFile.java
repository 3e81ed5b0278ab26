package dev.margin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The command server's state file, {@code server} in its directory: {@code port token answer pid},
 * by which the launcher finds the server and the server knows whether it is still the one named.
 */
final class ServerStateFile {
  private final Path directory;
  private final String contents;

  ServerStateFile(Path directory, int port, String token, String answer, long pid) {
    this.directory = directory;
    this.contents = port + " " + token + " " + answer + " " + pid + "\n";
  }

  Path path() {
    return directory.resolve("server");
  }

  /**
   * Writes the file at once (readable by its owner alone), which makes the server known to the
   * launcher, and removes the launcher's {@code starting} mark.
   */
  void write() throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "server", ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions are all there is
    }
    Files.writeString(temporary, contents, StandardCharsets.US_ASCII);
    try {
      Files.move(
          temporary, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path(), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.deleteIfExists(directory.resolve("starting"));
  }

  /** {@return whether the file is there and names this server, not one started since} */
  boolean namesThisServer() throws IOException {
    return Files.isRegularFile(path()) && Files.readString(path()).equals(contents);
  }

  /** Removes the file if it still names this server. */
  void removeIfThisServer() throws IOException {
    if (namesThisServer()) {
      Files.delete(path());
    }
  }
}
