package org.chancery.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.CRC32C;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.ZkStateReader;
import org.chancery.archive.Generation;
import org.chancery.link.LinkStore;

/**
 * The links and threads of a Solr collection, kept in the cluster beside it: a collection of their
 * own ({@code NAME}{@value #SUFFIX}, made with the same configset and replication on first use)
 * holds the files of each published generation's link commit and threads file ({@link
 * LinkStore#files}), so that a server or an importer on any machine opens the links the last import
 * made, fetching into its links folder only the files it lacks.
 *
 * <p>A file is stored under its path, size and checksum: Lucene never changes a file in place, and
 * a name written again after a crash is another file. A generation's list of files is written with
 * them, in one commit, before the generation is published; a reader that finds the list finds every
 * part. After a publish only the files of the new generation and of the one before it are kept.
 */
public final class LinkFiles {
  /** What a collection's name takes to name its links store. */
  public static final String SUFFIX = "_links";

  // A file goes in parts of at most a megabyte, so that no request grows with the archive.
  private static final int PART = 1 << 20;
  private static final String FILE_TAG = "file";
  private static final String LIST_TAG = "generation";
  private static final String FETCHING = ".fetching";

  /** A file as stored: its path in the links folder, its size and its CRC-32C. */
  record Stored(String path, long size, long checksum) {
    /** The file's identity in the store. */
    String id() {
      return path + "@" + size + "-" + Long.toHexString(checksum);
    }

    int parts() {
      return (int) Math.max(1, (size + PART - 1) / PART);
    }

    String line() {
      return path + "\t" + size + "\t" + Long.toHexString(checksum);
    }

    static Stored parse(String line) {
      String[] f = line.split("\t");
      return new Stored(f[0], Long.parseLong(f[1]), Long.parseUnsignedLong(f[2], 16));
    }

    static Stored of(Path dir, String path) throws IOException {
      Path file = dir.resolve(path);
      return new Stored(path, Files.size(file), crc(file));
    }

    /** Whether {@code dir} holds this file, the same bytes. */
    boolean isIn(Path dir) throws IOException {
      Path file = dir.resolve(path);
      return Files.isRegularFile(file) && matches(file, this);
    }
  }

  private final CloudSolrClient client;
  private final String collection;
  private final String store;
  // The generation whose files the folder was last brought to: a server asks every second.
  private volatile Optional<Generation> fetched = Optional.empty();

