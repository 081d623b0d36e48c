package org.chancery.solr;

import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.chancery.search.IndexSchema;

/**
 * Highlighted snippets from Solr's unified highlighter, set up as the Lucene backend's: up to two
 * passages of about 160 characters that end at spaces, matches found from the offsets in the
 * postings, the document's beginning when nothing matches. Solr marks the matches with control
 * characters; the snippet is formatted here as the Lucene backend formats it: whitespace runs as
 * one space, HTML-escaped, matches in {@code <b>…</b>}, passages joined by an ellipsis.
 *
 * <p><b>NOTE:</b> Solr does not say where a passage lies in the text, so the ellipses at the ends
 * are a guess: one before the first passage unless it starts the text (its title), one after the
 * last.
 */
final class SolrSnippets {
  private static final String PRE = "\u0002";
  private static final String POST = "\u0003";
  private static final String ELLIPSIS = "…";

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

  /** The snippet of the hit {@code key}; "" when there is none. */
  static String of(QueryResponse rsp, String key) {
    Map<String, Map<String, List<String>>> all = rsp.getHighlighting();
    if (all == null || !all.containsKey(key)) return "";
    List<String> passages = all.get(key).getOrDefault(IndexSchema.TEXT.name(), List.of());
    if (passages.isEmpty()) return "";
    return format(passages, titleOf(rsp, key));
  }

  private static String titleOf(QueryResponse rsp, String key) {
    for (var d : rsp.getResults()) {
      if (key.equals(d.getFirstValue(IndexSchema.KEY.name()))) {
        Object t = d.getFirstValue(IndexSchema.TITLE.name());
        return t == null ? "" : t.toString();
      }
    }
    return "";
  }

  /**
   * The passages as one line of HTML; {@code title} tells whether the first one starts the text.
   */
  static String format(List<String> passages, String title) {
    StringBuilder sb = new StringBuilder();
    for (String p : passages) {
      String line = collapse(p);
      boolean first = sb.length() == 0;
      if (!first
          || title.isBlank()
          || !line.replace(PRE, "").replace(POST, "").startsWith(collapse(title)))
        sb.append(ELLIPSIS).append(' ');
      escape(sb, line);
      sb.append(' ');
    }
    sb.append(ELLIPSIS);
    return sb.toString().strip();
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static void escape(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\u0002' -> sb.append("<b>");
        case '\u0003' -> sb.append("</b>");
        default -> sb.append(c);
      }
    }
  }
}
