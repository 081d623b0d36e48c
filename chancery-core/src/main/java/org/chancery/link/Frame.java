package org.chancery.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.read.HeadingParser;
import org.chancery.understand.references.Forwarding;

/**
 * Who wrote to whom, when, in the part of a document a reference stands in: the document itself, or
 * an enclosure with a heading of its own. "your" and "my" are read against it. {@code files} are
 * the citing document's Decimal files, which the message it cites often shares.
 *
 * <p>A message relayed through a post for someone else ("159. Secret for the President.", "Secret
 * for Polk from Auchincloss") is between those two: {@code relay} names them as the text does. A
 * message the document carries, which its writer sent to another office ({@link Forwarding}), is
 * between the writer and that office: {@code carried} says so.
 */
record Frame(
    String key,
    String volume,
    Route route,
    int epochDay,
    int minute,
    Optional<Relay> relay,
    List<String> files,
    Optional<Carried> carried) {
  /** The names a relayed message is for and, when the text says, from: "President", "Polk". */
  record Relay(String to, Optional<String> from) {
    Relay {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(from, "from");
    }
  }

  /**
   * The message the document carries that the reference stands in; {@code quoted} says whether it
   * stands in quotation marks within that message.
   */
  record Carried(Forwarding message, boolean quoted) {
    Carried {
      Objects.requireNonNull(message, "message");
    }
  }

  private static final Pattern RELAY =
      Pattern.compile(
          "^(?:\\d+\\.\\s+)?(?:(?:Secret|Confidential|Strictly confidential|"
              + "Personal|Private|Urgent)\\s+)*(?:and (?:confidential|personal)\\s+)?for (?:the )?(\\p{Lu}\\p{L}+)"
              + "(?:\\s+from\\s+(?:the )?(\\p{Lu}\\p{L}+))?\\b");

  /** The frame of {@code doc}. */
  static Frame of(Document doc) {
    return of(doc, Card.of(doc).entry());
  }

  /** The frame of {@code doc}, whose catalogue entry (its posts and date) is {@code entry}. */
  static Frame of(Document doc, Entry entry) {
    Optional<Matcher> relay =
        doc.blocks().stream()
            .filter(b -> b.attachment() == 0 && b.kind() == Block.Kind.PARAGRAPH)
            .findFirst()
            .map(b -> RELAY.matcher(b.text().strip()))
            .filter(Matcher::find);
    return new Frame(
        doc.key(),
        doc.volume(),
        entry.route(),
        entry.epochDay(),
        entry.minute(),
        relay.map(m -> new Relay(m.group(1), Optional.ofNullable(m.group(2)))),
        entry.files(),
        Optional.empty());
  }

  /** The frame of enclosure {@code attachment}: its own heading's parties, the document's date. */
  Frame ofAttachment(Document doc, int attachment) {
    if (attachment == 0) return this;
    Optional<HeadingParser.Heading> heading =
        doc.blocks().stream()
            .filter(b -> b.attachment() == attachment && b.kind() == Block.Kind.HEADING)
            .map(b -> HeadingParser.parse(b.text()))
            .findFirst();
    Post s = heading.flatMap(h -> Posts.of(h.sender(), Optional.empty())).orElse(Post.UNKNOWN);
    Post r = heading.flatMap(h -> Posts.of(h.recipient(), Optional.empty())).orElse(Post.UNKNOWN);
    return new Frame(
        key,
        volume,
        new Route(s, r),
        epochDay,
        Entry.NONE,
        Optional.empty(),
        files,
        Optional.empty());
  }

  /** This frame, for a reference that {@code carried} holds in its text. */
  Frame carrying(Forwarding carried, boolean quoted) {
    return new Frame(
        key,
        volume,
        route,
        epochDay,
        minute,
        relay,
        files,
        Optional.of(new Carried(carried, quoted)));
  }

  /**
   * The frame of the message the reference stands in, where the document carries one to an office
   * that is a post: from the document's writer to that post, on the message's own day. Empty where
   * the office names no post, or no single one, or the writer's post is not known: the reference is
   * then read as the document's.
   */
  Optional<Frame> carriedFrame(Catalogue catalogue) {
    if (carried.isEmpty() || route.from().equals(Post.UNKNOWN)) return Optional.empty();
    Forwarding m = carried.get().message();
    return CarriedMessages.office(m.to(), Optional.of(catalogue))
        .filter(to -> !to.equals(route.from()))
        .map(
            to ->
                new Frame(
                    key,
                    volume,
                    new Route(route.from(), to),
                    m.date().map(d -> (int) d.toEpochDay()).orElse(epochDay),
                    m.time().map(Entry::minuteOf).orElse(Entry.NONE),
                    Optional.empty(),
                    files,
                    Optional.empty()));
  }
}
