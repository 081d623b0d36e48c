package org.chancery.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Serial;

/**
 * Finds the serial number a post gave a message: at the start of the first paragraph ({@code 237.},
 * {@code 7956 [7946].}, {@code 43. L–315}, {@code 30. L–195, for Herrick}, {@code No. 562}), or on
 * a line of its own ({@code No. 378.]}).
 */
public final class SerialParser {

  private static final Pattern TELEGRAM =
      Pattern.compile("^(\\d{1,6})(?: \\[(\\d{1,6})\\])?\\.(?:\\s+([A-Z][-–]\\d+)[.,]?)?(?=\\s|$)");
  private static final Pattern DESPATCH =
      Pattern.compile("^\\*?No\\.\\s?(\\d{1,6})(?: \\[(\\d{1,6})\\])?\\b");
  private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^2\\.\\s");

  private SerialParser() {}

  /**
   * The serial at the start of {@code first}, the text of the first paragraph. {@code second} (the
   * next paragraph, or "") tells a serial "1." from the first of numbered paragraphs.
   */
  public static Optional<Serial> fromFirstParagraph(String first, String second) {
    String s = first.strip();
    Matcher m = TELEGRAM.matcher(s);
    if (m.find()) {
      if (m.group(1).equals("1")
          && m.group(3) == null
          && NUMBERED_PARAGRAPH.matcher(second.strip()).find()) {
        return Optional.empty();
      }
      return Optional.of(serial(m.group(1), m.group(2), m.group(3)));
    }
    return fromNumberLine(s);
  }

  /** The despatch number printed as a line of its own: {@code No. 378.]}. */
  public static Optional<Serial> fromNumberLine(String line) {
    Matcher m = DESPATCH.matcher(line.strip());
    return m.find() ? Optional.of(serial(m.group(1), m.group(2), null)) : Optional.empty();
  }

  private static Serial serial(String printed, String corrected, String series) {
    return new Serial(printed, Optional.ofNullable(corrected), Optional.ofNullable(series));
  }
}
