package org.chancery.read.tei;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chancery.model.Document;
import org.chancery.read.DocumentReader;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;

/**
 * A TeiVolumeReader reads one FRUS TEI volume in a single streaming pass and makes a {@link
 * Document} of every {@code div[@type="document"]}.
 *
 * <p>Ids are the divs' {@code xml:id}s; a document without one (or with one already taken) gets the
 * id of the nearest enclosing document or div plus {@code -1}, {@code -2}, ... A document printed
 * inside another has {@code parent} set, is handed to the sink right after it, and its text is not
 * part of the outer document's. Blocks inside the k-th {@code frus:attachment} of a document have
 * {@code attachment} k, counted in the order the attachments begin. The received line is kept
 * without its brackets: {@code Received April 30—10:30 a.m.}
 *
 * <p>DTDs are refused before anything in them is read: no entity is ever expanded or fetched.
 */
public final class TeiVolumeReader implements DocumentReader {
  private static final XMLInputFactory FACTORY = factory();

  @Override
  public ReadSummary read(Path file, Consumer<Document> sink) throws IOException, ReadException {
    Objects.requireNonNull(sink, "sink");
    if (Files.size(file) == 0) {
      throw new ReadException(new ParseError(file.toString(), 1, 1, "file is empty"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = FACTORY.createXMLStreamReader(file.toString(), in);
      try {
        return new VolumeParser(r, file.toString(), stem(file), sink).read();
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw new ReadException(ReadErrors.describe(file, e), e);
    }
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }
}
