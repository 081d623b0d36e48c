package org.chancery.read.tei;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.Volume;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;
import org.chancery.read.tei.DocumentBuilder.Field;

/**
 * One pass over one volume: turns the parser's events into documents, handed to the sink as each
 * outermost document ends (a document printed inside another follows it).
 */
final class VolumeParser {
  static final String DTD_FORBIDDEN =
      "document type declarations are not allowed: external entities and entity expansion are disabled";

  private static final String FRUS_NS = "http://history.state.gov/frus/ns/1.0";

  private final XMLStreamReader r;
  private final String file;
  private final String stem;
  private final Consumer<Document> sink;
  private final Problems problems;
  private final DocumentIds ids = new DocumentIds();
  private final ArrayDeque<DocumentBuilder> docs = new ArrayDeque<>();
  private final ArrayDeque<String> divIds = new ArrayDeque<>();
  private final ArrayDeque<Element> open = new ArrayDeque<>();
  private final PersonsList persons = new PersonsList();
  private final TermsList terms = new TermsList();
  private String xmlId;
  private String volumeId;
  private String title;
  private TextBuffer titleText;
  private Optional<String> page = Optional.empty();
  private int depth;
  private int documents;

  VolumeParser(XMLStreamReader r, String file, String stem, Consumer<Document> sink) {
    this.r = r;
    this.file = file;
    this.stem = stem;
    this.sink = sink;
    this.problems = new Problems(file);
  }

