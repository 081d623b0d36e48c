package org.chancery.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.chancery.model.Document;

/**
 * A writer that replaces whole volumes in a search engine: all an import needs of Lucene or Solr.
 *
 * <p><b>NOTE:</b> implementations are thread-safe; an importer replaces several volumes at once
 * from several threads. Each volume is replaced whole: a search sees all of the old volume or all
 * of the new one.
 */
public interface VolumeWriter extends Closeable {
  /**
   * Replaces every document of {@code volume} by {@code documents}, in reading order.
   *
   * @param volume the volume id; every document must belong to it
   * @param volumeTitle the volume's title, kept with each document
   * @return how many documents the volume had before, completed once the replacement is committed
   * @throws IllegalArgumentException if a document is not in {@code volume}
   */
  CompletableFuture<Integer> replaceVolume(
      String volume, String volumeTitle, List<Document> documents) throws IOException;

  /**
   * Commits every volume replaced so far and waits for the commits; then drops what replaced
   * volumes left behind, so that term statistics (and so scores) are those of a fresh import.
   */
  void finish() throws IOException;

  /** Checks that every document of {@code documents} is in {@code volume}. */
  static void requireVolume(String volume, List<Document> documents) {
    for (Document d : documents) {
      if (!d.volume().equals(volume))
        throw new IllegalArgumentException(
            "document " + d.key() + " is not in volume '" + volume + "'");
    }
  }
}
