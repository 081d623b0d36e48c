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
 */
public record Hit(
    String key,
    String volume,
    String id,
    String title,
    Optional<String> subject,
    Optional<String> date,
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
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(snippet, "snippet");
  }
}