  ReadSummary read() throws XMLStreamException, ReadException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == START_ELEMENT) start();
      else if (event == END_ELEMENT) end();
      else if (event == CHARACTERS || event == CDATA || event == SPACE) text();
      else if (event == DTD) throw new ReadException(error(DTD_FORBIDDEN));
    }
    Volume volume = new Volume(volumeId != null ? volumeId : stem, title != null ? title : stem);
    return new ReadSummary(volume, documents, problems.list());
  }

  private void start() {
    xmlId = r.getAttributeValue(XMLConstants.XML_NS_URI, "id");
    if (volumeId == null) volumeId = xmlId != null ? xmlId : stem;
    depth++;
    Element e = Element.of(r.getLocalName(), this);
    if (xmlId != null && !ids.see(xmlId) && e != Element.DOCUMENT)
      problem("duplicate xml:id '" + xmlId + "'");
    open.push(e.start(this));
  }

  private void end() {
    Element e = open.pop();
    DocumentBuilder d = docs.peek();
    if (d != null && d.hasCaptures()) d.endCaptures(depth);
    e.end(this);
    depth--;
  }

  private void text() {
    DocumentBuilder d = docs.peek();
    if (d != null) d.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength(), page);
    else if (titleText != null)
      titleText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    else {
      if (persons.collecting())
        persons.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      if (terms.collecting())
        terms.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }
  }

  void startDocument() {
    DocumentBuilder outer = docs.peek();
    String id = ids.assign(xmlId, nearestId());
    if (xmlId != null && !id.equals(xmlId))
      problem("duplicate xml:id '" + xmlId + "': the document is read as '" + id + "'");
    Optional<String> parent = outer == null ? Optional.empty() : Optional.of(outer.id);
    DocumentBuilder d = new DocumentBuilder(id, Optional.ofNullable(attr("n")), parent);
    d.encodedDate(EncodedDate.of(frusAttr("doc-dateTime-min"), frusAttr("doc-dateTime-max")));
    docs.push(d);
    divIds.push(id);
  }

  void endDocument() {
    divIds.pop();
    DocumentBuilder d = docs.pop();
    Document doc = d.build(volumeId);
    DocumentBuilder outer = docs.peek();
    if (outer != null) {
      outer.adopt(doc, d.descendants());
      return;
    }
    emit(doc);
    d.descendants().forEach(this::emit);
  }

  void startDiv() {
    divIds.push(xmlId != null ? xmlId : "");
  }

  void endDiv() {
    divIds.pop();
  }

  void pageBreak() {
    String n = attr("n");
    if (n == null) return;
    page = Optional.of(n);
    if (doc() != null) doc().blocks.pageBreak(n, Optional.ofNullable(xmlId));
  }

  /**
   * A {@code date} in the document's own dateline: the first with a readable {@code @when} is its
   * date; one that gives a span of hours within a day instead ({@code @from} and {@code @to}, as a
   * conversation's "2:30–3:20 p.m."), its start.
   */
  void date() {
    doc().capture(Field.PRINTED_DATE, depth);
    String when = attr("when");
    if (when == null) when = startOfSameDay(attr("from"), attr("to"));
    if (when == null || doc().hasDate()) return;
    try {
      doc().date(DocumentDate.parse(when));
    } catch (IllegalArgumentException e) {
      problem(
          "date/@when '"
              + when
              + "' is not an ISO date (yyyy, yyyy-mm, yyyy-mm-dd or yyyy-mm-ddThh:mm):"
              + " the document's date is left out");
    }
  }

  // A span over several days or months is a range, not a date: only hours within one day (the
  // same first ten characters, yyyy-mm-dd) stand for the moment the meeting began.
  private static String startOfSameDay(String from, String to) {
    if (from == null || to == null || from.length() < 16 || to.length() < 10) return null;
    return from.regionMatches(0, to, 0, 10) ? from : null;
  }

  /**
   * A {@code persName} or {@code gloss} typed from or to: in the document's own heading, a party.
   */
  void party(Field field) {
    DocumentBuilder d = doc();
    if (d.heads == 0 || d.blocks.attachment() > 0 || d.redirected()) return;
    d.capture(field, depth);
    if (field == Field.SENDER_NAME) d.senderRef(attr("corresp"));
    if (field == Field.RECIPIENT_NAME) d.recipientRef(attr("corresp"));
  }

  /**
   * A {@code persName} with a {@code corresp}: in the blocks' text, marked with the entry it points
   * to. Returns whether a mark was begun, to be ended with the element.
   */
  boolean personName() {
    DocumentBuilder d = doc();
    Optional<String> ref = DocumentFacts.ref(attr("corresp"));
    if (ref.isEmpty() || d.redirected()) return false;
    Optional<PersonsList.Entry> entry = persons.entry(ref.get());
    d.blocks.startPersonName(
        ref.get(),
        entry.map(PersonsList.Entry::listed),
        entry.flatMap(PersonsList.Entry::description),
        entry.map(persons::sole).orElse(false));
    return true;
  }

  PersonsList persons() {
    return persons;
  }

  /**
   * A {@code gloss} with a {@code target}: the document uses the term of the list of abbreviations
   * it points to, if this volume lists it.
   */
  void gloss() {
    DocumentFacts.ref(attr("target")).flatMap(terms::entry).ifPresent(doc()::uses);
  }

  TermsList terms() {
    return terms;
  }

  boolean inOwnDateline() {
    DocumentBuilder d = doc();
    return d.datelines > 0 && d.blocks.attachment() == 0 && !d.redirected();
  }

  void startTitle() {
    if (title == null && titleText == null && "complete".equals(attr("type")))
      titleText = new TextBuffer();
  }

  void endTitle() {
    if (titleText == null) return;
    String t = titleText.take();
    title = t.isEmpty() ? null : t;
    titleText = null;
  }

  DocumentBuilder doc() {
    return docs.peek();
  }

  String attr(String name) {
    return r.getAttributeValue(null, name);
  }

  private String frusAttr(String name) {
    return r.getAttributeValue(FRUS_NS, name);
  }

  String xmlId() {
    return xmlId;
  }

  int depth() {
    return depth;
  }

  private String nearestId() {
    for (String id : divIds) {
      if (!id.isEmpty()) return id;
    }
    return volumeId;
  }

  private void emit(Document doc) {
    documents++;
    sink.accept(doc);
  }

  private void problem(String message) {
    Location l = r.getLocation();
    problems.add(l.getLineNumber(), l.getColumnNumber(), message);
  }

  private ParseError error(String message) {
    Location l = r.getLocation();
    return new ParseError(
        file, Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()), message);
  }
}
