package dev.margin.micrometer;

/** The bounded tag values the meters share. */
final class MeterTags {
  /** The tag value of a name or a status outside the closed set. */
  static final String OTHER = "other";

  private MeterTags() {}

  /**
   * The simple name of an exception's class: one of the classes of the program, so a closed set;
   * {@value #OTHER} for an anonymous class.
   */
  static String simpleName(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    return name.isEmpty() ? OTHER : name;
  }

  /** An HTTP status as a tag: {@code none} for 0 (no response), {@value #OTHER} off the range. */
  static String status(int httpStatus) {
    if (httpStatus == 0) {
      return "none";
    }
    return httpStatus >= 100 && httpStatus <= 599 ? Integer.toString(httpStatus) : OTHER;
  }
}
