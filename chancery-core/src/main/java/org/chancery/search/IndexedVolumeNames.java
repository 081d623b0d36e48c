package org.chancery.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.understand.people.VolumeNames;

/**
 * The documents of a volume that print a name, asked of an archive's index (either engine) by the
 * exact key the import indexed ({@link IndexSchema#PRINTED_PARTY}), so that a server finds what the
 * import found in the volume it held ({@link VolumeNames#of}).
 */
public final class IndexedVolumeNames implements VolumeNames {
  private final SearchBackend search;

  /** The names of the archive {@code search} reads. */
  public IndexedVolumeNames(SearchBackend search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  /** {@inheritDoc} At most one more than {@link VolumeNames#MOST}. */
  @Override
  public List<Document> printing(String volume, String name) {
    String key = VolumeNames.key(name);
    if (key.isEmpty()) return List.of();
    try {
      List<Document> out = new ArrayList<>();
      for (String k :
          search.keys(
              IndexSchema.PRINTED_PARTY,
              DocumentFields.printedParty(volume, key),
              VolumeNames.MOST + 1)) {
        Optional<Document> d = search.document(k);
        d.ifPresent(out::add);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
