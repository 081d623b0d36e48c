package org.chancery.understand.references;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference in a document's text to another message: "Your 237, April 30, 2 p.m., paragraph 3",
 * "the Department's circular telegram of May 18", "my 43, 44 and 45".
 *
 * <p>{@code block} indexes {@link org.chancery.model.Document#blocks()}; {@code start} and {@code
 * end} are character offsets in that block's text and {@code text} is exactly that span. A list
 * ("Nos. 46 and 49") is one reference with one {@link Item} per message. {@code quoted} says the
 * phrase stands inside a quotation, so its "your" and "my" belong to the quoted message, not to the
 * document.
 */
public record Reference(
    int block,
    int start,
    int end,
    String text,
    Family family,
    Owner owner,
    MessageKind kind,
    boolean circular,
    List<Item> items,
    Optional<String> paragraph,
    Optional<Routing> routing,
    boolean quoted) {

  /** The form of a reference, by what it names the message with. */
  public enum Family {
    /** An owner and a number: "Your 237", "Legation's 142". */
    OWNER_NUMBER,
    /** A type and a number: "telegram No. 984", "despatch 5410". */
    TYPE_NUMBER,
    /** A type and a date: "your note of the 3d instant". */
    TYPE_DATE,
    /** An owner and a date: "your November 20th, 8 P.M.". */
    OWNER_DATE,
    /** A lettered series and a number: "Secto 12", "Tosec 45". */
    SERIES_NUMBER,
    /**
     * "reftel": the telegram the citing message names in its reference line, by no number or date
     * of its own.
     */
    REFTEL
  }

  /**
   * One message of a reference: its number as printed and as the editors corrected it, its date
   * made absolute (from the citing document's date where the text omits the year or says "instant",
   * "ultimo", "yesterday") and its time. {@code dateText} is the date as written. {@code
   * sharedDate} marks a date written once for a whole list ("Nos. 1, 4, and 5 of January 6").
   */
  public record Item(
      int start,
      int end,
      Optional<String> number,
      Optional<String> corrected,
      Optional<LocalDate> date,
      Optional<LocalTime> time,
      Optional<String> dateText,
      boolean sharedDate) {
    public Item {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(corrected, "corrected");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(dateText, "dateText");
      if (end < start)
        throw new IllegalArgumentException("item ends before it starts: " + start + ".." + end);
    }

    /** The number the message really bore: the editors' correction when there is one. */
    public Optional<String> effectiveNumber() {
      return corrected
          .map(c -> c.replace("?", "").strip())
          .filter(c -> c.matches("[A-Z]?[-–]?\\d+"))
          .or(() -> number);
    }
  }

  public Reference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(kind, "kind");
    items = List.copyOf(items);
    if (items.isEmpty())
      throw new IllegalArgumentException("a reference names at least one message: '" + text + "'");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(routing, "routing");
  }

  /** This reference, marked as standing inside a quotation or not. */
  public Reference quoted(boolean quoted) {
    return new Reference(
        block, start, end, text, family, owner, kind, circular, items, paragraph, routing, quoted);
  }
}
