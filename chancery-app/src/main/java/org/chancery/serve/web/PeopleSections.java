package org.chancery.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chancery.model.Document;
import org.chancery.understand.Understanding;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.decimal.PolicyFileNumber;
import org.chancery.understand.decimal.SubjectNumericFile;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Mention;

/**
 * The "People" and "File numbers" sections of a document page: who the sender and recipient are,
 * the people the footnotes identify, and the document's Decimal File numbers decoded. People POCOM
 * knows, and those outside it by their Chancery id, link to their person page (others to a search
 * for their name), file numbers to their file page.
 */
public final class PeopleSections implements DocumentSections {
  private final Understood understood;

  /** The sections from what is {@code understood} of each document. */
  PeopleSections(Understood understood) {
    this.understood = understood;
  }

  @Override
  public List<Section> sectionsFor(Document d) {
    Understanding u = understood.of(d);
    return List.of(
        new Section("people", "People", people(u)),
        new Section("file-numbers", "File numbers", files(u)));
  }

  private static List<Section.Entry> people(Understanding u) {
    List<Section.Entry> entries = new ArrayList<>();
    party("From", u.sender()).ifPresent(entries::add);
    party("To", u.recipient()).ifPresent(entries::add);
    Set<String> seen = new HashSet<>();
    for (Mention m : u.mentions()) {
      if (!seen.add(m.personId().orElse(m.person())))
        continue; // a person named again is listed once
      Section.Entry e =
          Section.Entry.link(
              m.person(),
              m.personId().map(id -> "/people/" + id).orElse(search("\"" + m.person() + "\"")));
      entries.add(m.description().map(e::note).orElse(e));
    }
    return entries;
  }

  private static Optional<Section.Entry> party(String label, Optional<Identification> who) {
    return who.flatMap(
        i ->
            i.person()
                .map(
                    p ->
                        Section.Entry.link(label + ": " + p.name(), personHref(p))
                            .note(i.appointment().map(PeopleSections::post).orElse(i.basis()))));
  }

  // In POCOM or not: a person outside it has a page by their Chancery id, its evidence on it.
  private static String personHref(org.chancery.understand.people.Person p) {
    return "/people/" + p.id();
  }

  // "Minister, Switzerland"; the title alone when it names the post ("Secretary of State").
  private static String post(org.chancery.understand.people.Appointment a) {
    return a.roleTitle().contains(a.postName())
        ? a.roleTitle()
        : a.roleTitle() + ", " + a.postName();
  }

  private static List<Section.Entry> files(Understanding u) {
    return u.files().stream().map(f -> fileEntry(f).note(describe(f))).toList();
  }

  // The file's page where the number can name one, else a search for it.
  private static Section.Entry fileEntry(DecodedFile f) {
    String file = f.file().toLowerCase(java.util.Locale.ROOT);
    return Section.Entry.link(
        f.number(), FilePage.href(file).orElse(search("file:" + file + "/*")));
  }

  private static String describe(DecodedFile f) {
    if (f.policyFile().isPresent()) return describe(f.policyFile().get());
    if (f.subjectNumeric().isPresent()) return describe(f.subjectNumeric().get());
    String parts =
        Stream.of(
                f.className(),
                f.countries().isEmpty()
                    ? Optional.<String>empty()
                    : Optional.of(String.join(", ", f.countries())),
                f.subject(),
                f.date().map(d -> "filed " + d))
            .flatMap(Optional::stream)
            .collect(Collectors.joining(" · "));
    String confidence =
        f.confidence()
            .map(c -> " (" + c.toString().toLowerCase(java.util.Locale.ROOT) + ")")
            .orElse("");
    return parts.isEmpty() ? String.join("; ", f.unknown()) : parts + confidence + tables(f);
  }

  // The table rows the answer was read from, as the file page lists them with their sources.
  private static String tables(DecodedFile f) {
    if (f.sources().isEmpty()) return "";
    return f.sources().stream()
        .map(org.chancery.understand.decimal.TableSource::cited)
        .collect(Collectors.joining(", ", " · tables ", ""));
  }

  // The kind and year are all these numbers say; film and frame locate the copy.
  private static String describe(PolicyFileNumber p) {
    String kind = p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return "Central Foreign Policy File · " + kind + " · " + p.year();
  }

  // No table of the codes is bundled: the parts as printed, and that they are only that.
  private static String describe(SubjectNumericFile s) {
    String areas = s.areas().isEmpty() ? "" : " · " + String.join("–", s.areas());
    return "Subject-numeric file · " + s.subjectCode() + areas + " (codes as printed)";
  }

  private static String search(String q) {
    return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
