package org.chancery.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.chancery.model.DocumentType;
import org.chancery.understand.references.Owner;
import org.chancery.understand.references.Reference;
import org.chancery.understand.references.Routing;

/**
 * The posts a cited message passed between, as the phrase and the citing message say: {@code
 * strict} admits a message from the sender to the recipient the phrase implies ("your" is from the
 * post the citing message goes to, and to the one it comes from); {@code sender} the sender alone.
 */
record Parties(Predicate<Entry> strict, Predicate<Entry> sender) {

  static Parties of(Catalogue catalogue, Frame f, Reference r) {
    if (r.owner() instanceof Owner.Series) return new Parties(e -> false, e -> false);
    if (r.quoted()) {
      Predicate<Entry> either = e -> touches(f, e);
      return new Parties(either, either);
    }
    Set<Post> from = senders(catalogue, f, r.owner());
    Set<Post> to = recipients(f, r.owner(), from);
    r.routing().ifPresent(route -> routed(catalogue, route, from, to));
    Predicate<Entry> sender = e -> matches(from, e.route().from());
    // A circular went to every post, whichever one the printed copy is addressed to.
    Predicate<Entry> recipient = e -> to.isEmpty() || to.contains(e.route().to()) || circular(e);
    if (r.owner() instanceof Owner.Unstated && r.routing().isEmpty()) {
      Route route = f.route();
      Predicate<Entry> pair =
          e -> route.involves(e.route().from()) && (route.involves(e.route().to()) || circular(e));
      return new Parties(pair, e -> touches(f, e));
    }
    return new Parties(sender.and(r.circular() ? e -> true : recipient), sender);
  }

  static boolean circular(Entry e) {
    return e.route().to().equals(Post.CIRCULAR) || e.type() == DocumentType.CIRCULAR;
  }

  // An empty set allows any post; a pattern of Post.anyOf any post of its kind.
  private static boolean matches(Set<Post> allowed, Post p) {
    return allowed.isEmpty() || allowed.contains(p) || allowed.stream().anyMatch(a -> a.covers(p));
  }

  private static Set<Post> senders(Catalogue catalogue, Frame f, Owner owner) {
    if (owner instanceof Owner.Addressee)
      return relayed(catalogue, f.relay().map(Frame.Relay::to))
          .orElseGet(() -> known(f.route().to()));
    if (owner instanceof Owner.Writer)
      return relayed(catalogue, f.relay().flatMap(Frame.Relay::from))
          .orElseGet(() -> known(f.route().from()));
    if (owner instanceof Owner.Department) return new LinkedHashSet<>(List.of(Post.DEPARTMENT));
    if (owner instanceof Owner.Named n) return named(catalogue, f, n.name());
    return new LinkedHashSet<>();
  }

  private static Set<Post> recipients(Frame f, Owner owner, Set<Post> from) {
    if (owner instanceof Owner.Unstated || owner instanceof Owner.ThirdParty)
      return new LinkedHashSet<>();
    Route route = f.route();
    if (from.contains(route.from()) && !from.contains(route.to())) return known(route.to());
    if (from.contains(route.to()) && !from.contains(route.from())) return known(route.from());
    return new LinkedHashSet<>();
  }

  // "Secret for the President": "your" is the President's series, not the Department's.
  private static Optional<Set<Post>> relayed(Catalogue catalogue, Optional<String> name) {
    return name.map(catalogue::postsNamed).filter(p -> !p.isEmpty()).map(LinkedHashSet::new);
  }

  // "Legation's" and "Consulate's" mean whichever party is one, else any post of that kind.
  private static Set<Post> named(Catalogue catalogue, Frame f, String name) {
    Optional<Post.Kind> kind = kindNamed(name);
    if (kind.isEmpty()) return new LinkedHashSet<>(catalogue.postsNamed(name));
    if (f.route().from().kind() == kind.get()) return known(f.route().from());
    if (f.route().to().kind() == kind.get()) return known(f.route().to());
    return new LinkedHashSet<>(List.of(Post.anyOf(kind.get())));
  }

  // The kind of post a possessive names by its office, not by its place or person.
  private static Optional<Post.Kind> kindNamed(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "embassy", "legation", "mission", "delegation", "commission" ->
          Optional.of(Post.Kind.MISSION);
      case "consulate", "consulate general", "consul", "consul general" ->
          Optional.of(Post.Kind.CONSULATE);
      default -> Optional.empty();
    };
  }

  // "to New Delhi" names its place in full; "to London Embassy" by its first word.
  private static void routed(Catalogue catalogue, Routing route, Set<Post> from, Set<Post> to) {
    Set<Post> place = catalogue.postsNamed(route.name());
    int space = route.name().indexOf(' ');
    if (place.isEmpty() && space > 0)
      place = catalogue.postsNamed(route.name().substring(0, space));
    Set<Post> side = route.direction() == Routing.Direction.TO ? to : from;
    side.clear();
    side.addAll(place);
  }

  private static Set<Post> known(Post p) {
    Set<Post> s = new LinkedHashSet<>();
    if (!p.equals(Post.UNKNOWN)) s.add(p);
    return s;
  }

  // Whether the entry comes from or goes to one of the frame's posts.
  static boolean touches(Frame f, Entry e) {
    return f.route().involves(e.route().from()) || f.route().involves(e.route().to());
  }
}
