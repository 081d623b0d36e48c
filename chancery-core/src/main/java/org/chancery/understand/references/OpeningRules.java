package org.chancery.understand.references;

import java.util.Optional;
import org.chancery.understand.references.Token.Type;

/**
 * The grammar's rules for the words that open a reference:
 *
 * <pre>
 * owner := your | my | our | his | their | Possessive's | Names' | Department
 * head  := qualifier* type          (circular telegraphic confidential ... telegram despatch note ...)
 * compound := Deptel | Embtel | Urtel | Mytel ...   (an owner and "telegram" in one word)
 * series := Secto | Tosec | Dulte | Tedul ...        (before a number)
 * </pre>
 */
final class OpeningRules {
  /** The kind of message a head names, and whether it is a circular. */
  record Head(MessageKind kind, boolean circular) {}

  private final TokenCursor c;

  OpeningRules(TokenCursor cursor) {
    this.c = cursor;
  }

  /**
   * Whether {@link #owner} or {@link #head} could accept the next token: a cheap test that spares
   * the rules, and the making of a Token, for the great majority of tokens, which cannot begin a
   * reference.
   */
  boolean canStart() {
    if (!c.isAt(Type.WORD)) return false;
    if (c.lastChar() == 's' && Character.isUpperCase(c.firstChar())) return true;
    if (!Vocabulary.mayOpen(c.lowerHash())) return false;
    Token w = c.peek();
    return Vocabulary.OPENERS.contains(w.lower()) || Vocabulary.DEPARTMENT.contains(w.text());
  }

  /** An owner and the head of a telegram that one word names: "Deptel", "Embtel", "urtel". */
  record Compound(Owner owner, Head head) {}

  /** The compound word at the cursor ("Deptel"), read past; empty, the cursor unmoved, if none. */
  Optional<Compound> compound() {
    if (!c.isAt(Type.WORD)) return Optional.empty();
    String w = c.peek().lower();
    Owner owner = Vocabulary.TELEGRAM_WORDS.get(w);
    if (owner == null) return Optional.empty();
    c.skip(1);
    boolean circular = Vocabulary.CIRCULAR_TELEGRAM_WORDS.contains(w);
    return Optional.of(new Compound(owner, new Head(MessageKind.TELEGRAM, circular)));
  }

  /** Whether the cursor is at "reftel", which it then reads past. */
  boolean reftel() {
    if (!c.isAt(Type.WORD) || !Vocabulary.REFTEL.contains(c.peek().lower())) return false;
    c.skip(1);
    return true;
  }

  /**
   * The lettered series named at the cursor before a number ("Secto 12"), read past; empty, the
   * cursor unmoved, where there is none.
   */
  Optional<LetteredSeries> series() {
    if (!c.isAt(Type.WORD) || !c.has(1) || !c.peek(1).is(Type.NUMBER)) return Optional.empty();
    if (!Vocabulary.SERIES.contains(c.peek().lower())) return Optional.empty();
    return LetteredSeries.named(c.next().text());
  }

  /** The owner the next words state, read past; {@link Owner#UNSTATED} where they state none. */
  Owner owner() {
    if (!c.isAt(Type.WORD)) return Owner.UNSTATED;
    Token w = c.peek();
    Optional<Owner> o =
        Optional.ofNullable(Vocabulary.OWNERS.get(w.lower())).or(() -> possessive(w));
    if (o.isPresent()) {
      c.skip(1);
      return o.get();
    }
    if (pluralPossessive(w)) {
      c.skip(2);
      return new Owner.Named(w.text());
    }
    return Owner.UNSTATED;
  }

  /** The head at the cursor, read past; empty, the cursor unmoved, where there is none. */
  Optional<Head> head() {
    return c.attempt(this::qualifiedType);
  }

  // "Department's", "Legation’s", "Wilson's", and "Department" alone before a type word.
  private Optional<Owner> possessive(Token w) {
    String s = w.text();
    boolean poss = Vocabulary.POSSESSIVE_ENDINGS.stream().anyMatch(s::endsWith);
    String base = poss ? s.substring(0, s.length() - 2) : s;
    if (Vocabulary.DEPARTMENT.contains(base)) {
      return poss || isTypeAt(1) ? Optional.of(Owner.DEPARTMENT) : Optional.empty();
    }
    if (!poss || !Character.isUpperCase(base.charAt(0))) return Optional.empty();
    // "the Consulate General's telegram": the post is both words.
    if (base.equals("General") && c.has(-1) && c.peek(-1).isWord("Consulate"))
      return Optional.of(new Owner.Named("Consulate General"));
    return Optional.of(new Owner.Named(base));
  }

  // "Mr. Phillips’ telegram": a name ending in s takes the apostrophe alone.
  private boolean pluralPossessive(Token w) {
    if (!c.has(1) || !w.text().endsWith("s") || !Character.isUpperCase(w.text().charAt(0)))
      return false;
    Token a = c.peek(1);
    return (a.isPunct('’') || a.isPunct('\''))
        && a.start() == w.end()
        && (isTypeAt(2) || isQualifierAt(2));
  }

  private Optional<Head> qualifiedType() {
    boolean circular = false;
    boolean telegraphic = false;
    while (isQualifierAt(0) && (isQualifierAt(1) || isTypeAt(1))) {
      Token q = c.next();
      circular |= q.isWord(Vocabulary.CIRCULAR);
      telegraphic |= q.isWord(Vocabulary.TELEGRAPHIC);
    }
    if (!isTypeAt(0)) return Optional.empty();
    String type = c.next().lower();
    circular |= type.startsWith("circular");
    return Optional.of(
        new Head(telegraphic ? MessageKind.TELEGRAM : Vocabulary.KINDS.get(type), circular));
  }

  private boolean isTypeAt(int ahead) {
    return c.isWordAt(ahead, Vocabulary.TYPES);
  }

  // "circular" and "cable" qualify a type word ("circular telegram") and are types on their own.
  private boolean isQualifierAt(int ahead) {
    return c.isWordAt(ahead, Vocabulary.QUALIFIERS);
  }
}
