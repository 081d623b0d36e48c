package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chancery.Corpus;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.SourceNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The reader over the whole corpus: every document div becomes one document with an id of its own,
 * and no character of the text is lost. The expected side is built from a DOM of the same file,
 * walked independently of the reader.
 */
class TeiVolumeReaderCorpusTest {
  private static final String TEI = "http://www.tei-c.org/ns/1.0";

  static java.util.stream.Stream<Path> volumes() {
    return Corpus.volumes().stream();
  }

  @Test
  void readsEveryDocumentDivOnceWithUniqueIds() throws Exception {
    int total = 0;
    for (Path volume : Corpus.volumes()) {
      List<Document> docs = read(volume);
      Set<String> ids = new HashSet<>();
      docs.forEach(d -> assertTrue(ids.add(d.id()), volume + ": id " + d.id() + " given twice"));
      docs.forEach(
          d -> d.parent().ifPresent(p -> assertTrue(ids.contains(p), d.key() + ": parent " + p)));
      total += docs.size();
    }
    assertEquals(8_881, total);
  }

  @Test
  void givesASubjectOnlyToTheDocumentsThatPrintASubjectLine() throws Exception {
    Map<String, String> subjects = new TreeMap<>();
    for (Path volume : Corpus.volumes()) {
      for (Document d : read(volume)) d.subject().ifPresent(s -> subjects.put(d.key(), s));
    }
    // The Commission to Negotiate Peace's memoranda (frus1919Parisv01 d322's enclosure prints
    // one too, but it is the enclosure's) and a despatch of 1934; no other "subject:" is one.
    assertEquals(
        Map.of(
            "frus1919Parisv01/d209",
            "Organization of a division entitled the Division of Current Intelligence Summaries",
            "frus1919Parisv01/d222",
            "An interview of British newspaper correspondents with the members of the Commission",
            "frus1919Parisv01/d223",
            "Appointments of British correspondents with the commissioners",
            "frus1919Parisv01/d224",
            "List of visitors",
            "frus1919Parisv01/d227",
            "Press Office",
            "frus1919Parisv01/d320",
            "Statement regarding use of force to realize territorial ambitions",
            "frus1934v04/d425",
            "Leticia peace negotiations"),
        subjects);
  }

  @ParameterizedTest
  @MethodSource("volumes")
  void losesNoTextOfAnyDocument(Path volume) throws Exception {
    List<Document> docs = read(volume);
    List<Element> divs = documentDivs(volume);
    assertEquals(divs.size(), docs.size(), volume + ": documents");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      compare(divs.get(i), docs.get(i), failures);
    }
    assertTrue(
        failures.isEmpty(),
        failures.size() + " failures, first: " + failures.subList(0, Math.min(5, failures.size())));
  }

  private static void compare(Element div, Document doc, List<String> failures) {
    String xmlId = div.getAttributeNS(XMLConstants.XML_NS_URI, "id");
    if (!xmlId.isEmpty() && !xmlId.equals(doc.id()))
      failures.add(doc.key() + ": read where " + xmlId + " was expected");
    Parts expected = new Parts();
    collect(div, Part.BLOCKS, expected);
    Map<Part, String> actual = actual(doc);
    for (Part s : Part.values()) {
      String a = actual.get(s);
      if (!counts(expected.joined(s)).equals(counts(a)))
        failures.add(doc.key() + ": characters differ in " + s);
      int at = 0;
      for (String node : expected.nodes.get(s)) {
        int found = a.indexOf(node, at);
        if (found < 0) {
          failures.add(doc.key() + ": '" + node + "' not found in order in " + s);
          break;
        }
        at = found + node.length();
      }
    }
  }

  /** Where a text node's content goes: the blocks, the source notes or the footnotes. */
  enum Part {
    BLOCKS,
    SOURCE_NOTES,
    FOOTNOTES
  }

  /** The expected text nodes of each part, whitespace removed, in document order. */
  static final class Parts {
    final Map<Part, List<String>> nodes = new HashMap<>();

    Parts() {
      for (Part s : Part.values()) nodes.put(s, new ArrayList<>());
    }

    String joined(Part s) {
      return String.join("", nodes.get(s));
    }
  }

  // Walks the DOM: a nested document div is skipped, a note decides the part its text goes to.
  private static void collect(Node node, Part part, Parts out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        String s = squeeze(c.getNodeValue());
        if (!s.isEmpty()) out.nodes.get(part).add(s);
      } else if (c instanceof Element e && !isDocument(e)) {
        collect(e, partOf(e, part), out);
      }
    }
  }

  private static Part partOf(Element e, Part outer) {
    if (!e.getLocalName().equals("note")) return outer;
    if (e.getAttribute("type").equals("source")) return Part.SOURCE_NOTES;
    return e.hasAttribute("n") ? Part.FOOTNOTES : outer;
  }

  private static Map<Part, String> actual(Document doc) {
    StringBuilder blocks = new StringBuilder();
    for (Block b : doc.blocks()) {
      b.label().ifPresent(blocks::append);
      blocks.append(b.text());
    }
    StringBuilder sources = new StringBuilder();
    for (SourceNote s : doc.sourceNotes()) sources.append(s.text());
    StringBuilder footnotes = new StringBuilder();
    for (Footnote f : doc.footnotes()) footnotes.append(f.text());
    return Map.of(
        Part.BLOCKS,
        squeeze(blocks),
        Part.SOURCE_NOTES,
        squeeze(sources),
        Part.FOOTNOTES,
        squeeze(footnotes));
  }

  private static Map<Integer, Integer> counts(String s) {
    Map<Integer, Integer> counts = new HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }

  static String squeeze(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') b.append(c);
    }
    return b.toString();
  }

  private static List<Element> documentDivs(Path volume) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setExpandEntityReferences(false);
    f.setXIncludeAware(false);
    org.w3c.dom.Document dom = f.newDocumentBuilder().parse(volume.toFile());
    List<Element> divs = new ArrayList<>();
    var all = dom.getElementsByTagNameNS(TEI, "div");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (isDocument(e)) divs.add(e);
    }
    return divs;
  }

  private static boolean isDocument(Element e) {
    return e.getLocalName().equals("div")
        && TEI.equals(e.getNamespaceURI())
        && e.getAttribute("type").equals("document");
  }

  static List<Document> read(Path volume) throws Exception {
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader().read(volume, docs::add);
    return docs;
  }
}
