package org.chancery.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Abbreviation;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.FileNumber;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.model.Party;
import org.chancery.model.PersonName;
import org.chancery.model.Role;
import org.chancery.model.SearchText;
import org.chancery.model.Serial;
import org.chancery.model.SourceNote;

/**
 * Encodes a whole {@link Document} as compact bytes for the archive, so a page, an export or the
 * linker gets back exactly what the reader produced without the source files.
 *
 * <p><b>NOTE:</b> the first byte is the format version; bump it when the model changes. Where the
 * change only adds parts at the end, older records are still read (the parts absent); otherwise
 * raise the oldest format read, and the archive asks for a re-import rather than misreading old
 * records.
 */
public final class DocumentCodec {
  // 2: a block's anchors include persons' names (PersonName).
  // 3: the search text first, kept once: the texts of blocks, footnotes and source notes point
  // into it, and snippets read it without decoding the rest.
  // 4: the abbreviations the document uses, after the signature. A record of format 3 is read as
  // using none, which is what every volume read before had: no re-import is needed.
  // 5: a person's name says whether its listed name is the list's only entry of that name. A
  // record of format 4 reads as not known, which keeps the per-volume id it was linked with.
  // 6: the subject the document prints, after the abbreviations. A record of format 5 reads as
  // printing none: its archive is still read, and shows subjects once its volumes are imported
  // again.
  static final int VERSION = 6;
  private static final int OLDEST_READ = 3;

  private DocumentCodec() {}

  /** The document as bytes. */
  public static byte[] encode(Document d) {
    return encode(d, SearchText.of(d));
  }

