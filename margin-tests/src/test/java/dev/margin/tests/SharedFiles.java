package dev.margin.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the {@code shared} directory beside the repository (the test data kept outside it). */
public final class SharedFiles {
  private SharedFiles() {}

  /**
   * A file under {@code shared}, looked for beside the working directory and every directory above
   * it.
   *
   * @param path e.g. {@code "hostile/decimals.txt"}
   * @return the file
   * @throws IllegalStateException if there is none
   */
  public static Path find(String path) {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared").resolve(path);
      if (Files.exists(file)) {
        return file;
      }
    }
    throw new IllegalStateException(
        "shared/" + path + " not found beside " + here + " or any directory above it");
  }
}
