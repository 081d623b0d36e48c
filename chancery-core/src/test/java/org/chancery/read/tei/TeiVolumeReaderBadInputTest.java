package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.model.Document;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the reader cannot read on: each fails with the file, line, column and what was wrong. */
class TeiVolumeReaderBadInputTest {
  private static final String DTD_FORBIDDEN =
      "document type declarations are not allowed: external entities and entity expansion are disabled";

  @TempDir Path dir;

  @Test
  void reportsAnElementNotClosed() throws IOException {
    assertError(
        write("<TEI>\n<p>hello</div>\n</TEI>"),
        2,
        13,
        "not well-formed: element <p> is not closed (found </div>)");
  }

  @Test
  void reportsATruncatedFileAndKeepsTheDocumentsBefore() throws IOException {
    Path file =
        write(
            "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<div type='document' xml:id='d1'><p>whole</p></div>\n"
                + "<div type='document' xml:id='d2'><p>cut off he");
    List<Document> read = new ArrayList<>();
    ReadException e =
        assertThrows(ReadException.class, () -> new TeiVolumeReader().read(file, read::add));
    assertEquals(
        new ParseError(
            file.toString(), 3, 47, "truncated: the file ends before element <p> is closed"),
        e.error());
    assertEquals(List.of("d1"), read.stream().map(Document::id).toList());
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    assertError(write(""), 1, 1, "file is empty");
  }

  @Test
  void reportsAFileOfBlanks() throws IOException {
    assertError(write("\n\n  "), 3, 3, "not XML: the file ends before any element");
  }

  @Test
  void reportsAFileThatIsNotXml() throws IOException {
    assertError(
        write("Hello, this is not XML.\n"), 1, 1, "not XML: found 'H' where '<' was expected");
  }

  @Test
  void reportsLatin1BytesInAUtf8File() throws IOException {
    Path file = dir.resolve("latin1.xml");
    Files.write(
        file,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI>\n<p>café au lait</p>\n</TEI>"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertError(
        file,
        3,
        7,
        "not valid UTF-8: byte 0xE9 cannot be read as UTF-8 (is the file Latin-1 or Windows-1252?)");
  }

  @Test
  void refusesADoctypeWithAnExternalEntityWithoutFetchingIt() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    Path file =
        write(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + "<TEI xmlns='http://www.tei-c.org/ns/1.0'><div type='document'><p>&x;</p></div></TEI>");
    List<Document> read = new ArrayList<>();
    ReadException e =
        assertThrows(ReadException.class, () -> new TeiVolumeReader().read(file, read::add));
    assertEquals(new ParseError(file.toString(), 2, 1, DTD_FORBIDDEN), e.error());
    assertEquals(List.of(), read);
  }

  @Test
  void refusesBillionLaughs() throws IOException {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      xml.append(" <!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    xml.append("]>\n<lolz>&lol9;</lolz>");
    assertError(write(xml.toString()), 2, 1, DTD_FORBIDDEN);
  }

  @Test
  void reportsAnEntityThatIsNotDefined() throws IOException {
    assertError(
        write("<TEI>\n<p>a&nbsp;b</p></TEI>"),
        2,
        10,
        "entity '&nbsp;' is not defined: entity references are not expanded");
  }

  @Test
  void saysNoStackTraceInTheMessage() throws IOException {
    Path file = write("<TEI><p></TEI>");
    ReadException e =
        assertThrows(ReadException.class, () -> new TeiVolumeReader().read(file, d -> {}));
    assertEquals(e.error().toString(), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("volume.xml"), content);
  }

  private static void assertError(Path file, int line, int column, String message) {
    ReadException e =
        assertThrows(ReadException.class, () -> new TeiVolumeReader().read(file, d -> {}));
    assertEquals(new ParseError(file.toString(), line, column, message), e.error());
  }
}