  /** The document as bytes, its search text given. */
  public static byte[] encode(Document d, SearchText text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 3 * text.text().length() / 2);
    try (Out out = new Out(bytes)) {
      out.writeByte(VERSION);
      out.str(text.text());
      out.str(d.volume());
      out.str(d.id());
      out.opt(d.n());
      out.opt(d.parent());
      out.opt(d.startPage());
      out.writeByte(d.type().ordinal());
      out.writeBoolean(d.typeInferred());
      out.writeInt(d.sourceNotes().size());
      for (int i = 0; i < d.sourceNotes().size(); i++) {
        out.sourceNote(d.sourceNotes().get(i), text.sourceNote(i));
      }
      out.party(d.sender());
      out.party(d.recipient());
      out.opt(d.place());
      out.date(d.date());
      out.opt(d.printedDate());
      out.opt(d.received());
      out.serial(d.serial());
      out.writeInt(d.blocks().size());
      for (int i = 0; i < d.blocks().size(); i++) out.block(d.blocks().get(i), text.block(i));
      out.writeInt(d.footnotes().size());
      for (int i = 0; i < d.footnotes().size(); i++) {
        out.footnote(d.footnotes().get(i), text.footnote(i));
      }
      out.opt(d.signature());
      out.writeInt(d.abbreviations().size());
      for (Abbreviation a : d.abbreviations()) out.abbreviation(a);
      out.opt(d.subject());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen writing to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The document encoded in {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes are of another format version or damaged
   */
  public static Document decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /**
   * The document encoded in {@code length} bytes of {@code bytes} from {@code offset}: a doc value
   * read in place, without a copy.
   *
   * @throws IllegalArgumentException if the bytes are of another format version or damaged
   */
  public static Document decode(byte[] bytes, int offset, int length) {
    return read(bytes, offset, length, In::document);
  }

  /**
   * The search text ({@link SearchText}) of the document encoded in {@code length} bytes of {@code
   * bytes} from {@code offset}, read without decoding the rest.
   *
   * @throws IllegalArgumentException if the bytes are of another format version or damaged
   */
  public static String searchText(byte[] bytes, int offset, int length) {
    // Decoded in place, not through In: a copy of the text first doubled the cost of the snippets.
    if (length < 1 + Integer.BYTES || Byte.toUnsignedInt(bytes[offset]) != VERSION)
      return read(bytes, offset, length, In::str); // reports the version or the damage
    int size = ByteBuffer.wrap(bytes, offset + 1, Integer.BYTES).getInt();
    int start = offset + 1 + Integer.BYTES;
    if (size < 0 || size > offset + length - start)
      throw new IllegalArgumentException(
          "stored document is damaged: search text of " + size + " bytes runs past the record");
    return new String(bytes, start, size, StandardCharsets.UTF_8);
  }

  /** What is read from a record after its version. */
  private interface Reading<T> {
    T from(In in) throws IOException;
  }

  private static <T> T read(byte[] bytes, int offset, int length, Reading<T> reading) {
    try (In in = new In(bytes, offset, length)) {
      in.version();
      return reading.from(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("stored document is damaged: " + e.getMessage(), e);
    }
  }

  /** Writes the model's parts. */
  private static final class Out extends DataOutputStream {
    Out(ByteArrayOutputStream bytes) {
      super(bytes);
    }

    // A text kept in the search text is written as where it starts there and its length.
    void span(String s, int at) throws IOException {
      writeInt(at);
      if (at < 0) str(s);
      else writeInt(s.length());
    }

    void str(String s) throws IOException {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      writeInt(b.length);
      write(b);
    }

    void opt(Optional<String> s) throws IOException {
      writeBoolean(s.isPresent());
      if (s.isPresent()) str(s.get());
    }

    void strings(List<String> list) throws IOException {
      writeInt(list.size());
      for (String s : list) str(s);
    }

    void sourceNote(SourceNote s, int at) throws IOException {
      span(s.text(), at);
      writeInt(s.fileNumbers().size());
      for (FileNumber f : s.fileNumbers()) {
        str(f.number());
        opt(f.series());
      }
    }

    void party(Optional<Party> p) throws IOException {
      writeBoolean(p.isPresent());
      if (p.isEmpty()) return;
      opt(p.get().role().map(Role::printed));
      opt(p.get().name());
      opt(p.get().ref());
    }

    void date(Optional<DocumentDate> d) throws IOException {
      writeBoolean(d.isPresent());
      if (d.isEmpty()) return;
      writeLong(d.get().day().toEpochDay());
      writeByte(d.get().precision().ordinal());
      writeInt(d.get().time().map(LocalTime::toSecondOfDay).orElse(-1));
    }

    void serial(Optional<Serial> s) throws IOException {
      writeBoolean(s.isPresent());
      if (s.isEmpty()) return;
      str(s.get().printed());
      opt(s.get().corrected());
      opt(s.get().series());
    }

    void block(Block b, int at) throws IOException {
      writeByte(b.kind().ordinal());
      writeInt(b.attachment());
      opt(b.label());
      span(b.text(), at);
      writeInt(b.anchors().size());
      for (Anchor a : b.anchors()) anchor(a);
    }

    void anchor(Anchor a) throws IOException {
      writeInt(a.offset());
      if (a instanceof PageBreak p) {
        writeByte(0);
        str(p.n());
        opt(p.id());
      } else if (a instanceof FootnoteMarker m) {
        writeByte(1);
        str(m.n());
        str(m.footnoteId());
      } else if (a instanceof PersonName p) {
        writeByte(2);
        writeInt(p.end());
        str(p.ref());
        opt(p.listed());
        opt(p.description());
        writeBoolean(p.sole());
      }
    }

    void abbreviation(Abbreviation a) throws IOException {
      str(a.id());
      str(a.term());
      str(a.expansion());
    }

    void footnote(Footnote f, int at) throws IOException {
      str(f.n());
      str(f.id());
      span(f.text(), at);
      strings(f.targets());
    }
  }

  /** Reads the model's parts back in the order {@link Out} wrote them. */
  private static final class In extends DataInputStream {
    private String text;
    private int version;

    In(byte[] bytes, int offset, int length) {
      super(new ByteArrayInputStream(bytes, offset, length));
    }

    void version() throws IOException {
      version = readUnsignedByte();
      if (version < OLDEST_READ || version > VERSION) {
        throw new IllegalArgumentException(
            "stored document has format "
                + version
                + ", expected "
                + OLDEST_READ
                + " to "
                + VERSION
                + ": re-import the archive");
      }
    }

    Document document() throws IOException {
      text = str();
      String volume = str();
      String id = str();
      Optional<String> n = opt();
      Optional<String> parent = opt();
      Optional<String> startPage = opt();
      DocumentType type = DocumentType.values()[readUnsignedByte()];
      boolean inferred = readBoolean();
      List<SourceNote> notes = list(this::sourceNote);
      Optional<Party> sender = party();
      Optional<Party> recipient = party();
      Optional<String> place = opt();
      Optional<DocumentDate> date = date();
      Optional<String> printed = opt();
      Optional<String> received = opt();
      Optional<Serial> serial = serial();
      List<Block> blocks = list(this::block);
      List<Footnote> footnotes = list(this::footnote);
      Optional<String> signature = opt();
      List<Abbreviation> abbreviations = version < 4 ? List.of() : list(this::abbreviation);
      Optional<String> subject = version < 6 ? Optional.empty() : opt();
      return new Document(
          volume,
          id,
          n,
          parent,
          startPage,
          type,
          inferred,
          notes,
          sender,
          recipient,
          place,
          date,
          printed,
          received,
          serial,
          blocks,
          footnotes,
          signature,
          abbreviations,
          subject);
    }

    Abbreviation abbreviation() throws IOException {
      return new Abbreviation(str(), str(), str());
    }

    /** Reads one part. */
    private interface Part<T> {
      T read() throws IOException;
    }

    <T> List<T> list(Part<T> part) throws IOException {
      int size = readInt();
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) list.add(part.read());
      return list;
    }

    String str() throws IOException {
      byte[] b = new byte[readInt()];
      readFully(b);
      return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    Optional<String> opt() throws IOException {
      return readBoolean() ? Optional.of(str()) : Optional.empty();
    }

    String span() throws IOException {
      int at = readInt();
      if (at < 0) return str();
      int end = at + readInt();
      if (end > text.length()) throw new IOException("text runs past the search text: " + end);
      return text.substring(at, end);
    }

    SourceNote sourceNote() throws IOException {
      String note = span();
      return new SourceNote(note, list(() -> new FileNumber(str(), opt())));
    }

    Optional<Party> party() throws IOException {
      return readBoolean()
          ? Optional.of(new Party(opt().map(Role::of), opt(), opt()))
          : Optional.empty();
    }

    Optional<DocumentDate> date() throws IOException {
      if (!readBoolean()) return Optional.empty();
      LocalDate day = LocalDate.ofEpochDay(readLong());
      DocumentDate.Precision precision = DocumentDate.Precision.values()[readUnsignedByte()];
      int seconds = readInt();
      Optional<LocalTime> time =
          seconds < 0 ? Optional.empty() : Optional.of(LocalTime.ofSecondOfDay(seconds));
      return Optional.of(new DocumentDate(day, time, precision));
    }

    Optional<Serial> serial() throws IOException {
      return readBoolean() ? Optional.of(new Serial(str(), opt(), opt())) : Optional.empty();
    }

    Block block() throws IOException {
      Block.Kind kind = Block.Kind.values()[readUnsignedByte()];
      int attachment = readInt();
      Optional<String> label = opt();
      String words = span();
      return new Block(kind, attachment, label, words, list(this::anchor));
    }

    Anchor anchor() throws IOException {
      int offset = readInt();
      int kind = readUnsignedByte();
      return switch (kind) {
        case 0 -> new PageBreak(offset, str(), opt());
        case 1 -> new FootnoteMarker(offset, str(), str());
        case 2 ->
            new PersonName(offset, readInt(), str(), opt(), opt(), version >= 5 && readBoolean());
        default -> throw new IOException("unknown anchor kind " + kind);
      };
    }

    Footnote footnote() throws IOException {
      return new Footnote(str(), str(), span(), list(this::str));
    }
  }
}
