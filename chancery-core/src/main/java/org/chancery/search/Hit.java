package org.chancery.search;

import java.util.Objects;
import java.util.Optional;

/**
 * One matching document as a result list shows it.
 *
 * <p>The snippet is {@link Snippet#NONE} when snippets were not asked for.
 *
 * @param key {@code volume/id}
 * @param subject the subject the document prints, if it prints one
 * @param date the date in ISO form, as precise as printed ({@code 1934-04-30}, {@code 1934-04})
 * @param printedDate where no ISO date was understood: the date as the document prints it, the
 *     empty string where it prints none; absent where the index does not keep this (archives
 *     written before it was kept, SolrCloud), so that only the document itself can tell
 */
public record Hit(
    String key,
    String volume,
    String id,
    String title,
    Optional<String> subject,
    Optional<String> date,
    Optional<String> printedDate,
    String type,
    float score,
    Snippet snippet) {
  public Hit {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(printedDate, "printedDate");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(snippet, "snippet");
  }
}
