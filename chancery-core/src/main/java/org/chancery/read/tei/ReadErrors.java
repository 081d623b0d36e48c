package org.chancery.read.tei;

import com.ctc.wstx.exc.WstxEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.chancery.read.ParseError;

/** Says in plain words what the XML parser found wrong with a file, and where. */
final class ReadErrors {
  private static final Pattern CLOSE_TAG =
      Pattern.compile("Unexpected close tag </([^>]*)>; expected </([^>]*)>");
  private static final Pattern EOF_IN_ELEMENT =
      Pattern.compile("Unexpected EOF; was expecting a close tag for element <([^>]*)>");
  private static final Pattern PROLOG_CHAR =
      Pattern.compile("Unexpected character '(.)' \\(code \\d+\\) in prolog");
  private static final Pattern UNDECLARED =
      Pattern.compile("Undeclared general entity \"([^\"]*)\"");

  private ReadErrors() {}

  /** The error the parser reported, as a {@link ParseError}; an I/O failure is rethrown. */
  static ParseError describe(Path file, XMLStreamException e) throws IOException {
    if (e.getNestedException() instanceof CharConversionException
        || e.getCause() instanceof CharConversionException) {
      return notUtf8(file);
    }
    if (e.getNestedException() instanceof IOException io) throw io;
    Location l = e.getLocation();
    int line = l == null ? 1 : Math.max(1, l.getLineNumber());
    // At the end of the file the parser gives the column of the last character; the error is after
    // it.
    int after = e instanceof WstxEOFException ? 1 : 0;
    int column = l == null ? 1 : Math.max(1, l.getColumnNumber() + after);
    return new ParseError(file.toString(), line, column, plain(firstLine(e.getMessage())));
  }

  static String plain(String message) {
    Matcher m = CLOSE_TAG.matcher(message);
    if (m.find())
      return "not well-formed: element <"
          + m.group(2)
          + "> is not closed (found </"
          + m.group(1)
          + ">)";
    m = EOF_IN_ELEMENT.matcher(message);
    if (m.find()) return "truncated: the file ends before element <" + m.group(1) + "> is closed";
    if (message.startsWith("Unexpected EOF in prolog"))
      return "not XML: the file ends before any element";
    if (message.startsWith("Unexpected EOF"))
      return "truncated: the file ends too early (" + lower(message) + ")";
    m = PROLOG_CHAR.matcher(message);
    if (m.find()) return "not XML: found '" + m.group(1) + "' where '<' was expected";
    m = UNDECLARED.matcher(message);
    if (m.find())
      return "entity '&" + m.group(1) + ";' is not defined: entity references are not expanded";
    return "not well-formed: " + lower(message);
  }

  // The first byte that is not UTF-8, found by decoding the file again.
  static ParseError notUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return new ParseError(file.toString(), 1, 1, "not valid in its declared encoding");
    }
    out.flip();
    int bad = bytes[in.position()] & 0xFF;
    String message =
        String.format(
            Locale.ROOT,
            "not valid UTF-8: byte 0x%02X cannot be read as UTF-8 (is the file Latin-1 or Windows-1252?)",
            bad);
    return new ParseError(file.toString(), line(out), column(out), message);
  }

  private static int line(CharBuffer read) {
    int line = 1;
    for (int i = 0; i < read.limit(); i++) {
      if (read.get(i) == '\n') line++;
    }
    return line;
  }

  // Columns count characters from 1, a byte-order mark not included.
  private static int column(CharBuffer read) {
    int start = read.limit();
    while (start > 0 && read.get(start - 1) != '\n') start--;
    int bom = start == 0 && read.limit() > 0 && read.get(0) == '\uFEFF' ? 1 : 0;
    return read.limit() - start - bom + 1;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    String s = (nl < 0 ? message : message.substring(0, nl)).strip();
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
