package org.chancery.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.ZkMaintenanceUtils;
import org.apache.solr.common.cloud.ZkStateReader;
import org.chancery.search.IndexField;
import org.chancery.search.IndexSchema;

/**
 * The Solr configset of a Chancery collection, generated from {@link IndexSchema#FIELDS} so that
 * the Solr schema and the Lucene documents cannot drift apart: {@code schema.xml} (one Solr field
 * per index field, read by the classic, immutable schema factory), {@code solrconfig.xml} and the
 * stop words of the text analyzer.
 */
public final class SolrSchema {
  /** The file names of a configset. */
  public static final String SCHEMA = "schema.xml";

  public static final String CONFIG = "solrconfig.xml";

  public static final String STOP_WORDS = "stopwords_en.txt";

  /**
   * The Solr field that holds the date as printed ({@code 1934-04}), next to the day in {@link
   * IndexSchema#DATE}.
   */
  public static final String DATE_PRINTED = IndexSchema.DATE.name() + "_printed";

  /**
   * The document's position in its volume, in reading order: an internal field of this backend, not
   * in {@link IndexSchema#FIELDS} (the Lucene index keeps that order as its own). {@link
   * SolrSearchBackend#forEachDocument} reads in this order, as the linker needs ("supra" is the
   * document before).
   */
  public static final String POSITION = "_position";

  /**
   * The unique key of a Solr document: the document's key and its version tag, so that a volume's
   * new version is written beside the old one, not over it.
   */
  public static final String ID = "_id";

  /** The version tag of the import that wrote a document ({@link CollectionGenerations}). */
  public static final String TAG = "_tag";

  /**
   * Which stored file a document of a collection's links store holds a part of ({@link LinkFiles}):
   * its path, size and checksum.
   */
  static final String FILE = "_file";

  /** The number of the part of a file ({@link #FILE}) that a links-store document holds. */
  static final String PART = "_part";

  /** The bytes of a part of a file, or of a generation's list of files ({@link LinkFiles}). */
  static final String DATA = "_data";

  /** The field type of analysed text. */
  static final String TEXT_TYPE = "text_historian";

  /** One stage of an analysis chain: the factory's SPI name and its arguments. */
  public record Stage(String name, Map<String, String> args) {
    public Stage {
      args = Map.copyOf(args);
    }
  }

  /**
   * The analysis chain of {@link #TEXT_TYPE}: the tokenizer, then the filters, as in {@link
   * org.chancery.search.HistorianAnalyzer} (Unicode words, possessives dropped, lower case, accents
   * folded, English stop words, Porter stems).
   */
  public static final List<Stage> TEXT_CHAIN =
      List.of(
          new Stage("standard", Map.of()),
          new Stage("englishPossessive", Map.of()),
          new Stage("lowercase", Map.of()),
          new Stage("asciiFolding", Map.of()),
          new Stage("stop", Map.of("words", STOP_WORDS, "ignoreCase", "false")),
          new Stage("porterStem", Map.of()));

  private SolrSchema() {}

