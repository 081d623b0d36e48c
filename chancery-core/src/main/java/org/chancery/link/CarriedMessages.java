package org.chancery.link;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.Role;
import org.chancery.understand.references.Forwarding;
import org.chancery.understand.references.Forwardings;
import org.chancery.understand.references.MessageKind;
import org.chancery.understand.references.ReceivedPapers;

/**
 * The messages a printed document carries, each as an {@link Entry} with the printed document's
 * key: one its writer sent to another office and repeats in it ({@link Forwarding}), with the route
 * from the writer to that office and its own day and time; and a paper its writer received and
 * prints the text of ({@link #paper}). A later message cites either by its own date ("my telegram
 * January 4, 3 p.m.", "the note of February 25"), so the printed document answers to it too.
 */
final class CarriedMessages {
  // "the American Legation at Managua", "the Legation in Guatemala": the place names the post.
  private static final Pattern OFFICE_AT =
      Pattern.compile(
          "^(?i:the\\s+)?(?:American\\s+)?(?:Legation|Embassy|Mission|Consulate(?:\\s+General)?)"
              + "\\s+(?:at|in)\\s+");
  // A place alone: "Nicaragua", "Managua", "San José"; not "the Secretary on shipboard".
  private static final Pattern PLACE =
      Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}$");

  private CarriedMessages() {}

  /** The entry of the message {@code doc}, catalogued as {@code printed}, carries, if any. */
  static Optional<Entry> entry(Document doc, Entry printed) {
    Post from = printed.route().from();
    if (from.equals(Post.UNKNOWN)) return Optional.empty();
    Optional<Forwarding> carried = Forwardings.of(doc).filter(f -> f.date().isPresent());
    if (carried.isEmpty()) return Optional.empty();
    Forwarding f = carried.get();
    return office(f.to(), Optional.empty())
        .filter(to -> !to.equals(from))
        .map(
            to ->
                printed.alias(
                    new Route(from, to),
                    "",
                    (int) f.date().get().toEpochDay(),
                    f.time().map(Entry::minuteOf).orElse(Entry.NONE),
                    printed.type()));
  }

  /**
   * The entry of the paper {@code doc}, catalogued as {@code printed}, prints because its writer
   * received it ({@link ReceivedPapers}): a note, memorandum or letter of the day it bears, filed
   * with the printed document. Who wrote it and to whom the catalogue does not say: it is found by
   * its kind, day and case.
   */
  static Optional<Entry> paper(Document doc, Entry printed) {
    return ReceivedPapers.of(doc)
        .map(
            r ->
                printed.alias(
                    Route.UNKNOWN, "", (int) r.date().toEpochDay(), Entry.NONE, type(r.kind())));
  }

  private static DocumentType type(MessageKind kind) {
    return switch (kind) {
      case MEMORANDUM -> DocumentType.MEMORANDUM;
      case LETTER -> DocumentType.LETTER;
      default -> DocumentType.NOTE;
    };
  }

  /**
   * The post an office as printed is. A place ("Managua", "the Legation at Managua") is the one
   * post the catalogue knows to write from it, and without a catalogue none: missions are known by
   * their country, which a city does not name. Otherwise the role says ("the Secretary of State at
   * Santiago" is the Department, "the Minister in Honduras" the mission there).
   */
  static Optional<Post> office(String printed, Optional<Catalogue> catalogue) {
    String office = printed.strip();
    String place = OFFICE_AT.matcher(office).replaceFirst("");
    boolean byPlace = place.length() < office.length() || PLACE.matcher(place).matches();
    if (!byPlace) return Posts.ofRole(Role.of(office));
    if (catalogue.isEmpty() || !PLACE.matcher(place).matches()) return Optional.empty();
    // One of our posts: a place also names the persons and foreign missions of that name.
    List<Post> ours =
        catalogue.get().postsNamed(place).stream()
            .filter(p -> p.kind() == Post.Kind.MISSION || p.kind() == Post.Kind.CONSULATE)
            .toList();
    return ours.size() == 1 ? Optional.of(ours.get(0)) : Optional.empty();
  }
}
