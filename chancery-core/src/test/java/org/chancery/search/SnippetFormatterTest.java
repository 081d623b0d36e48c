package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetFormatterTest {
  @Test
  void escapesMarkupAndFoldsWhitespaceRunsIntoOneSpace() {
    StringBuilder sb = new StringBuilder();
    String content = "  Reference my 117,\n\t June 13 <b> & \"Red\"  Army ";
    SnippetFormatter.text(sb, content, 0, content.length());
    assertEquals("Reference my 117, June 13 &lt;b&gt; &amp; &quot;Red&quot; Army ", sb.toString());
  }

  @Test
  void appendsOnlyTheRangeAskedFor() {
    StringBuilder sb = new StringBuilder("… ");
    String content = "Telegram 131. Moscow, June 14";
    SnippetFormatter.text(sb, content, 9, 13);
    assertEquals("… 131.", sb.toString());
    SnippetFormatter.text(sb, content, 13, 9);
    assertEquals("… 131.", sb.toString());
  }
}
