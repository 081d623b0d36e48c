package org.chancery.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document as the index keeps it: its metadata and searchable text, enough to show it in a list
 * and to resolve references to it.
 *
 * @param date the date in ISO form, as precise as printed
 * @param fileNumbers the Decimal File numbers, lower-cased
 * @param serials the serial numbers, as printed and as corrected
 * @param text the heading, dateline, body, footnotes and source notes as plain text
 */
public record IndexedDocument(
    String key,
    String volume,
    String id,
    String title,
    Optional<String> date,
    String type,
    Optional<String> senderRole,
    Optional<String> senderName,
    Optional<String> recipientRole,
    Optional<String> recipientName,
    Optional<String> place,
    List<String> fileNumbers,
    List<String> serials,
    String text) {
  public IndexedDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    fileNumbers = List.copyOf(fileNumbers);
    serials = List.copyOf(serials);
    Objects.requireNonNull(text, "text");
  }
}