  /** The links store of {@code collection}, through {@code client}, which the caller closes. */
  public LinkFiles(CloudSolrClient client, String collection) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.store = collection + SUFFIX;
  }

  /** The name of the collection that holds the files. */
  public String store() {
    return store;
  }

  /**
   * Puts the links and threads of {@code g}, as {@code linksDir} holds them, into the cluster: the
   * files it does not hold yet, then their list. Call it before {@code g} is published.
   *
   * @throws IOException if the folder lacks them or the cluster cannot take them
   */
  public void store(Path linksDir, Generation g) throws IOException {
    createStore();
    List<Stored> files = new ArrayList<>();
    for (String path : LinkStore.files(linksDir, g)) files.add(Stored.of(linksDir, path));
    try {
      for (Stored f : files) if (partsStored(f) != f.parts()) upload(linksDir, f);
      SolrInputDocument list = new SolrInputDocument();
      list.setField(SolrSchema.ID, listId(g));
      list.setField(SolrSchema.TAG, LIST_TAG);
      StringBuilder text = new StringBuilder();
      files.forEach(f -> text.append(f.line()).append('\n'));
      list.setField(SolrSchema.DATA, text.toString().getBytes(StandardCharsets.UTF_8));
      client.add(store, list);
      client.commit(store);
    } catch (SolrServerException | SolrException e) {
      throw new IOException(
          "Solr collection '" + store + "': cannot store the links of generation " + g.number(), e);
    }
  }

  /**
   * Brings {@code linksDir} to the links and threads of {@code g} from the cluster, fetching the
   * files it lacks or holds otherwise.
   *
   * @return whether the folder now holds them: false where the cluster has none for {@code g} (a
   *     collection linked before its links were stored) and the folder has none either
   * @throws IOException if they cannot be fetched or written
   */
  public boolean fetch(Path linksDir, Generation g) throws IOException {
    if (fetched.equals(Optional.of(g))) return true;
    Optional<List<Stored>> files;
    try {
      files = list(g);
    } catch (IOException e) {
      // The store out of reach (its node down): a folder that holds g's commit serves on.
      if (LinkStore.holds(linksDir, g)) return true;
      throw e;
    }
    if (files.isEmpty()) return LinkStore.holds(linksDir, g);
    for (Stored f : files.get()) if (!f.isIn(linksDir)) download(linksDir, f, g);
    fetched = Optional.of(g);
    return true;
  }

  /**
   * Deletes from the store every file that neither {@code g} nor {@code before} (the generation it
   * replaced) holds.
   */
  public void prune(Generation g, Optional<Generation> before) throws IOException {
    List<Generation> kept = new ArrayList<>(List.of(g));
    before.ifPresent(kept::add);
    Set<String> lists = new LinkedHashSet<>();
    Set<String> files = new LinkedHashSet<>();
    for (Generation k : kept) {
      lists.add(listId(k));
      list(k).ifPresent(l -> l.forEach(f -> files.add(f.id())));
    }
    try {
      client.deleteByQuery(store, tagged(LIST_TAG) + " -" + anyOf(SolrSchema.ID, lists));
      client.deleteByQuery(
          store, tagged(FILE_TAG) + (files.isEmpty() ? "" : " -" + anyOf(SolrSchema.FILE, files)));
      client.commit(store);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr collection '" + store + "': cannot delete old link files", e);
    }
  }

  private static String tagged(String tag) {
    return "+" + SolrSchema.TAG + ":" + tag;
  }

  private static String anyOf(String field, Set<String> values) {
    return field
        + ":("
        + String.join(" OR ", values.stream().map(ClientUtils::escapeQueryChars).toList())
        + ")";
  }

  private static String listId(Generation g) {
    return "generation " + g.number() + " " + g.committed();
  }

  // The list of g's files, if the store holds it.
  private Optional<List<Stored>> list(Generation g) throws IOException {
    if (!storeExists()) return Optional.empty();
    SolrDocumentList found =
        query(
            new SolrQuery(SolrRequests.term(SolrSchema.ID, listId(g)))
                .setFields(SolrSchema.DATA)
                .setRows(1));
    if (found.isEmpty()) return Optional.empty();
    String text =
        new String(bytes(found.get(0).getFieldValue(SolrSchema.DATA)), StandardCharsets.UTF_8);
    return Optional.of(text.lines().map(Stored::parse).toList());
  }

  private long partsStored(Stored f) throws IOException {
    return query(new SolrQuery(SolrRequests.term(SolrSchema.FILE, f.id())).setRows(0))
        .getNumFound();
  }

  private void upload(Path dir, Stored f) throws IOException, SolrServerException {
    try (InputStream in = Files.newInputStream(dir.resolve(f.path()))) {
      for (int part = 0; part < f.parts(); part++) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrSchema.ID, f.id() + "#" + part);
        d.setField(SolrSchema.TAG, FILE_TAG);
        d.setField(SolrSchema.FILE, f.id());
        d.setField(SolrSchema.PART, (long) part);
        d.setField(SolrSchema.DATA, in.readNBytes(PART));
        client.add(store, d);
      }
    }
  }

  // Each part in turn into a scratch file beside the folder's, checked, then moved into place
  // whole.
  private void download(Path dir, Stored f, Generation g) throws IOException {
    Path target = dir.resolve(f.path());
    Path scratch = dir.resolve(FETCHING);
    Files.createDirectories(scratch);
    Files.createDirectories(target.getParent());
    Path part = Files.createTempFile(scratch, target.getFileName().toString(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        for (int i = 0; i < f.parts(); i++) {
          SolrDocumentList found =
              query(
                  new SolrQuery(SolrRequests.term(SolrSchema.ID, f.id() + "#" + i))
                      .setFields(SolrSchema.DATA)
                      .setRows(1));
          if (found.isEmpty())
            throw new IOException(
                "Solr collection '"
                    + store
                    + "': part "
                    + (i + 1)
                    + " of "
                    + f.parts()
                    + " of "
                    + f.path()
                    + " (links of generation "
                    + g.number()
                    + ") is missing");
          out.write(bytes(found.get(0).getFieldValue(SolrSchema.DATA)));
        }
      }
      if (!matches(part, f))
        throw new IOException(
            "Solr collection '"
                + store
                + "': "
                + f.path()
                + " (links of generation "
                + g.number()
                + ") does not match its checksum");
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static boolean matches(Path file, Stored f) throws IOException {
    return Files.size(file) == f.size() && crc(file) == f.checksum();
  }

  private SolrDocumentList query(SolrQuery q) throws IOException {
    try {
      return client.query(store, q).getResults();
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr collection '" + store + "': cannot read the links stored", e);
    }
  }

  private static byte[] bytes(Object value) {
    if (value instanceof byte[] b) return b;
    if (value instanceof ByteBuffer b) {
      byte[] out = new byte[b.remaining()];
      b.duplicate().get(out);
      return out;
    }
    throw new IllegalStateException("not bytes: " + value);
  }

  private static long crc(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
    }
    return crc.getValue();
  }

  private boolean storeExists() {
    return ZkStateReader.from(client).getClusterState().getCollectionOrNull(store) != null;
  }

  // Made like the documents' collection: its configset, as many copies; one shard (it is small).
  private void createStore() throws IOException {
    if (storeExists()) return;
    DocCollection docs =
        ZkStateReader.from(client).getClusterState().getCollectionOrNull(collection);
    if (docs == null) throw new IOException("no Solr collection '" + collection + "'");
    int copies = docs.getSlices().iterator().next().getReplicas().size();
    try {
      CollectionAdminRequest.createCollection(store, docs.getConfigName(), 1, copies)
          .process(client);
      ZkStateReader.from(client)
          .waitForState(
              store,
              60,
              TimeUnit.SECONDS,
              (nodes, c) ->
                  c != null && c.getActiveSlices().stream().allMatch(s -> s.getLeader() != null));
    } catch (SolrServerException | SolrException e) {
      if (storeExists()) return; // made meanwhile by another client
      throw new IOException(
          "cannot create the Solr collection '"
              + store
              + "' that keeps the links of '"
              + collection
              + "' (create it with the configset '"
              + docs.getConfigName()
              + "', one shard)",
          e);
    } catch (TimeoutException e) {
      throw new IOException("Solr collection '" + store + "' was not ready within 60 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the Solr collection '" + store + "' was made", e);
    }
  }
}
