package org.chancery.understand.decimal;

import java.util.List;
import java.util.Optional;
import org.chancery.model.FileNumber;

/**
 * Reads the file numbers of the systems that followed the Decimal File, known by their form: the
 * subject-numeric file (1963–1973) and the Central Foreign Policy Files (from 1973).
 */
final class ModernNumbers {
  static final String NO_SUBJECT_TABLE =
      "no table of the subject-numeric codes (1963-73) is bundled; its parts are kept as printed";

  private ModernNumbers() {}

  /** The decoded number, or absent if it has neither later form. */
  static Optional<DecodedFile> decode(FileNumber f) {
    if (f.series().isPresent()) return Optional.empty();
    String printed = f.number().strip();
    Optional<PolicyFileNumber> policy = PolicyFileNumber.parse(printed);
    if (policy.isPresent()) return Optional.of(policyFile(f, policy.get()));
    return SubjectNumericFile.parse(printed).map(s -> subjectNumeric(f, s));
  }

  private static DecodedFile policyFile(FileNumber f, PolicyFileNumber p) {
    return new DecodedFile(
        f.cited(),
        f.series(),
        Optional.of(DecodedFile.SCHEME_1973),
        f.file(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        RecordSystem.CENTRAL_FOREIGN_POLICY_FILE,
        Optional.empty(),
        Optional.empty(),
        Optional.of(p),
        List.of());
  }

  // The subject code stands where a Decimal class digit stands: the file's first division. Its
  // name, and the countries the areas abbreviate, are left absent for want of a table.
  private static DecodedFile subjectNumeric(FileNumber f, SubjectNumericFile s) {
    return new DecodedFile(
        f.cited(),
        f.series(),
        Optional.of(DecodedFile.SCHEME_1963),
        f.file(),
        Optional.empty(),
        Optional.of(s.subject()),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(NO_SUBJECT_TABLE),
        Optional.empty(),
        RecordSystem.SUBJECT_NUMERIC_FILE,
        Optional.empty(),
        Optional.of(s),
        Optional.empty(),
        List.of());
  }
}
