package org.chancery.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Document;
import org.chancery.model.DocumentType;
import org.chancery.model.Role;
import org.chancery.understand.references.Owner;
import org.chancery.understand.references.Reference.Item;
import org.chancery.understand.references.Retransmission;
import org.chancery.understand.references.Retransmissions;

/**
 * The other identities of a printed message: each message the editors note it went out as
 * ("Repeated to the Minister Resident in Ethiopia as Department's telegram No. 242, May 20"), as an
 * {@link Entry} with the printed document's key and that message's posts, number, day and time. The
 * catalogue finds them by number and day only: they are not documents of their own.
 */
final class Retransmitted {
  private static final Pattern DEPARTMENT = Pattern.compile("(?i)^the Department\\b");

  private Retransmitted() {}

  /** The entries {@code doc}, catalogued as {@code printed}, also answers to. */
  static List<Entry> entries(Document doc, Entry printed) {
    List<Entry> out = new ArrayList<>(0);
    for (Retransmission r : Retransmissions.of(doc)) {
      Item item = r.item();
      String serial = Catalogue.numberKey(item.effectiveNumber().orElseThrow());
      int day =
          item.date()
              .map(d -> (int) d.toEpochDay())
              .orElse(r.sameDay() ? printed.epochDay() : Entry.NONE);
      int minute = item.time().map(Entry::minuteOf).orElse(Entry.NONE);
      Route route = new Route(sender(r, printed), office(r.to()).orElse(Post.UNKNOWN));
      if (route.from().equals(Post.UNKNOWN)) continue;
      out.add(printed.alias(route, serial, day, minute, type(r, printed.type())));
    }
    return List.copyOf(out);
  }

  // "as Department's telegram", "by the Department", "by the Chargé in Italy"; "by the Consul in
  // his despatch" names no place: the officer who signed the printed paper, if a post of ours.
  private static Post sender(Retransmission r, Entry printed) {
    if (r.as().owner() instanceof Owner.Department) return Post.DEPARTMENT;
    if (r.by().isEmpty()) return Post.UNKNOWN;
    Optional<Post> named = office(r.by());
    if (named.isPresent()) return named.get();
    Post own = printed.route().from();
    return own.kind() == Post.Kind.MISSION || own.kind() == Post.Kind.CONSULATE
        ? own
        : Post.UNKNOWN;
  }

  private static Optional<Post> office(Optional<String> printed) {
    if (printed.isEmpty()) return Optional.empty();
    if (DEPARTMENT.matcher(printed.get()).find()) return Optional.of(Post.DEPARTMENT);
    return Posts.ofRole(Role.of(printed.get()));
  }

  private static DocumentType type(Retransmission r, DocumentType printed) {
    return switch (r.as().kind()) {
      case TELEGRAM -> DocumentType.TELEGRAM;
      case DESPATCH -> DocumentType.DESPATCH;
      case INSTRUCTION -> DocumentType.INSTRUCTION;
      default -> printed;
    };
  }
}
