package org.chancery.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A field a user can name in a query ({@code sender:Henderson}), the index fields it searches, and
 * how the query help describes it: the help of {@code chancery search} and of the reading room are
 * made from this list.
 */
public enum QueryField {
  /** No field named: the document's text. */
  TEXT("", IndexSchema.TEXT, "the text", "Chaco"),
  SENDER("sender", IndexSchema.SENDER, "the sender's role and name", "sender:Henderson"),
  RECIPIENT(
      "recipient",
      IndexSchema.RECIPIENT,
      "the recipient's role and name",
      "recipient:\"Secretary of State\""),
  TYPE("type", IndexSchema.TYPE, "the type (telegram, note, editorial-note...)", "type:despatch"),
  FILE("file", IndexSchema.FILE, "a Decimal File number or its start", "file:861.*"),
  SERIAL("serial", IndexSchema.SERIAL, "the sender's serial number", "serial:131"),
  PLACE("place", IndexSchema.PLACE, "where it was written", "place:Moscow"),
  VOLUME("volume", IndexSchema.VOLUME, "the volume's id", "volume:frus1934v04"),
  CLASS("class", IndexSchema.FILE_CLASS_CODE, "a Decimal File class, 0 to 9", "class:8"),
  COUNTRY("country", IndexSchema.COUNTRY, "a country its file numbers name", "country:Bolivia"),
  SUBJECT(
      "subject",
      List.of(IndexSchema.PRINTED_SUBJECT, IndexSchema.SUBJECT),
      "the subject it prints or its file numbers name",
      "subject:military"),
  PERSON(
      "person", IndexSchema.PERSON, "anyone identified, by name or POCOM id", "person:Coulondre"),
  CLASSIFICATION(
      "classification",
      IndexSchema.CLASSIFICATION,
      "the source note's classification",
      "classification:secret"),
  PRECEDENCE(
      "precedence",
      IndexSchema.PRECEDENCE,
      "the precedence its source note gives",
      "precedence:niact"),
  ARCHIVE(
      "archive",
      IndexSchema.ARCHIVE,
      "the archive its source note cites",
      "archive:\"National Archives\""),
  PARTICIPANT(
      "participant",
      IndexSchema.PARTICIPANT,
      "a conversation's participant",
      "participant:\"Mr. Sanger\""),
  /** The POCOM id of the identified sender: {@code sent:lansing-robert}. */
  SENT("sent", IndexSchema.SENDER_PERSON, "the sender's POCOM id", "sent:lansing-robert"),
  /** The POCOM id of the identified recipient: {@code received:lansing-robert}. */
  RECEIVED(
      "received",
      IndexSchema.RECIPIENT_PERSON,
      "the recipient's POCOM id",
      "received:hull-cordell"),
  /** The POCOM id of a person the editors identify in the text: {@code mentioned:...}. */
  MENTIONED(
      "mentioned",
      IndexSchema.MENTIONED_PERSON,
      "a person identified in it, by POCOM id",
      "mentioned:hull-cordell");

  private final String userName;
  private final List<IndexField> fields;
  private final String description;
  private final String example;

  QueryField(String userName, IndexField field, String description, String example) {
    this(userName, List.of(field), description, example);
  }

  QueryField(String userName, List<IndexField> fields, String description, String example) {
    this.userName = userName;
    this.fields = fields;
    this.description = description;
    this.example = example;
  }

  /** The name a user types before the colon. */
  public String userName() {
    return userName;
  }

  /** The index fields searched: a clause matches a document where any of them does. */
  public List<IndexField> fields() {
    return fields;
  }

  /** What the field searches, for the help: "the sender's role and name". */
  public String description() {
    return description;
  }

  /** A query with the field, for the help: {@code sender:Henderson}. */
  public String example() {
    return example;
  }

  /** The fields a user names before a colon: all but {@link #TEXT}, in the order of the help. */
  public static List<QueryField> named() {
    return Arrays.stream(values()).filter(f -> f != TEXT).toList();
  }

  /** The field a user named, ignoring case. */
  public static Optional<QueryField> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return named().stream().filter(f -> f.userName.equals(n)).findFirst();
  }

  /** The names a user may type, for messages: "sender, recipient, ...". */
  public static String names() {
    return named().stream().map(f -> f.userName).collect(Collectors.joining(", "));
  }

  /**
   * The query help as lines of plain text: {@link QueryParser#SYNTAX}, then a line for each field a
   * user names, its name, what it searches and an example.
   */
  public static List<String> help() {
    return Stream.concat(
            Stream.of(QueryParser.SYNTAX),
            named().stream()
                .map(
                    f ->
                        String.format(
                            "  %-10s %s: %s", f.userName + ":", f.description, f.example)))
        .toList();
  }
}