  /**
   * Writes the configset into {@code dir} (created if missing), replacing its files.
   *
   * @return the files written
   */
  public static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(dir.resolve(SCHEMA), schemaXml(), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve(CONFIG), SolrConfig.XML, StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve(STOP_WORDS), stopWords(), StandardCharsets.UTF_8));
    return written;
  }

  /**
   * Uploads the configset in {@code dir} ({@link #write}) to the ZooKeeper of {@code client}'s
   * cluster as {@code name}, replacing one of that name.
   */
  public static void upload(CloudSolrClient client, Path dir, String name) throws IOException {
    ZkMaintenanceUtils.uploadToZK(
        ZkStateReader.from(client).getZkClient(),
        dir,
        ZkMaintenanceUtils.CONFIGS_ZKNODE + "/" + name,
        ZkMaintenanceUtils.UPLOAD_FILENAME_EXCLUDE_PATTERN);
  }

  /** The English stop words of the analyzer, one a line, sorted. */
  static String stopWords() {
    TreeSet<String> words = new TreeSet<>();
    for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) words.add(new String((char[]) w));
    return "# English stop words, as org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET\n"
        + String.join("\n", words)
        + "\n";
  }

  /** The text of {@code schema.xml}. */
  public static String schemaXml() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append(
        "<!-- Generated by 'chancery solr configset' from org.chancery.search.IndexSchema.FIELDS: do not edit. -->\n");
    x.append("<schema name=\"chancery\" version=\"1.6\">\n");
    x.append("  <uniqueKey>").append(ID).append("</uniqueKey>\n\n");
    types(x);
    x.append(
        "\n  <field name=\"_version_\" type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"/>\n");
    x.append("  <field name=\"").append(ID).append("\"");
    // Doc values: the cursor of forEachDocument breaks ties on the unique key.
    attrs(x, "string", true, true, true);
    x.append("/>\n  <field name=\"").append(TAG).append("\"");
    attrs(x, "string", true, false, false);
    x.append("/>\n");
    // The links store's own fields (LinkFiles): a collection of this configset holds either
    // documents or the files of their links, never both.
    x.append("  <field name=\"").append(FILE).append("\"");
    attrs(x, "string", true, false, false);
    x.append("/>\n  <field name=\"").append(PART).append("\"");
    attrs(x, "plong", false, true, true);
    x.append("/>\n  <field name=\"").append(DATA).append("\"");
    attrs(x, "binary", false, true, false);
    x.append("/>\n");
    x.append("  <field name=\"")
        .append(POSITION)
        .append("\" type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"")
        .append(" useDocValuesAsStored=\"false\"/>\n");
    for (IndexField f : IndexSchema.FIELDS) field(x, f);
    x.append("</schema>\n");
    return x.toString();
  }

  private static void types(StringBuilder x) {
    x.append("  <fieldType name=\"string\" class=\"solr.StrField\" sortMissingLast=\"true\"/>\n");
    x.append(
        "  <fieldType name=\"plong\" class=\"solr.LongPointField\" sortMissingLast=\"true\"/>\n");
    x.append(
        "  <fieldType name=\"pdate\" class=\"solr.DatePointField\" sortMissingLast=\"true\"/>\n");
    x.append("  <fieldType name=\"binary\" class=\"solr.BinaryField\"/>\n");
    // No gap between the values of a multi-valued field, as in the Lucene analyzer.
    x.append("  <fieldType name=\"")
        .append(TEXT_TYPE)
        .append("\" class=\"solr.TextField\" positionIncrementGap=\"0\">\n");
    x.append("    <analyzer>\n");
    for (int i = 0; i < TEXT_CHAIN.size(); i++) {
      Stage s = TEXT_CHAIN.get(i);
      x.append("      <")
          .append(i == 0 ? "tokenizer" : "filter")
          .append(" name=\"")
          .append(s.name())
          .append('"');
      new java.util.TreeMap<>(s.args())
          .forEach((k, v) -> x.append(' ').append(k).append("=\"").append(v).append('"'));
      x.append("/>\n");
    }
    x.append("    </analyzer>\n");
    x.append("  </fieldType>\n");
  }

  private static void field(StringBuilder x, IndexField f) {
    x.append("  <field name=\"").append(f.name()).append('"');
    switch (f.kind()) {
      // Exact tokens; doc values where counted (facets) or sorted on (the key, the tie-break).
      case KEYWORD -> attrs(x, "string", true, f.stored(), f.facet() || f.equals(IndexSchema.KEY));
      // Analysed; stored text keeps offsets in the postings, for the unified highlighter.
      case TEXT -> {
        attrs(x, TEXT_TYPE, true, f.stored(), false);
        if (f.stored()) x.append(" storeOffsetsWithPositions=\"true\"");
      }
      // The day, for range filters and sorting (undated last); the date as printed in DATE_PRINTED.
      case DATE -> attrs(x, "pdate", true, false, true);
      case LONG -> attrs(x, "plong", true, f.stored(), true);
      case STORED -> attrs(x, "string", false, true, false);
      case BINARY -> attrs(x, "binary", false, true, false);
    }
    if (f.multiValued()) x.append(" multiValued=\"true\"");
    x.append("/>\n");
    if (f.kind() == IndexField.Kind.DATE) {
      x.append("  <field name=\"").append(f.name()).append("_printed\"");
      attrs(x, "string", false, true, false);
      x.append("/>\n");
    }
  }

  private static void attrs(
      StringBuilder x, String type, boolean indexed, boolean stored, boolean docValues) {
    x.append(" type=\"")
        .append(type)
        .append("\" indexed=\"")
        .append(indexed)
        .append("\" stored=\"")
        .append(stored)
        .append("\" docValues=\"")
        .append(docValues)
        .append('"');
    if (docValues && !stored) x.append(" useDocValuesAsStored=\"false\"");
  }
}
