package org.chancery.understand.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chancery.model.Document;
import org.chancery.model.Party;
import org.chancery.model.WordKey;

/**
 * The documents of a volume that print a name as their sender or recipient: the evidence one
 * document's party takes from the rest of its volume ({@link SameVolume}). The import asks the
 * volume it holds; a server asks its index, and both must give the same documents.
 */
@FunctionalInterface
public interface VolumeNames {
  /**
   * The most documents printing one name that settle anything: a name more common decides nothing.
   */
  int MOST = 1_000;

  /** No other documents: each document is understood alone. */
  VolumeNames NONE = (volume, name) -> List.of();

  /**
   * The documents of {@code volume} whose sender or recipient is printed as {@code name}, forms of
   * address aside ({@link #key}), in any order.
   */
  List<Document> printing(String volume, String name);

  /**
   * The key names are compared by: the name's {@link WordKey} without forms of address ("Señor
   * Romero" is Romero).
   */
  static String key(String name) {
    return WordKey.of(OutsidePocom.addressed(name));
  }

  /** The keys of the names {@code d} prints as sender or recipient, each once. */
  static List<String> keys(Document d) {
    return Stream.of(d.sender(), d.recipient())
        .flatMap(p -> p.flatMap(Party::name).stream())
        .map(VolumeNames::key)
        .filter(k -> !k.isEmpty())
        .distinct()
        .toList();
  }

  /** The names printed in {@code documents}, one volume or several, held in memory. */
  static VolumeNames of(Collection<Document> documents) {
    Map<String, List<Document>> byName = new HashMap<>();
    for (Document d : documents)
      for (String k : keys(d))
        byName.computeIfAbsent(d.volume() + "\t" + k, x -> new ArrayList<>()).add(d);
    return (volume, name) -> List.copyOf(byName.getOrDefault(volume + "\t" + key(name), List.of()));
  }
}
