package org.chancery.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.chancery.search.IndexSchema;
import org.chancery.search.Snippet;

/**
 * Highlighted snippets from Solr's unified highlighter, set up as the Lucene backend's: up to two
 * passages of about 160 characters that end at spaces, matches found from the offsets in the
 * postings, the document's beginning when nothing matches. Solr marks the matches with control
 * characters; they are read here into the {@link Snippet} the Lucene backend makes: whitespace runs
 * as one space, passages joined by an ellipsis, the matches as ranges of the text.
 *
 * <p><b>NOTE:</b> Solr does not say where a passage lies in the text, so the ellipses at the ends
 * are a guess: one before the first passage unless it starts the text (its title), one after the
 * last.
 */
final class SolrSnippets {
  private static final char OPEN = '\u0002';
  private static final char CLOSE = '\u0003';
  private static final String PRE = String.valueOf(OPEN);
  private static final String POST = String.valueOf(CLOSE);

  /** The highlighting parameters of a search. */
  static final Map<String, Object> PARAMS =
      Map.ofEntries(
          Map.entry("hl", "true"),
          Map.entry("hl.method", "unified"),
          Map.entry("hl.fl", IndexSchema.TEXT.name()),
          Map.entry("hl.requireFieldMatch", "true"),
          Map.entry("hl.snippets", "2"),
          Map.entry("hl.fragsize", "160"),
          Map.entry("hl.fragsizeIsMinimum", "false"),
          Map.entry("hl.fragAlignRatio", "0.5"),
          Map.entry("hl.bs.type", "SEPARATOR"),
          Map.entry("hl.bs.separator", " "),
          Map.entry("hl.offsetSource", "POSTINGS"),
          Map.entry("hl.defaultSummary", "true"),
          Map.entry("hl.maxAnalyzedChars", "1000000"),
          Map.entry("hl.tag.pre", PRE),
          Map.entry("hl.tag.post", POST));

  private SolrSnippets() {}

  /**
   * The snippet of the hit {@code d} (highlights are keyed by the unique key, {@link
   * SolrSchema#ID}); {@link Snippet#NONE} when there is none.
   */
  static Snippet of(QueryResponse rsp, SolrDocument d) {
    Map<String, Map<String, List<String>>> all = rsp.getHighlighting();
    Object id = d.getFirstValue(SolrSchema.ID);
    if (all == null || id == null || !all.containsKey(id.toString())) return Snippet.NONE;
    List<String> passages = all.get(id.toString()).getOrDefault(IndexSchema.TEXT.name(), List.of());
    if (passages.isEmpty()) return Snippet.NONE;
    Object title = d.getFirstValue(IndexSchema.TITLE.name());
    return format(passages, title == null ? "" : title.toString());
  }

  /** The passages as one snippet; {@code title} tells whether the first one starts the text. */
  static Snippet format(List<String> passages, String title) {
    Snippet.Builder b = new Snippet.Builder();
    for (String p : passages) {
      String line = collapse(p);
      if (!b.isEmpty()
          || title.isBlank()
          || !line.replace(PRE, "").replace(POST, "").startsWith(collapse(title)))
        b.add(Snippet.ELLIPSIS + " ");
      marked(b, line);
      b.add(" ");
    }
    return b.add(Snippet.ELLIPSIS).build();
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  // The line's text, and its matches between Solr's marks as highlights.
  private static void marked(Snippet.Builder b, String line) {
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != OPEN && c != CLOSE) continue;
      b.add(line, from, i);
      if (c == OPEN) b.open();
      else b.close();
      from = i + 1;
    }
    b.add(line, from, line.length());
  }
}
