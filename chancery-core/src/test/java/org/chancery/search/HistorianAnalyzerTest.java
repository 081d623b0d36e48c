package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.chancery.model.Document;
import org.chancery.model.SearchText;
import org.chancery.read.formats.Readers;
import org.junit.jupiter.api.Test;

class HistorianAnalyzerTest {
  /** The chain run on every token, as it was before it was memoized. */
  private static final class EveryToken extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, HistorianAnalyzer.wordChain(source));
    }
  }

  /** The memoized chain with room for only a few words, so that its memory starts again often. */
  private static final class ForgetfulAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(
          source, new MemoizingTermFilter(source, HistorianAnalyzer::wordChain, 3));
    }
  }

  @Test
  void termsPositionsAndOffsetsAreThoseOfTheChainOnEveryToken() throws Exception {
    List<Document> docs = new ArrayList<>();
    Path volume = Path.of("../samples/frus1934v04.xml");
    Readers.forFile(volume).read(volume, docs::add);
    Analyzer expected = new EveryToken();
    Analyzer memoized = new HistorianAnalyzer();
    Analyzer forgetful = new ForgetfulAnalyzer();
    long tokens = 0;
    for (Document d : docs) {
      String text = SearchText.of(d).text();
      List<String> want = tokens(expected, text);
      assertEquals(want, tokens(memoized, text), d.key());
      assertEquals(want, tokens(forgetful, text), d.key());
      tokens += want.size();
    }
    assertEquals(true, tokens > 100_000, "the volume's text is analysed: " + tokens);
  }

  @Test
  void dropsStopWordsLeavingGapsAndFoldsPossessivesCaseAndAccents() throws IOException {
    List<String> want =
        List.of(
            "depart@1[0,12]",
            "charg@1[13,19]",
            "d'affair@1[20,30]",
            "negoti@1[31,43]",
            "depart@3[53,65]",
            "charg@1[66,72]");
    String text = "Department’s Chargé d’Affaires negotiations with the Department's CHARGÉ";
    assertEquals(tokens(new EveryToken(), text), tokens(new HistorianAnalyzer(), text));
    assertEquals(want, tokens(new HistorianAnalyzer(), text));
  }

  @Test
  void wordsTooLongToRememberStillGoThroughTheChain() throws IOException {
    Analyzer memoized = wholeInput(true);
    Analyzer everyToken = wholeInput(false);
    String longWord = "Négociations".repeat(200);
    List<String> want = tokens(everyToken, longWord);
    assertEquals(1, want.size());
    assertEquals(true, want.get(0).startsWith("negociationsnegociations"), want.get(0));
    for (int pass = 0; pass < 2; pass++) {
      assertEquals(want, tokens(memoized, longWord));
      assertEquals(List.of(), tokens(memoized, "The"), "a stop word is dropped");
      assertEquals(List.of("charg@1[0,6]"), tokens(memoized, "CHARGÉ"));
    }
  }

  // The whole input as one token, so that a word can be longer than the memory keeps.
  private static Analyzer wholeInput(boolean memoized) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer source = new KeywordTokenizer(4096);
        TokenStream chain =
            memoized
                ? new MemoizingTermFilter(source, HistorianAnalyzer::wordChain, 10)
                : HistorianAnalyzer.wordChain(source);
        return new TokenStreamComponents(source, chain);
      }
    };
  }

  // Each token as term@positionIncrement[start,end].
  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream s = a.tokenStream("text", text)) {
      CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = s.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = s.addAttribute(OffsetAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        out.add(
            term
                + "@"
                + inc.getPositionIncrement()
                + "["
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + "]");
      }
      s.end();
    }
    return out;
  }
}
