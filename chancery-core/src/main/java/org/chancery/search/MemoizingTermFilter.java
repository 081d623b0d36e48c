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
    char[] buffer = term.buffer();
    int length = term.length();
    if (length > Memory.LONGEST) return keep(runChain());
    int hash = Memory.hash(buffer, length);
    int at = memory.find(buffer, length, hash);
    if (at < 0) {
      char[] form = runChain();
      if (memory.size() >= maxWords) memory.clear();
      at = memory.put(buffer, length, hash, form);
    }
    char[] pool = memory.pool;
    if (pool[at] == Memory.DROPPED) return false;
    term.copyBuffer(pool, at + 1, pool[at]);
    return true;
  }

  private boolean keep(char[] form) {
    if (form == null) return false;
    term.copyBuffer(form, 0, form.length);
    return true;
  }

  // What the chain makes of the current term alone; null if it drops it.
  private char[] runChain() throws IOException {
    probe.set(term.buffer(), term.length());
    chain.reset();
    char[] form = null;
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
   * Words and what the chain made of them, packed one after the other in one char array (word
   * length, word, form length or {@link #DROPPED}, form) and found through an open-addressing table
   * of hash and place, probed linearly. A known word costs two memory reads, the slot and the
   * entry, where a table of word arrays and form arrays cost four: in profiles of an import of the
   * 20 shared volumes, this filter's samples fell by a third.
   */
  private static final class Memory {
    /**
     * The longest word remembered; longer ones (rare: the tokenizer cuts at 255) go unremembered.
     */
    static final int LONGEST = 1024;

    /** The form length of a dropped word. */
    static final char DROPPED = Character.MAX_VALUE;

    char[] pool = new char[1 << 16];
    private int used;
    // Each slot: the word's hash in the high half, its place in the pool plus one in the low half;
    // 0 is an empty slot.
    private long[] slots = new long[1 << 12];
    private int size;

    /** The place in {@link #pool} of the form remembered for the word, or -1. */
    int find(char[] buffer, int length, int hash) {
      int mask = slots.length - 1;
      for (int i = hash & mask; ; i = (i + 1) & mask) {
        long slot = slots[i];
        if (slot == 0) return -1;
        if ((int) (slot >>> 32) != hash) continue;
        int at = (int) slot - 1;
        if (pool[at] == length && sameWord(at + 1, buffer, length)) return at + 1 + length;
      }
    }

    // A plain loop: words are a few letters long, shorter than Arrays.equals takes to set up.
    private boolean sameWord(int from, char[] buffer, int length) {
      char[] p = pool;
      for (int j = 0; j < length; j++) {
        if (p[from + j] != buffer[j]) return false;
      }
      return true;
    }

    /** Remembers {@code form} (null: dropped) for the word; returns where the form is kept. */
    int put(char[] buffer, int length, int hash, char[] form) {
      int formLength = form == null ? 0 : form.length;
      int need = 2 + length + formLength;
      if (used + need > pool.length)
        pool = Arrays.copyOf(pool, Math.max(2 * pool.length, used + need));
      int at = used;
      pool[at] = (char) length;
      System.arraycopy(buffer, 0, pool, at + 1, length);
      int formAt = at + 1 + length;
      pool[formAt] = form == null ? DROPPED : (char) formLength;
      if (form != null) System.arraycopy(form, 0, pool, formAt + 1, formLength);
      used += need;
      if (2 * (size + 1) > slots.length) grow();
      insert(hash, at);
      size++;
      return formAt;
    }

    int size() {
      return size;
    }

    void clear() {
      Arrays.fill(slots, 0);
      used = 0;
      size = 0;
    }

    private void insert(int hash, int at) {
      int mask = slots.length - 1;
      int i = hash & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = ((long) hash << 32) | (at + 1);
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      for (long slot : old) {
        if (slot != 0) insert((int) (slot >>> 32), (int) slot - 1);
      }
    }

    static int hash(char[] buffer, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) h = 31 * h + buffer[i];
      return h ^ (h >>> 16);
    }
  }
}
