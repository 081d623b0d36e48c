package org.chancery.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer for prose fields: Unicode word tokens, possessives dropped, lower case, accents
 * folded ({@code Chargé} finds {@code charge}), English stop words removed (phrases keep their
 * gaps) and Porter stemming ({@code negotiations} finds {@code negotiated}).
 */
public final class HistorianAnalyzer extends Analyzer {
  // The distinct words of the 20 shared volumes are about 60,000 (before stemming).
  private static final int REMEMBERED_WORDS = 200_000;

  // Every step after the tokenizer looks at one word alone, so the chain runs once per distinct
  // word (MemoizingTermFilter): it was a quarter of the import's time, run on every token.
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(
        source, new MemoizingTermFilter(source, HistorianAnalyzer::wordChain, REMEMBERED_WORDS));
  }

  /** The steps from a token to its indexed term, each a function of the token's text alone. */
  static TokenStream wordChain(TokenStream tokens) {
    TokenStream s = new EnglishPossessiveFilter(tokens);
    s = new LowerCaseFilter(s);
    s = new ASCIIFoldingFilter(s);
    s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new PorterStemFilter(s);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
