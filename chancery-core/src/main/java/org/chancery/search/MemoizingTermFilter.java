package org.chancery.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs a chain of filters that each look at one term alone (case, accents, stop words, stemming)
 * once per distinct word rather than once per occurrence, remembering what it made of each word.
 * The words of prose follow Zipf's law: a few thousand cover nearly every token, so most tokens
 * cost one hash lookup instead of the whole chain.
 *
 * <p>The chain must map each term to a term, or drop it, by its text alone: it may not look at
 * other attributes or neighbouring tokens. Dropped terms leave a position gap, as a stop filter
 * does. One instance per thread, like every token filter.
 */
final class MemoizingTermFilter extends FilteringTokenFilter {
  private static final char[] DROPPED = new char[0];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Memory memory = new Memory();
  private final OneTerm probe = new OneTerm();
  private final TokenStream chain;
  private final int maxWords;

  /**
   * Filters {@code input} through the chain that {@code chainOver} builds over a stream of one
   * term, remembering up to {@code maxWords} words; past that the memory starts again, so that a
   * long import never grows it without bound.
   */
  MemoizingTermFilter(TokenStream input, UnaryOperator<TokenStream> chainOver, int maxWords) {
    super(input);
    this.chain = chainOver.apply(probe);
    this.maxWords = maxWords;
  }

  @Override
  protected boolean accept() throws IOException {
    char[] form = memory.get(term.buffer(), term.length());
    if (form == null) {
      form = runChain();
      if (memory.size() >= maxWords) memory.clear();
      memory.put(Arrays.copyOf(term.buffer(), term.length()), form);
    }
    if (form == DROPPED) return false;
    term.copyBuffer(form, 0, form.length);
    return true;
  }

  // What the chain makes of the current term alone.
  private char[] runChain() throws IOException {
    probe.set(term.buffer(), term.length());
    chain.reset();
    char[] form = DROPPED;
    if (chain.incrementToken()) form = Arrays.copyOf(probe.term.buffer(), probe.term.length());
    chain.end();
    return form;
  }

  /** A stream of a single term, fed to the chain. */
  private static final class OneTerm extends TokenStream {
    final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean pending;

    void set(char[] buffer, int length) {
      term.copyBuffer(buffer, 0, length);
      pending = true;
    }

    @Override
    public boolean incrementToken() {
      if (!pending) return false;
      pending = false;
      return true;
    }
  }

  /**
   * Words and what the chain made of them: an open-addressing table probed linearly, which costs a
   * third of Lucene's CharArrayMap per lookup (that one compares by code point).
   */
  private static final class Memory {
    private char[][] words = new char[1 << 12][];
    private char[][] forms = new char[1 << 12][];
    private int size;

    char[] get(char[] buffer, int length) {
      int mask = words.length - 1;
      for (int slot = hash(buffer, length) & mask; ; slot = (slot + 1) & mask) {
        char[] w = words[slot];
        if (w == null) return null;
        if (Arrays.equals(w, 0, w.length, buffer, 0, length)) return forms[slot];
      }
    }

    void put(char[] word, char[] form) {
      if (2 * (size + 1) > words.length) grow();
      insert(word, form);
      size++;
    }

    int size() {
      return size;
    }

    void clear() {
      Arrays.fill(words, null);
      Arrays.fill(forms, null);
      size = 0;
    }

    private void insert(char[] word, char[] form) {
      int mask = words.length - 1;
      int slot = hash(word, word.length) & mask;
      while (words[slot] != null) slot = (slot + 1) & mask;
      words[slot] = word;
      forms[slot] = form;
    }

    private void grow() {
      char[][] oldWords = words;
      char[][] oldForms = forms;
      words = new char[oldWords.length * 2][];
      forms = new char[oldForms.length * 2][];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) insert(oldWords[i], oldForms[i]);
      }
    }

    private static int hash(char[] buffer, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) h = 31 * h + buffer[i];
      return h ^ (h >>> 16);
    }
  }
}
