package org.chancery.search;

import static org.chancery.search.IndexField.keyword;

import java.util.List;
import org.chancery.search.IndexField.Kind;

/**
 * The index fields, declared once: the Lucene documents are built from these, and a Solr schema can
 * be generated from {@link #FIELDS}. Each line says why the field is indexed the way it is.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** {@code volume/id}: the unique key, for lookups and replacement. */
  public static final IndexField KEY = keyword("key").store();

  /**
   * The meaning of a document's own words, a unit vector of {@link
   * org.chancery.search.meaning.MeaningModel#DIMENSIONS} numbers searched by dot product (HNSW):
   * written only by an import that embeds, and only in an archive's Lucene index, so it is not one
   * of {@link #FIELDS}.
   */
  public static final String MEANING = "meaning";

  /** The volume id: re-import deletes by it; filter and facet. */
  public static final IndexField VOLUME = keyword("volume").store().faceted();

  /**
   * The document's place in the archive, its volume's and its own ({@link ReadingOrder}): in doc
   * values only, the tie-break of every sort.
   */
  public static final IndexField READING_ORDER = keyword("reading_order").as(Kind.LONG);

  /** The volume's title, shown in volume lists. */
  public static final IndexField VOLUME_TITLE = keyword("volume_title").as(Kind.STORED).store();

  /** The document id within its volume ({@code d101}). */
  public static final IndexField ID = keyword("id").store();

  /** The type label ({@code telegram}, {@code editorial note}): filter and facet. */
  public static final IndexField TYPE = keyword("type").store().faceted();

  /** The date (first day of the period printed): range filter and sort; absent when undated. */
  public static final IndexField DATE = keyword("date").as(Kind.DATE).store();

  /** The year of the date: facet. */
  public static final IndexField YEAR = keyword("year").faceted();

  /** The heading as printed (sender to recipient): shown as the title. */
  public static final IndexField TITLE = keyword("title").as(Kind.STORED).store();

  /**
   * The subject the document prints ({@code Miscellaneous Matters}), analysed: {@code subject:}
   * searches it with the file numbers' subjects; stored to be shown with the title.
   */
  public static final IndexField PRINTED_SUBJECT = keyword("printed_subject").as(Kind.TEXT).store();

  /**
   * Heading, dateline, body, footnotes and source notes ({@link org.chancery.model.SearchText}):
   * the default search field; stored for snippets (in Lucene, as the start of {@link #SOURCE}).
   */
  public static final IndexField TEXT = keyword("text").as(Kind.TEXT).store();

  /**
   * Sender role and name, analysed: {@code sender:Henderson}, {@code sender:"Minister in China"}.
   */
  public static final IndexField SENDER = keyword("sender").as(Kind.TEXT);

  /** The sender's role as printed ({@code Chargé in the Soviet Union}): facet. */
  public static final IndexField SENDER_ROLE = keyword("sender_role").store().faceted();

  /** The sender's name as printed. */
  public static final IndexField SENDER_NAME = keyword("sender_name").as(Kind.STORED).store();

  /** Recipient role and name, analysed: {@code recipient:...}. */
  public static final IndexField RECIPIENT = keyword("recipient").as(Kind.TEXT);

  /** The recipient's role as printed: facet. */
  public static final IndexField RECIPIENT_ROLE = keyword("recipient_role").store().faceted();

  /** The recipient's name as printed. */
  public static final IndexField RECIPIENT_NAME = keyword("recipient_name").as(Kind.STORED).store();

  /**
   * The volume and the key of each name printed as sender or recipient ({@code
   * frus1897/dupuydelome}): found exactly, so that a server finds a volume's other documents
   * printing a name as the import did ({@link IndexedVolumeNames}).
   */
  public static final IndexField PRINTED_PARTY = keyword("printed_party").multi();

  /** The place of writing, analysed: {@code place:Moscow}. */
  public static final IndexField PLACE = keyword("place").as(Kind.TEXT);

  /** The place of writing as printed: facet. */
  public static final IndexField PLACE_EXACT = keyword("place_exact").store().faceted();

  /**
   * Decimal File numbers, lower-cased ({@code 861.20/406}): exact or prefix ({@code file:861.*}).
   */
  public static final IndexField FILE = keyword("file").store().multi();

  /** Serial numbers, as printed and as corrected by the editors: exact. */
  public static final IndexField SERIAL = keyword("serial").store().multi();

  /** Decimal File class codes of the file numbers ({@code 8}): {@code class:8}. */
  public static final IndexField FILE_CLASS_CODE = keyword("file_class_code").multi();

  /** Decimal File classes, code and name ({@code 8 Internal Affairs of States}): facet. */
  public static final IndexField FILE_CLASS = keyword("file_class").multi().faceted();

  /** Countries the file numbers name, either party: facet. */
  public static final IndexField FILE_COUNTRY = keyword("file_country").multi().faceted();

  /** Countries the file numbers name, analysed: {@code country:Bolivia}. */
  public static final IndexField COUNTRY = keyword("country").as(Kind.TEXT).multi();

  /** Subjects the file numbers name: facet. */
  public static final IndexField FILE_SUBJECT = keyword("file_subject").multi().faceted();

  /** Subjects the file numbers name, analysed: {@code subject:military}. */
  public static final IndexField SUBJECT = keyword("subject").as(Kind.TEXT).multi();

  /** The POCOM id of the identified sender: the person index counts what people sent. */
  public static final IndexField SENDER_PERSON = keyword("sender_person").store();

  /** The POCOM id of the identified recipient. */
  public static final IndexField RECIPIENT_PERSON = keyword("recipient_person").store();

  /**
   * POCOM ids of people the editors identify in the text (footnotes, List of Principal Persons),
   * and of the participants of a conversation identified.
   */
  public static final IndexField MENTIONED_PERSON = keyword("mentioned_person").multi();

  /**
   * Names and ids of every person identified (sender, recipient, mentioned), analysed: {@code
   * person:Coulondre}.
   */
  public static final IndexField PERSON = keyword("person").as(Kind.TEXT).multi();

  /** Names of every person identified: facet. */
  public static final IndexField PERSON_NAME = keyword("person_name").multi().faceted();

  /** The security classification its source notes give ({@code secret}): filter and facet. */
  public static final IndexField CLASSIFICATION = keyword("classification").multi().faceted();

  /** The telegram's precedence its source notes give ({@code niact}): filter and facet. */
  public static final IndexField PRECEDENCE = keyword("precedence").multi().faceted();

  /** The archive its source notes cite ({@code National Archives}): filter and facet. */
  public static final IndexField ARCHIVE = keyword("archive").multi().faceted();

  /** The participants of a conversation, by name or role as listed: filter and facet. */
  public static final IndexField PARTICIPANT = keyword("participant").multi().faceted();

  /**
   * Sender and recipient as an {@link Exchange} (each the person identified, else the office):
   * facet, counted for correspondence networks and a person's correspondents.
   */
  public static final IndexField CORRESPONDENCE = keyword("correspondence").faceted();

  /**
   * The whole document as {@link org.chancery.search.DocumentCodec} bytes: pages and exports read
   * it back, snippets its search text.
   */
  public static final IndexField SOURCE = keyword("source").as(Kind.BINARY).store();

  /** Every field, in the order above. */
  public static final List<IndexField> FIELDS =
      List.of(
          KEY,
          VOLUME,
          READING_ORDER,
          VOLUME_TITLE,
          ID,
          TYPE,
          DATE,
          YEAR,
          TITLE,
          PRINTED_SUBJECT,
          TEXT,
          SENDER,
          SENDER_ROLE,
          SENDER_NAME,
          RECIPIENT,
          RECIPIENT_ROLE,
          RECIPIENT_NAME,
          PRINTED_PARTY,
          PLACE,
          PLACE_EXACT,
          FILE,
          SERIAL,
          FILE_CLASS_CODE,
          FILE_CLASS,
          FILE_COUNTRY,
          COUNTRY,
          FILE_SUBJECT,
          SUBJECT,
          SENDER_PERSON,
          RECIPIENT_PERSON,
          MENTIONED_PERSON,
          PERSON,
          PERSON_NAME,
          CORRESPONDENCE,
          CLASSIFICATION,
          PRECEDENCE,
          ARCHIVE,
          PARTICIPANT,
          SOURCE);

  /** The fields counted as facets. */
  public static List<IndexField> facets() {
    return FIELDS.stream().filter(IndexField::facet).toList();
  }
}
