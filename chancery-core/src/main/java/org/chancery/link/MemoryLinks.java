package org.chancery.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link LinkStore} over links held in memory, indexed both ways. */
final class MemoryLinks implements LinkStore {
  private final List<Link> links;
  private final Map<String, List<Link>> cites = new HashMap<>();
  private final Map<String, List<Link>> citedBy = new HashMap<>();

  MemoryLinks(Collection<Link> links) {
    this.links = List.copyOf(links);
    for (Link l : this.links) {
      cites.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
      l.target().ifPresent(t -> citedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(l));
    }
  }

  @Override
  public List<Link> all() {
    return links;
  }

  @Override
  public List<Link> cites(String key) {
    return List.copyOf(cites.getOrDefault(key, List.of()));
  }

  @Override
  public List<Link> citedBy(String key) {
    return List.copyOf(citedBy.getOrDefault(key, List.of()));
  }
}
