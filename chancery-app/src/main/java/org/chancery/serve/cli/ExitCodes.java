package org.chancery.serve.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ExitCode;

/**
 * The exit codes of {@code chancery}, each with one meaning: picocli's own 0, 1 and 2, then ours
 * from 3.
 */
final class ExitCodes {
  /** Done. */
  static final int OK = ExitCode.OK;

  /** A command threw: a bug in Chancery, reported with its stack trace (picocli's code). */
  static final int SOFTWARE = ExitCode.SOFTWARE;

  /** The arguments are wrong; the message says which, then the usage (picocli's code). */
  static final int USAGE = ExitCode.USAGE;

  /** An archive or a file could not be used; a one-line message says which and why. */
  static final int CANNOT_USE = 3;

  /** Some input files could not be read; the others were. */
  static final int INPUT_FAILED = 4;

  /** {@code bench serve}: some requests failed; the figures count them as errors. */
  static final int REQUESTS_FAILED = 5;

  private ExitCodes() {}

  /** What each code means, in order, for the help's list of exit codes. */
  static Map<String, String> meanings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("" + OK, "done");
    m.put("" + SOFTWARE, "a bug in Chancery (with its stack trace: please report it)");
    m.put("" + USAGE, "usage error (the message says what was wrong)");
    m.put("" + CANNOT_USE, "an archive or file could not be used (the message says which and why)");
    m.put(
        "" + INPUT_FAILED, "some input could not be read (each is reported with file:line:column)");
    m.put("" + REQUESTS_FAILED, "bench serve: some requests failed (counted as errors)");
    return m;
  }
}
