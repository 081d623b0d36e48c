package org.chancery.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chancery.model.Document;

/**
 * A SearchBackend answers searches over an archive's documents and looks documents up for the
 * linker.
 *
 * <p><b>NOTE:</b> implementations are thread-safe; each call sees the archive as last committed
 * when the call began (after {@link #refresh()}).
 */
public interface SearchBackend extends Closeable {

  /** The matching documents: exact total, one page of hits, facet counts over all matches. */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * The whole document with {@code key} as it was imported, if the archive holds it (and was
   * imported with whole documents stored).
   */
  Optional<Document> document(String key) throws IOException;

  /**
   * The documents of {@code keys} that the archive holds, by key: {@link #document} for each, which
   * a remote engine answers in a few requests instead of one a document (the linker fetches the
   * documents an import affects, tens of thousands at full size).
   */
  default Map<String, Document> documents(Collection<String> keys) throws IOException {
    Map<String, Document> out = new HashMap<>();
    for (String k : keys) document(k).ifPresent(d -> out.put(k, d));
    return out;
  }

  /**
   * Passes every document of the archive, whole, to {@code sink}, one at a time in index order (a
   * pass over an archive of any size, such as the link evaluation's).
   */
  void forEachDocument(Consumer<Document> sink) throws IOException;

  /**
   * What {@code reader} makes of every document of the archive, in the order {@link
   * #forEachDocument} passes them. Only the results are held, not the documents. An implementation
   * may read several documents at once, so {@code reader} must be safe to call from many threads
   * (the linker's one pass over an archive of any size).
   */
  default <T> List<T> mapDocuments(Function<Document, T> reader) throws IOException {
    List<T> out = new ArrayList<>();
    forEachDocument(d -> out.add(reader.apply(d)));
    return out;
  }

  /**
   * What {@code reader} makes of every document of the volumes {@code volumes}, in the order {@link
   * #forEachDocument} passes them, as {@link #mapDocuments(Function)} does for all (the linker's
   * pass over the volumes an import changed).
   */
  default <T> List<T> mapDocuments(Set<String> volumes, Function<Document, T> reader)
      throws IOException {
    List<T> out = new ArrayList<>();
    forEachDocument(
        d -> {
          if (volumes.contains(d.volume())) out.add(reader.apply(d));
        });
    return out;
  }

  /**
   * The documents of any volume most related to the document {@code key} (it left out), found
   * {@code by} words, meaning or both, most related first, each with the words it shares and how
   * close it is in meaning; empty when the archive does not hold {@code key}, or when the backend
   * cannot tell (a backend without more-like-this).
   */
  default List<RelatedDocument> related(String key, int limit, RelatedBy by) throws IOException {
    return List.of();
  }

  /**
   * How many documents carry a stored meaning (imported with embeddings): none, related documents
   * and searches go by words alone.
   */
  default int meanings() throws IOException {
    return 0;
  }

  /** The volumes in the archive, by id. */
  List<VolumeInfo> volumes() throws IOException;

  /** How many documents the archive holds. */
  int count() throws IOException;

  /**
   * How many documents hold exactly {@code value} in the keyword field {@code field} (such as
   * {@link IndexSchema#SENDER_PERSON}).
   *
   * @throws IllegalArgumentException if {@code field} is not a keyword field
   */
  int count(IndexField field, String value) throws IOException;

  /**
   * The keys of at most {@code limit} documents whose keyword {@code field} holds {@code value}, in
   * no particular order.
   *
   * @throws IllegalArgumentException if {@code field} is not a keyword field
   */
  List<String> keys(IndexField field, String value, int limit) throws IOException;

  /** Makes later calls see what was committed since; cheap when nothing was. */
  void refresh() throws IOException;
}
