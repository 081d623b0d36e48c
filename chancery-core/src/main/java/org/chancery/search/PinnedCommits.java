package org.chancery.search;

import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.store.Directory;

/**
 * Keeps an index's newest commit and the one an archive's generation names, deleting the rest: a
 * server opens the commit its generation names, which must still be there while an import commits
 * newer ones.
 */
public final class PinnedCommits extends IndexDeletionPolicy {
  private final LongSupplier pinned;

  /** Keeps the commit whose generation {@code pinned} gives (negative: none) besides the newest. */
  public PinnedCommits(LongSupplier pinned) {
    this.pinned = pinned;
  }

  @Override
  public void onInit(List<? extends IndexCommit> commits) {
    onCommit(commits);
  }

  @Override
  public void onCommit(List<? extends IndexCommit> commits) {
    long keep = pinned.getAsLong();
    for (int i = 0; i < commits.size() - 1; i++) {
      if (commits.get(i).getGeneration() != keep) commits.get(i).delete();
    }
  }

  /**
   * The commit of the index in {@code dir} whose generation is {@code generation}.
   *
   * @throws IOException if there is none (deleted, or never made)
   */
  public static IndexCommit find(Directory dir, long generation) throws IOException {
    for (IndexCommit c : DirectoryReader.listCommits(dir))
      if (c.getGeneration() == generation) return c;
    throw new IOException("no commit " + generation + " in the index at " + dir);
  }
}
