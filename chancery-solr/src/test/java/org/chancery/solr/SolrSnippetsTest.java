package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chancery.search.Snippet;
import org.junit.jupiter.api.Test;

class SolrSnippetsTest {
  @Test
  void readsSolrsMarksIntoHighlightsOfPlainText() {
    Snippet s =
        SolrSnippets.format(
            List.of(
                " The \u0002Red\u0003 \u0002Army\u0003 &  <b>\n flag ",
                "the \u0002army\u0003 again"),
            "Telegram");
    assertEquals("… The Red Army & <b> flag … the army again …", s.text());
    assertEquals("… The [Red] [Army] & <b> flag … the [army] again …", s.marked("[", "]"));
  }

  @Test
  void aFirstPassageThatStartsWithTheTitleHasNoEllipsisBeforeIt() {
    Snippet s = SolrSnippets.format(List.of("The  Minister to \u0002Hull\u0003"), "The Minister");
    assertEquals("The Minister to [Hull] …", s.marked("[", "]"));
  }
}
