package org.chancery.read.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.chancery.model.Document;
import org.chancery.model.Volume;
import org.chancery.read.DocumentReader;
import org.chancery.read.ParseError;
import org.chancery.read.ReadException;
import org.chancery.read.ReadSummary;

/**
 * Reads documents as printed on the published FRUS web pages, one or several to a UTF-8 file. The
 * file stands for a volume named after it; its documents get ids {@code d1}, {@code d2}, ...
 */
public final class PlainTextReader implements DocumentReader {

  @Override
  public ReadSummary read(Path file, Consumer<Document> sink) throws IOException, ReadException {
    String name = file.getFileName().toString();
    String volume = name.replaceFirst("\\.[^.]*$", "");
    List<Line> lines = lines(decode(file, Files.readAllBytes(file)));
    List<ParseError> problems = new ArrayList<>();
    TextDocumentParser parser = new TextDocumentParser(file.toString(), problems);
    List<List<Line>> docs = TextSplitter.split(lines);
    if (docs.isEmpty())
      throw new ReadException(new ParseError(file.toString(), 1, 1, "file has no text"));
    for (int i = 0; i < docs.size(); i++) {
      sink.accept(parser.parse(volume, "d" + (i + 1), docs.get(i)));
    }
    return new ReadSummary(new Volume(volume, name), docs.size(), problems);
  }

  private static List<Line> lines(String text) {
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) lines.add(new Line(i + 1, raw[i]));
    return lines;
  }

  // Strict UTF-8: a wrong encoding is named with the line and column where decoding failed.
  static String decode(Path file, byte[] bytes) throws ReadException {
    if (bytes.length == 0)
      throw new ReadException(new ParseError(file.toString(), 1, 1, "file is empty"));
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - before.lastIndexOf('\n');
      throw new ReadException(
          new ParseError(
              file.toString(),
              line,
              column,
              String.format(
                  "not valid UTF-8: byte 0x%02X cannot start or continue a character (is the file in another encoding?)",
                  bytes[in.position()] & 0xff)));
    }
    decoder.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
