package org.chancery.read.tei;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.model.Abbreviation;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Footnote;
import org.chancery.model.PageBreak;
import org.chancery.model.SourceNote;
import org.chancery.read.ClosingDateline;
import org.chancery.read.SourceNoteParser;
import org.chancery.read.SubjectParser;

/**
 * One document being read: its blocks, its notes, and copies of the text the facts come from
 * (place, printed date, signature, the parties in the heading).
 *
 * <p>Source notes, footnotes and list labels redirect the text away from the blocks while they
 * last; the block structure inside them is read as plain text.
 */
final class DocumentBuilder {

  /** The pieces of text copied beside the blocks; the first of each counts. */
  enum Field {
    PLACE,
    PRINTED_DATE,
    DATELINE,
    SIGNATURE,
    SENDER_NAME,
    SENDER_ROLE,
    RECIPIENT_NAME,
    RECIPIENT_ROLE
  }

  final String id;
  final Optional<String> n;
  final Optional<String> parent;
  final BlockAssembler blocks = new BlockAssembler();
  private final ArrayDeque<TextBuffer> redirects = new ArrayDeque<>();
  private final ArrayDeque<FootnoteDraft> drafts = new ArrayDeque<>();
  private final List<SourceNote> sourceNotes = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<Capture> captures = new ArrayList<>(4);
  private final EnumMap<Field, String> copied = new EnumMap<>(Field.class);
  private final List<Document> descendants = new ArrayList<>();
  private final Map<String, Abbreviation> abbreviations = new LinkedHashMap<>();
  private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

  private Optional<String> startPage = Optional.empty();
  private boolean started;
  private Optional<DocumentDate> date = Optional.empty();
  private Optional<EncodedDate> encodedDate = Optional.empty();
  private Optional<String> senderRef = Optional.empty();
  private Optional<String> recipientRef = Optional.empty();
  private int generatedIds;
  int heads;
  int datelines;

  DocumentBuilder(String id, Optional<String> n, Optional<String> parent) {
    this.id = id;
    this.n = n;
    this.parent = parent;
  }

  /** Text read inside the document. {@code page} is the last page break seen so far. */
  void text(char[] chars, int start, int length, Optional<String> page) {
    if (!started && TextBuffer.hasText(chars, start, length)) {
      started = true;
      startPage = page;
    }
    TextBuffer target = redirects.peek();
    if (target == null) blocks.text(chars, start, length);
    else target.append(chars, start, length);
    for (int i = 0; i < captures.size(); i++) {
      Capture c = captures.get(i);
      if (c.redirect == redirects.size()) c.text.append(chars, start, length);
    }
  }

  /** Whether text now goes to a note or label rather than the blocks. */
  boolean redirected() {
    return !redirects.isEmpty();
  }

  void lineBreak() {
    if (redirected()) redirects.peek().space();
    else blocks.lineBreak();
    captureSpace();
  }

  void row() {
    if (redirected()) redirects.peek().space();
    else blocks.row();
    captureSpace();
  }

  void cell() {
    if (redirected()) redirects.peek().space();
    else blocks.cell();
    captureSpace();
  }

  // Copies read a line break, a row or a cell as a space.
  private void captureSpace() {
    for (int i = 0; i < captures.size(); i++) {
      Capture c = captures.get(i);
      if (c.redirect == redirects.size()) c.text.space();
    }
  }

  void startSourceNote() {
    redirects.push(new TextBuffer());
  }

  void endSourceNote() {
    sourceNotes.add(SourceNoteParser.parse(redirects.pop().take()));
  }

  void startFootnote(String number, String xmlId) {
    String fid = xmlId != null ? xmlId : id + "-fn" + ++generatedIds;
    if (!redirected()) blocks.footnoteMarker(number, fid);
    FootnoteDraft draft = new FootnoteDraft(number, fid);
    drafts.push(draft);
    redirects.push(draft.text);
  }

  void endFootnote() {
    redirects.pop();
    footnotes.add(drafts.pop().footnote());
  }

  /** A {@code ref/@target}: kept when inside a footnote. */
  void ref(String target) {
    if (!drafts.isEmpty() && target != null) drafts.peek().target(target);
  }

  void startLabel() {
    blocks.startLabel();
    redirects.push(new TextBuffer());
  }

  void endLabel() {
    blocks.label(redirects.pop().take());
  }

