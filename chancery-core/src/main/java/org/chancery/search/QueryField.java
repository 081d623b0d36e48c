package org.chancery.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A field a user can name in a query ({@code sender:Henderson}), and the index field it searches.
 */
public enum QueryField {
  /** No field named: the document's text. */
  TEXT("", IndexSchema.TEXT),
  SENDER("sender", IndexSchema.SENDER),
  RECIPIENT("recipient", IndexSchema.RECIPIENT),
  TYPE("type", IndexSchema.TYPE),
  FILE("file", IndexSchema.FILE),
  SERIAL("serial", IndexSchema.SERIAL),
  PLACE("place", IndexSchema.PLACE),
  VOLUME("volume", IndexSchema.VOLUME),
  CLASS("class", IndexSchema.FILE_CLASS_CODE),
  COUNTRY("country", IndexSchema.COUNTRY),
  SUBJECT("subject", IndexSchema.SUBJECT),
  PERSON("person", IndexSchema.PERSON),
  /** The POCOM id of the identified sender: {@code sent:lansing-robert}. */
  SENT("sent", IndexSchema.SENDER_PERSON),
  /** The POCOM id of the identified recipient: {@code received:lansing-robert}. */
  RECEIVED("received", IndexSchema.RECIPIENT_PERSON);

  private final String userName;
  private final IndexField field;

  QueryField(String userName, IndexField field) {
    this.userName = userName;
    this.field = field;
  }

  /** The name a user types before the colon. */
  public String userName() {
    return userName;
  }

  /** The index field searched. */
  public IndexField field() {
    return field;
  }

  /** The field a user named, ignoring case. */
  public static Optional<QueryField> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f != TEXT && f.userName.equals(n)).findFirst();
  }

  /** The names a user may type, for messages: "sender, recipient, ...". */
  public static String names() {
    return Arrays.stream(values())
        .filter(f -> f != TEXT)
        .map(f -> f.userName)
        .collect(Collectors.joining(", "));
  }
}
