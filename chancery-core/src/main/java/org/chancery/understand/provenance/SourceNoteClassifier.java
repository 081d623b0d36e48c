package org.chancery.understand.provenance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.FileNumber;
import org.chancery.model.SourceNote;
import org.chancery.read.SourceNoteParser;

/**
 * Classifies a source note by the form it takes (Decimal File number, other file series, modern
 * archival citation, personal papers, Inquiry files, publication, bracketed annotation, "Not
 * printed") and reads its facets. File numbers and the stated type come from {@link
 * SourceNoteParser}.
 */
public final class SourceNoteClassifier {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASH = Pattern.compile("\\s*[—–]\\s*");
  private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
  private static final Pattern CLAUSES = Pattern.compile("(?<=\\.)\\s+|;\\s*");
  private static final Pattern COMMA = Pattern.compile(",\\s*");
  private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

  private static final Pattern BRACKETED = Pattern.compile("^[\\[(](.*)[\\])]\\.?$");
  private static final Pattern ENCLOSURE =
      Pattern.compile("(?i)^(?:sub)?(?:in|en)closure\\b.*|^Appendix\\b.*");
  private static final Pattern NOT_PRINTED = Pattern.compile("(?i)^not printed\\b");
  private static final Pattern PAPERS =
      Pattern.compile("^((?:[A-Z][\\w.'’-]*\\s)+Papers)\\b(?!,\\s*\\d)");
  private static final Pattern INQUIRY =
      Pattern.compile("^(Inquiry (?:files|Document No\\. \\d+))");
  private static final Pattern PUBLICATION =
      Pattern.compile(
          "^((?:Treaty Series|Executive Agreement Series|League of Nations Treaty Series|Department of State"
              + " Bulletin|Treaty Information Bulletin|Congressional Record|Statutes at Large|Senate Document"
              + "|House Document|Press Releases?|British and Foreign State Papers)\\b[^:;]*?)\\.?(?::|;|$)");
  private static final Pattern FILES =
      Pattern.compile("^((?:[A-Z][\\w.'’-]*\\s)+Files)(?::\\s*(.*))?$");
  private static final Pattern SERIES =
      Pattern.compile("^(?:File No\\.?\\s*)?\\d{3}|^Paris Peace Conf\\.");
  private static final Pattern REPOSITORY =
      Pattern.compile(
          "(?i)^(?:Department of|National Archives|Library of Congress)|\\b(?:Library|Archives|Record Group|Files?)\\b");
  private static final Pattern CLASSIFICATION =
      Pattern.compile(
          "(?i)^(Top Secret|Secret|Confidential|Strictly Confidential|Limited Official Use|Official Use Only|Restricted|Unclassified)$");
  private static final Pattern PRECEDENCE =
      Pattern.compile(
          "(?i)^(Niact(?: Immediate)?|Flash|Operational Immediate|Immediate|Priority|Routine|Urgent)$");
  private static final Pattern HANDLING =
      Pattern.compile(
          "(?i)^(Nodis|Exdis|Limdis|Noforn|Eyes Only.*|No Distribution.*|Sensitive|Personal and Private|Personal)$");

  private SourceNoteClassifier() {}

  /** Classifies a note as the reader recorded it. */
  public static Provenance classify(SourceNote note) {
    return classify(note.text());
  }

  /** Classifies the text of a source note (whitespace is normalised first). */
  public static Provenance classify(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    Facets f =
        new Facets(t, SourceNoteParser.parse(t).fileNumbers(), SourceNoteParser.statedType(t));
    Matcher bracket = BRACKETED.matcher(t);
    if (bracket.matches()) {
      annotate(f, bracket.group(1));
      return f.result();
    }
    markings(f);
    if (NOT_PRINTED.matcher(t).find()) {
      f.kind = Provenance.Kind.NOT_PRINTED;
    } else if (!named(f) && !citation(f) && !f.fileNumbers.isEmpty()) {
      f.kind = Provenance.Kind.DECIMAL_FILE;
    }
    return f.result();
  }

  // "[Inclosure 2 in No. 92.—Translation.]": the parts between dashes, the enclosure among them.
  private static void annotate(Facets f, String inner) {
    f.kind = Provenance.Kind.ANNOTATION;
    for (String part : DASH.split(inner)) {
      String p = FINAL_STOP.matcher(part.strip()).replaceAll("").strip();
      if (p.isEmpty()) continue;
      f.annotations.add(p);
      if (ENCLOSURE.matcher(p).matches() && f.enclosure == null) f.enclosure = p;
      if (CLASSIFICATION.matcher(p).matches()) f.classification = p;
    }
  }

  // Papers, Inquiry files, publications and named file series, each known by how it begins.
  private static boolean named(Facets f) {
    Matcher m;
    if ((m = PAPERS.matcher(f.text)).find() && !f.text.startsWith("Department")) {
      f.set(Provenance.Kind.PAPERS, m.group(1));
    } else if ((m = INQUIRY.matcher(f.text)).find()) {
      f.set(Provenance.Kind.INQUIRY, m.group(1));
    } else if ((m = PUBLICATION.matcher(f.text)).find()) {
      f.kind = Provenance.Kind.PUBLICATION;
      f.publication = m.group(1).strip();
    } else if ((m = FILES.matcher(f.text)).find()) {
      f.set(
          Provenance.Kind.FILE_SERIES,
          m.group(2) == null ? m.group(1) : m.group(1) + ": " + m.group(2));
    } else if (f.fileNumbers.stream().anyMatch(n -> n.series().isPresent())) {
      f.set(Provenance.Kind.FILE_SERIES, f.fileNumbers.get(0).series().get());
    } else {
      return false;
    }
    return true;
  }

  // "Department of State, Central Files, 714.00/6-1054. Secret; Niact.": repository, collection,
  // then the markings after the citation.
  private static boolean citation(Facets f) {
    if (SERIES.matcher(f.text).find()) return false;
    String cite = FINAL_STOP.matcher(CLAUSES.split(f.text)[0]).replaceAll("");
    String[] parts = COMMA.split(cite, 2);
    boolean evidence =
        f.classification != null || !f.fileNumbers.isEmpty() || REPOSITORY.matcher(parts[0]).find();
    if (parts.length < 2 && f.classification == null || !evidence) return false;
    f.kind = Provenance.Kind.ARCHIVE;
    f.repository = parts[0].strip();
    if (parts.length == 2) f.collection = withoutNumbers(parts[1], f.fileNumbers);
    return true;
  }

  // The markings that follow a citation: "Secret; Niact."
  private static void markings(Facets f) {
    String[] pieces = CLAUSES.split(f.text);
    for (int i = 1; i < pieces.length; i++)
      mark(f, FINAL_STOP.matcher(pieces[i]).replaceAll("").strip());
  }

  private static void mark(Facets f, String piece) {
    if (CLASSIFICATION.matcher(piece).matches()) f.classification = piece;
    else if (PRECEDENCE.matcher(piece).matches()) f.precedence = piece;
    else if (HANDLING.matcher(piece).matches()) f.handling.add(piece);
  }

  private static String withoutNumbers(String s, List<FileNumber> numbers) {
    String out = s;
    for (FileNumber n : numbers) out = out.replace(n.number(), "");
    out = TRAILING_COMMAS.matcher(out).replaceAll("").strip();
    return out.isEmpty() ? null : out;
  }
}