  /**
   * Copies the text of the element at depth {@code element} into {@code field}, unless copied
   * before.
   */
  void capture(Field field, int element) {
    if (copied.containsKey(field)) return;
    for (Capture c : captures) {
      if (c.field == field) return;
    }
    captures.add(new Capture(field, element, redirects.size()));
  }

  /** The element at depth {@code element} ends, and with it the copies it began. */
  void endCaptures(int element) {
    for (int i = captures.size() - 1; i >= 0; i--) {
      Capture c = captures.get(i);
      if (c.element != element) continue;
      captures.remove(i);
      String s = c.text.take();
      if (!s.isEmpty()) copied.put(c.field, s);
    }
  }

  boolean hasCaptures() {
    return !captures.isEmpty();
  }

  boolean hasDate() {
    return date.isPresent();
  }

  void date(DocumentDate d) {
    date = Optional.of(d);
  }

  /** The date encoded on the document's div, read when it starts. */
  void encodedDate(Optional<EncodedDate> d) {
    encodedDate = d;
  }

  // An encoded instant is as precise as a date gets; a dateline's @when otherwise, being what is
  // printed; the encoded day, month or year where the dateline has none.
  private Optional<DocumentDate> date() {
    if (encodedDate.filter(EncodedDate::instant).isPresent())
      return encodedDate.map(EncodedDate::date);
    return date.isPresent() ? date : encodedDate.map(EncodedDate::date);
  }

  // Documents are printed on the arabic-numbered pages of the body. Where the last page break
  // before the text was a roman one of the front matter (the body's first breaks were not seen, as
  // in an excerpt), the text began on the page before the first break inside the document.
  private Optional<String> startPage(List<Block> list) {
    if (startPage.isEmpty() || !ROMAN.matcher(startPage.get()).matches()) return startPage;
    for (Block b : list) {
      for (var a : b.anchors()) {
        if (a instanceof PageBreak p) return pageBefore(p.n()).or(() -> startPage);
      }
    }
    return startPage;
  }

  private static Optional<String> pageBefore(String n) {
    if (n.isEmpty() || n.length() > 6 || !n.chars().allMatch(Character::isDigit))
      return Optional.empty();
    int page = Integer.parseInt(n);
    return page > 1 ? Optional.of(String.valueOf(page - 1)) : Optional.empty();
  }

  void senderRef(String ref) {
    if (senderRef.isEmpty()) senderRef = DocumentFacts.ref(ref);
  }

  void recipientRef(String ref) {
    if (recipientRef.isEmpty()) recipientRef = DocumentFacts.ref(ref);
  }

  /** The text points at an entry of the list of abbreviations, here or in a note. */
  void uses(Abbreviation a) {
    abbreviations.putIfAbsent(a.id(), a);
  }

  /** A document printed inside this one, already built, with the documents inside it. */
  void adopt(Document child, List<Document> itsDescendants) {
    descendants.add(child);
    descendants.addAll(itsDescendants);
  }

  /** The documents printed inside this one, in the order they began. */
  List<Document> descendants() {
    return descendants;
  }

  Document build(String volume) {
    List<Block> list = blocks.finish();
    Optional<DocumentDate> dated = date();
    // A document without a dateline at its head may print one at its foot.
    Optional<ClosingDateline> closing =
        dated.isPresent() ? Optional.empty() : ClosingDateline.in(list);
    Optional<DocumentDate> when = dated.or(() -> closing.map(ClosingDateline::date));
    DocumentFacts facts =
        new DocumentFacts(list, sourceNotes, copied, when, senderRef, recipientRef);
    return new Document(
        volume,
        id,
        n,
        parent,
        startPage(list),
        facts.typed().type(),
        facts.typed().inferred(),
        sourceNotes,
        facts.sender(),
        facts.recipient(),
        facts.place().or(() -> closing.flatMap(ClosingDateline::place)),
        when,
        copy(Field.PRINTED_DATE).or(() -> closing.map(ClosingDateline::printedDate)),
        facts.received(),
        facts.serial(),
        list,
        footnotes,
        copy(Field.SIGNATURE),
        List.copyOf(abbreviations.values()),
        SubjectParser.of(list));
  }

  private Optional<String> copy(Field f) {
    return Optional.ofNullable(copied.get(f));
  }
}
