package org.chancery.link;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.DocumentType;

/**
 * Writes a document's catalogue {@link Card} and its {@link Link}s as bytes for the {@link
 * LinkIndex}, and reads them back equal. Strings are UTF-8 with their length first; enums by name.
 */
final class RecordCodec {
  private RecordCodec() {}

  /** Thrown out of the stream, which is in memory. */
  @FunctionalInterface
  private interface Writing {
    void write(DataOutputStream out) throws IOException;
  }

  private static byte[] bytes(Writing w) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(b)) {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  private static DataInputStream in(byte[] b, int offset, int length) {
    return new DataInputStream(new ByteArrayInputStream(b, offset, length));
  }

  static byte[] card(Card c) {
    return bytes(
        out -> {
          entry(out, c.entry());
          out.writeBoolean(c.nested());
          strs(out, c.numbers());
          strs(out, c.names());
          out.writeInt(c.aliases().size());
          for (Entry alias : c.aliases()) entry(out, alias);
        });
  }

  static Card card(byte[] b, int offset, int length) {
    try (DataInputStream in = in(b, offset, length)) {
      Entry e = entry(in);
      boolean nested = in.readBoolean();
      List<String> numbers = strs(in);
      List<String> names = strs(in);
      int n = in.readInt();
      List<Entry> aliases = new ArrayList<>(n);
      for (int i = 0; i < n; i++) aliases.add(entry(in));
      return new Card(e, nested, numbers, names, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void entry(DataOutputStream out, Entry e) throws IOException {
    str(out, e.volume());
    str(out, e.id());
    str(out, e.n());
    out.writeInt(e.ordinal());
    out.writeInt(e.startPage());
    out.writeInt(e.endPage());
    post(out, e.route().from());
    post(out, e.route().to());
    str(out, e.serial());
    str(out, e.printedSerial());
    out.writeInt(e.epochDay());
    out.writeInt(e.minute());
    str(out, e.type().name());
    strs(out, e.files());
  }

  private static Entry entry(DataInputStream in) throws IOException {
    // Interned: a full-size archive's half million cards repeat a few thousand volumes, ids
    // ("d12"), numbers and posts, and a linking run holds every card.
    return new Entry(
        str(in).intern(),
        str(in).intern(),
        str(in).intern(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        new Route(post(in), post(in)),
        str(in).intern(),
        str(in).intern(),
        in.readInt(),
        in.readInt(),
        DocumentType.valueOf(str(in)),
        strs(in));
  }

  static byte[] links(List<Link> links) {
    return bytes(
        out -> {
          out.writeInt(links.size());
          for (Link l : links) link(out, l);
        });
  }

  static List<Link> links(byte[] b, int offset, int length) {
    try (DataInputStream in = in(b, offset, length)) {
      int n = in.readInt();
      List<Link> links = new ArrayList<>(n);
      for (int i = 0; i < n; i++) links.add(link(in));
      return links;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void link(DataOutputStream out, Link l) throws IOException {
    str(out, l.source());
    str(out, l.phrase());
    str(out, l.target().orElse(""));
    str(out, l.status().name());
    str(out, l.evidence().name());
    strs(out, l.candidates());
    str(out, l.kind().name());
    out.writeInt(l.item());
    out.writeInt(l.block());
    out.writeInt(l.start());
    out.writeInt(l.end());
    str(out, l.reason());
    str(out, l.basis().text());
  }

  private static Link link(DataInputStream in) throws IOException {
    String source = str(in);
    String phrase = str(in);
    String target = str(in);
    return new Link(
        source,
        phrase,
        target.isEmpty() ? Optional.empty() : Optional.of(target),
        Link.Status.valueOf(str(in)),
        Link.Evidence.valueOf(str(in)),
        strs(in),
        Link.Kind.valueOf(str(in)),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        in.readInt(),
        str(in),
        Basis.parse(str(in)));
  }

  private static void post(DataOutputStream out, Post p) throws IOException {
    str(out, p.kind().name());
    str(out, p.name());
  }

  private static Post post(DataInputStream in) throws IOException {
    return new Post(Post.Kind.valueOf(str(in)), str(in).intern());
  }

  private static void strs(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) str(out, s);
  }

  private static List<String> strs(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) list.add(str(in));
    return list;
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    byte[] b = in.readNBytes(in.readInt());
    return new String(b, StandardCharsets.UTF_8);
  }
}
