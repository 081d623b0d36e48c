package org.chancery.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chancery.search.SearchResult;
import org.chancery.understand.decimal.DecodedFile;

/**
 * The file page's model: a Decimal File number or the start of one ({@code 861.20}), what the
 * reference tables make of it under each scheme its documents fall in, and one page of the
 * documents filed under it, oldest first.
 */
record FilePage(
    String prefix, List<DecodedFile> decoded, SearchResult result, int offset, int limit) {
  FilePage {
    decoded = List.copyOf(decoded);
  }

  /**
   * The page of the file a cited number is filed under: {@code /files/861.20} for {@code
   * 861.20/406}; none for a number that cannot name a page (spaces, other characters).
   */
  static Optional<String> href(String cited) {
    int slash = cited.indexOf('/');
    String file =
        (slash < 0 ? cited : cited.substring(0, slash)).strip().toLowerCase(java.util.Locale.ROOT);
    return PathParams.validFilePrefix(file) ? Optional.of("/files/" + file) : Optional.empty();
  }

  /** The query that finds the documents: {@code file:861.20*}. */
  static String query(String prefix) {
    return "file:" + prefix + "*";
  }

  /** The search page for the same documents, where facets narrow them. */
  String searchHref() {
    return "/search?q=" + URLEncoder.encode(query(prefix), StandardCharsets.UTF_8) + "&sort=date";
  }

  /** The previous page of documents, if any. */
  Optional<String> previous() {
    return offset > 0 ? Optional.of(at(Math.max(0, offset - limit))) : Optional.empty();
  }

  /** The next page of documents, if any. */
  Optional<String> next() {
    boolean more = offset + limit < result.total() && offset + limit <= SearchParams.MAX_OFFSET;
    return more ? Optional.of(at(offset + limit)) : Optional.empty();
  }

  private String at(int newOffset) {
    return "/files/" + prefix + (newOffset > 0 ? "?offset=" + newOffset : "");
  }

  /** The number of the first document shown, from 1. */
  int firstShown() {
    return result.hits().isEmpty() ? 0 : offset + 1;
  }

  /** The number of the last document shown. */
  int lastShown() {
    return offset + result.hits().size();
  }
}
