package org.chancery.link;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Document;
import org.chancery.model.Role;
import org.chancery.understand.references.Forwarding;
import org.chancery.understand.references.Forwardings;

/**
 * The message a printed document carries ({@link Forwarding}): one its writer sent to another
 * office and repeats in it, as an {@link Entry} with the printed document's key, the route from the
 * writer to that office, and the carried message's own day and time. A reply to that message cites
 * it by its own date ("my telegram January 4, 3 p.m."), so the printed document answers to it too.
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
