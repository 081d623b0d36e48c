package org.chancery.understand.decimal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject-numeric file number (1963–1973) split into its printed parts: {@code POL 27 VIET S} has
 * subject {@code POL}, subdivision {@code 27} and area {@code VIET S}; {@code POL US–USSR} has the
 * areas {@code US} and {@code USSR}.
 *
 * <p>The parts are kept as printed: no table of the subject codes or the area abbreviations is
 * bundled, so none is given a meaning. {@code areas} are what follows the numbers: countries, or
 * bodies such as {@code GA} in {@code UN 22–2 GA}.
 */
public record SubjectNumericFile(String subject, Optional<String> subdivision, List<String> areas) {

  // A subject code of capitals, perhaps with a hyphenated second code (INCO-FISH); numbers joined
  // by dashes (33–6); then the area words, a dash joining two areas (US–USSR), a space joining the
  // words of one (VIET S). At least a subdivision or an area must follow the subject.
  private static final Pattern FORM =
      Pattern.compile(
          "^([A-Z]{1,5}(?:-[A-Z]{2,6})?)(?: (\\d{1,3}(?:-\\d{1,3})*))?((?: [A-Z]{1,8}(?:-[A-Z]{1,8})*)*)$");

  public SubjectNumericFile {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subdivision, "subdivision");
    areas = List.copyOf(areas);
  }

  /** The parts of a printed number, or absent if it does not have the subject-numeric form. */
  public static Optional<SubjectNumericFile> parse(String printed) {
    String s = printed.strip().replace('–', '-').replace('—', '-');
    Matcher m = FORM.matcher(s);
    if (!m.matches() || (m.group(2) == null && m.group(3).isBlank())) return Optional.empty();
    List<String> areas = m.group(3).isBlank() ? List.of() : List.of(m.group(3).strip().split("-"));
    return Optional.of(new SubjectNumericFile(m.group(1), Optional.ofNullable(m.group(2)), areas));
  }

  /** The subject and its subdivision, the file's first part: {@code POL 27}, {@code POL}. */
  public String subjectCode() {
    return subdivision.map(d -> subject + " " + d).orElse(subject);
  }
}
