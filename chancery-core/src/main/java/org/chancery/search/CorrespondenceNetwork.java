package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.search.Exchange.Correspondent;
import org.chancery.understand.people.PeopleDirectory;
import org.chancery.understand.people.Person;

/**
 * Who wrote to whom among the documents a search matches: people (or offices where no person is
 * identified) as nodes, messages as directed edges with counts. Counted from the index's {@link
 * IndexSchema#CORRESPONDENCE} facet over every match, so a search of any size costs one facet
 * count; only the {@link #MAX_EDGES} busiest pairs are kept, and {@link #capped} says when more may
 * exist.
 *
 * @param documents the documents the search matched
 * @param nodes the correspondents of the kept edges, busiest first
 * @param edges the kept sender and recipient pairs, busiest first
 * @param capped whether the busiest {@link #MAX_EDGES} pairs were kept of possibly more
 */
public record CorrespondenceNetwork(
    long documents, List<Node> nodes, List<Edge> edges, boolean capped) {
  /** The most pairs a network keeps: as many values as a backend counts for one facet. */
  public static final int MAX_EDGES = LuceneSearchBackend.FACET_VALUES;

  public CorrespondenceNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A correspondent: the person's name or the office as a label, and the messages of the kept edges
   * it sent and received.
   */
  public record Node(Correspondent who, String label, int sent, int received) {
    /** Messages sent and received together. */
    public int messages() {
      return sent + received;
    }
  }

  /** Messages from one correspondent to another. */
  public record Edge(Correspondent from, Correspondent to, int messages) {}

  /** One correspondent of a person or office: how many messages went to them and came from them. */
  public record Tie(Node who, int wroteTo, int heardFrom) {}

  /** The network of the documents {@code request} matches, its people named from {@code people}. */
  public static CorrespondenceNetwork of(
      SearchBackend backend, SearchRequest request, PeopleDirectory people) throws IOException {
    SearchResult r =
        backend.search(request.page(0, 0).snippets(false).facets(Set.of(Facet.CORRESPONDENCE)));
    List<FacetCount> pairs = r.facet(Facet.CORRESPONDENCE);
    List<Edge> edges = new ArrayList<>();
    for (FacetCount f : pairs) {
      Exchange.decode(f.value()).ifPresent(e -> edges.add(new Edge(e.from(), e.to(), f.count())));
    }
    edges.sort(Comparator.comparingInt(Edge::messages).reversed());
    return new CorrespondenceNetwork(
        r.total(), nodes(edges, people), edges, pairs.size() >= MAX_EDGES);
  }

  private static List<Node> nodes(List<Edge> edges, PeopleDirectory people) {
    Map<Correspondent, int[]> counts = new LinkedHashMap<>();
    for (Edge e : edges) {
      counts.computeIfAbsent(e.from(), k -> new int[2])[0] += e.messages();
      counts.computeIfAbsent(e.to(), k -> new int[2])[1] += e.messages();
    }
    List<Node> nodes = new ArrayList<>();
    counts.forEach((c, n) -> nodes.add(new Node(c, label(c, people), n[0], n[1])));
    nodes.sort(Comparator.comparingInt(Node::messages).reversed().thenComparing(Node::label));
    return nodes;
  }

  // A person by the name POCOM gives, an office as the index holds it.
  private static String label(Correspondent c, PeopleDirectory people) {
    return c.kind() == Correspondent.Kind.PERSON
        ? people.person(c.key()).map(Person::name).orElse(c.key())
        : c.key();
  }

  /** The node of {@code who}, if an edge of the network has it. */
  public java.util.Optional<Node> node(Correspondent who) {
    return nodes.stream().filter(n -> n.who().equals(who)).findFirst();
  }

  /**
   * The correspondents of {@code center}: everyone a kept edge joins it to, with the messages each
   * way, busiest first.
   */
  public List<Tie> ties(Correspondent center) {
    Map<Correspondent, int[]> counts = new LinkedHashMap<>();
    for (Edge e : edges) {
      if (e.from().equals(center) && !e.to().equals(center))
        counts.computeIfAbsent(e.to(), k -> new int[2])[0] += e.messages();
      else if (e.to().equals(center) && !e.from().equals(center))
        counts.computeIfAbsent(e.from(), k -> new int[2])[1] += e.messages();
    }
    List<Tie> ties = new ArrayList<>();
    counts.forEach((c, n) -> node(c).ifPresent(node -> ties.add(new Tie(node, n[0], n[1]))));
    ties.sort(
        Comparator.comparingInt((Tie t) -> t.wroteTo() + t.heardFrom())
            .reversed()
            .thenComparing(t -> t.who().label()));
    return ties;
  }
}
