package org.chancery.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.SourceNote;
import org.chancery.read.HeadingParser;
import org.chancery.read.SerialParser;
import org.chancery.read.SourceNoteParser;

/**
 * A stand-in TEI reader for the link evaluation while the real {@code TeiVolumeReader} is being
 * written on its branch: documents, heads, datelines, paragraphs, quotations, enclosures, page
 * breaks and footnotes with their targets; nested documents (frus1861) fold into their parent.
 * Test code only; the evaluation prefers the real reader as soon as it reads.
 */
final class MiniTeiReader {
  private final String volume;
  private final XMLStreamReader x;
  private String page = "";

  private MiniTeiReader(String volume, XMLStreamReader x) {
    this.volume = volume;
    this.x = x;
  }

  static void read(Path file, Consumer<Document> sink) throws IOException {
    String volume = file.getFileName().toString().replaceFirst("\\.xml$", "");
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      new MiniTeiReader(volume, f.createXMLStreamReader(in)).run(sink);
    } catch (XMLStreamException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private void run(Consumer<Document> sink) throws XMLStreamException {
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
      if (x.getLocalName().equals("pb")) page = attr("n");
      if (x.getLocalName().equals("div") && "document".equals(attr("type")) && attr("xml:id") != null) {
        sink.accept(new Doc(attr("xml:id"), attr("n")).read());
      }
    }
  }

  private String attr(String name) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      String local = x.getAttributeLocalName(i);
      String prefix = x.getAttributePrefix(i);
      String q = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
      if (q.equals(name) || (name.equals("xml:id") && local.equals("id"))) return x.getAttributeValue(i);
    }
    return null;
  }

  private final class Doc {
    final String id;
    final String n;
    final List<Block> blocks = new ArrayList<>();
    final List<Footnote> notes = new ArrayList<>();
    final List<SourceNote> sources = new ArrayList<>();
    String startPage;
    boolean textSeen;
    String place = "";
    String when;
    int attachment;
    int attachments;
    StringBuilder text;
    List<Anchor> anchors;
    Block.Kind kind;
    Block.Kind resume;
    String opener;

    Doc(String id, String n) {
      this.id = id;
      this.n = n;
      this.startPage = page;
    }

    Document read() throws XMLStreamException {
      int depth = 1;
      while (depth > 0) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (start(x.getLocalName())) depth--;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
          end(x.getLocalName());
        } else if (ev == XMLStreamConstants.CHARACTERS && text != null) {
          String s = x.getText().replaceAll("\\s+", " ");
          if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') s = s.stripLeading();
          text.append(s);
          if (!s.isBlank()) textSeen = true;
        }
      }
      return build();
    }

    // Returns true when it consumed the element whole.
    boolean start(String name) throws XMLStreamException {
      switch (name) {
        case "note" -> {
          if ("source".equals(attr("type"))) {
            sources.add(SourceNoteParser.parse(flatText()));
            return true;
          }
          note();
          return true;
        }
        case "pb" -> {
          if (!textSeen) startPage = attr("n");
          page = attr("n");
          if (text != null) anchors.add(new PageBreak(text.length(), page, Optional.empty()));
        }
        case "attachment" -> attachment = ++attachments;
        case "head" -> open(Block.Kind.HEADING, name);
        case "dateline" -> open(Block.Kind.DATELINE, name);
        case "date" -> when = when == null && attachment == 0 && kind == Block.Kind.DATELINE ? attr("when") : when;
        case "placeName" -> {
          if (attachment == 0 && kind == Block.Kind.DATELINE && place.isEmpty()) {
            place = flatText();
            text.append(place);
            return true;
          }
        }
        case "p", "item", "label", "list", "table" -> { if (text == null) open(Block.Kind.PARAGRAPH, name); }
        case "closer" -> open(Block.Kind.CLOSER, name);
        case "quote" -> {
          resume = text != null ? kind : null;
          close();
          open(Block.Kind.QUOTATION, name);
        }
        default -> { }
      }
      return false;
    }

    void end(String name) {
      switch (name) {
        case "attachment" -> attachment = 0;
        case "quote" -> {
          close();
          if (resume != null) open(resume, "p");
          resume = null;
        }
        default -> { if (name.equals(opener)) close(); }
      }
    }

    void open(Block.Kind k, String by) {
      if (text != null) close();
      text = new StringBuilder();
      anchors = new ArrayList<>();
      kind = k;
      opener = by;
    }

    void close() {
      if (text == null) return;
      String s = text.toString();
      String stripped = s.stripTrailing();
      List<Anchor> as = anchors.stream().map(a -> clamp(a, stripped.length())).toList();
      if (!stripped.isBlank() || !as.isEmpty()) blocks.add(new Block(kind, attachment, Optional.empty(), stripped, as));
      text = null;
    }

    Anchor clamp(Anchor a, int max) {
      if (a.offset() <= max) return a;
      return a instanceof FootnoteMarker m ? new FootnoteMarker(max, m.n(), m.footnoteId()) : new PageBreak(max, ((PageBreak) a).n(), Optional.empty());
    }

    void note() throws XMLStreamException {
      String nid = attr("xml:id");
      String nn = attr("n") == null ? "" : attr("n");
      List<String> targets = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (x.getLocalName().equals("ref") && attr("target") != null) targets.add(attr("target"));
        } else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        else if (ev == XMLStreamConstants.CHARACTERS) b.append(x.getText());
      }
      if (nid == null) return;
      notes.add(new Footnote(nn, nid, b.toString().replaceAll("\\s+", " ").strip(), targets));
      if (text != null) anchors.add(new FootnoteMarker(text.length(), nn, nid));
    }

    String flatText() throws XMLStreamException {
      StringBuilder b = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) depth++;
        else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        else if (ev == XMLStreamConstants.CHARACTERS) b.append(x.getText());
      }
      return b.toString().replaceAll("\\s+", " ").strip();
    }

    Document build() {
      close();
      String head = blocks.stream().filter(b -> b.attachment() == 0 && b.kind() == Block.Kind.HEADING).map(Block::text).findFirst().orElse("");
      HeadingParser.Heading h = HeadingParser.parse(head);
      List<Block> paras = blocks.stream().filter(b -> b.attachment() == 0 && b.kind() == Block.Kind.PARAGRAPH).toList();
      String first = paras.isEmpty() ? "" : paras.get(0).text();
      String second = paras.size() > 1 ? paras.get(1).text() : "";
      DocumentType type = sources.stream().map(s -> SourceNoteParser.statedType(s.text())).flatMap(Optional::stream).findFirst().orElse(DocumentType.OTHER);
      Optional<DocumentDate> date = Optional.ofNullable(when).flatMap(w -> {
        try {
          return Optional.of(DocumentDate.parse(w));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      });
      return new Document(volume, id, Optional.ofNullable(n), Optional.empty(), Optional.ofNullable(startPage).filter(s -> !s.isEmpty()),
          type, false, sources, h.sender(), h.recipient(), Optional.of(place).filter(s -> !s.isEmpty()), date, Optional.empty(),
          Optional.empty(), SerialParser.fromFirstParagraph(first, second).or(() -> SerialParser.fromHead(head)), blocks, notes,
          Optional.empty());
    }
  }
}
