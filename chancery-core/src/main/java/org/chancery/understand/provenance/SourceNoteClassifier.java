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
 * printed") and reads its facets; the clauses after a modern citation by {@link ModernNote}. File
 * numbers and the stated type come from {@link SourceNoteParser}.
 */
public final class SourceNoteClassifier {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DASH = Pattern.compile("\\s*[—–]\\s*");
  private static final Pattern FINAL_STOP = Pattern.compile("\\.$");
  // Modern notes begin with the label "Source:", which is no part of the citation.
  private static final Pattern LABEL = Pattern.compile("^Source:\\s*");
  // A retired-records lot: "Lot 64 D 199", "Lot 66D204".
  private static final Pattern LOT = Pattern.compile("\\bLot \\d+\\s?[A-Z]\\s?\\d+");
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

  private SourceNoteClassifier() {}

  /** Classifies a note as the reader recorded it. */
  public static Provenance classify(SourceNote note) {
    return classify(note.text());
  }

  /** Classifies the text of a source note (whitespace is normalised first). */
  public static Provenance classify(String text) {
    String t = LABEL.matcher(SPACES.matcher(text.strip()).replaceAll(" ")).replaceFirst("");
    Facets f =
        new Facets(t, SourceNoteParser.parse(t).fileNumbers(), SourceNoteParser.statedType(t));
    Matcher bracket = BRACKETED.matcher(t);
    if (bracket.matches()) {
      annotate(f, bracket.group(1));
      return f.result();
    }
    List<String> clauses = Clauses.of(t);
    ModernNote.read(f, clauses);
    Matcher lot = LOT.matcher(t);
    if (lot.find()) f.lot = lot.group();
    if (NOT_PRINTED.matcher(t).find()) {
      f.kind = Provenance.Kind.NOT_PRINTED;
    } else if (!named(f)
        && !citation(f, clauses.isEmpty() ? t : clauses.get(0))
        && !f.fileNumbers.isEmpty()) {
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
      Classification.of(p).ifPresent(c -> f.classification = c);
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
  private static boolean citation(Facets f, String cite) {
    if (SERIES.matcher(f.text).find()) return false;
    String[] parts = COMMA.split(cite, 2);
    boolean evidence =
        f.classification != null || !f.fileNumbers.isEmpty() || REPOSITORY.matcher(parts[0]).find();
    if (parts.length < 2 && f.classification == null || !evidence) return false;
    f.kind = Provenance.Kind.ARCHIVE;
    f.repository = parts[0].strip();
    if (parts.length == 2) f.collection = withoutNumbers(parts[1], f.fileNumbers);
    return true;
  }

  private static String withoutNumbers(String s, List<FileNumber> numbers) {
    String out = s;
    for (FileNumber n : numbers) out = out.replace(n.number(), "");
    out = TRAILING_COMMAS.matcher(out).replaceAll("").strip();
    return out.isEmpty() ? null : out;
  }
}
