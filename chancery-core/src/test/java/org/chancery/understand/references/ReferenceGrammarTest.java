package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.chancery.Documents;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.understand.references.Reference.Family;
import org.chancery.understand.references.Reference.Item;
import org.junit.jupiter.api.Test;

class ReferenceGrammarTest {
  private static final Optional<LocalDate> MAY_2_1934 = Optional.of(LocalDate.of(1934, 5, 2));

  private static List<Reference> parse(String text) {
    return ReferenceGrammar.parse(text, 0, MAY_2_1934);
  }

  private static Reference only(String text) {
    List<Reference> refs = parse(text);
    assertEquals(1, refs.size(), () -> "references in '" + text + "': " + refs);
    return refs.get(0);
  }

  private static Item item(
      int start, int end, String number, String date, String time, String dateText) {
    return new Item(
        start,
        end,
        Optional.ofNullable(number),
        Optional.empty(),
        Optional.ofNullable(date).map(LocalDate::parse),
        Optional.ofNullable(time).map(LocalTime::parse),
        Optional.ofNullable(dateText),
        false);
  }

  private static Reference ref(
      String text, int start, Family family, Owner owner, MessageKind kind, Item... items) {
    return new Reference(
        0,
        start,
        start + text.length(),
        text,
        family,
        owner,
        kind,
        false,
        List.of(items),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  @Test
  void parsesOwnerNumberWithDateAndTime() {
    String s = "142. Your 237, April 30, 2 p.m., paragraph 3. The reports";
    Reference r = only(s);
    Reference expected =
        new Reference(
            0,
            5,
            44,
            "Your 237, April 30, 2 p.m., paragraph 3",
            Family.OWNER_NUMBER,
            Owner.ADDRESSEE,
            MessageKind.UNSTATED,
            false,
            List.of(item(10, 31, "237", "1934-04-30", "14:00", "April 30, 2 p.m.")),
            Optional.of("3"),
            Optional.empty(),
            false);
    assertEquals(expected, r);
  }

  @Test
  void parsesMyNumberOfTheYearBefore() {
    Reference r = only("131. Reference my 117, June 13, 11 p.m.");
    assertEquals(
        ref(
            "my 117, June 13, 11 p.m.",
            15,
            Family.OWNER_NUMBER,
            Owner.WRITER,
            MessageKind.UNSTATED,
            item(18, 39, "117", "1933-06-13", "23:00", "June 13, 11 p.m.")),
        r);
  }

  @Test
  void parsesPossessiveOwners() {
    assertEquals(Owner.DEPARTMENT, only("See Department’s 146.").owner());
    assertEquals(Owner.DEPARTMENT, only("See Dept's L–195.").owner());
    assertEquals(
        new Owner.Named("Legation"), only("Legation's 142, June 8, 11 a.m., paragraph 4").owner());
    assertEquals(new Owner.Named("Wilson"), only("Wilson's 256 reports").owner());
    assertEquals(new Owner.Named("Geneva"), only("Geneva's 105").owner());
    assertEquals(
        new Owner.Named("Consulate General"),
        only("the Consulate General’s despatch No. 5").owner());
    assertEquals(
        Optional.of("4"), only("Legation's 142, June 8, 11 a.m., paragraph 4").paragraph());
  }

  @Test
  void parsesTypedNumbers() {
    String s = "your telegram No. 984 of November 22, 1:00 p.m.";
    assertEquals(
        ref(
            s,
            0,
            Family.TYPE_NUMBER,
            Owner.ADDRESSEE,
            MessageKind.TELEGRAM,
            item(18, s.length(), "984", "1933-11-22", "13:00", "November 22, 1:00 p.m.")),
        only(s));
    Reference despatch = only("the Embassy’s despatch No. 2326 of November 23");
    assertEquals(MessageKind.DESPATCH, despatch.kind());
    assertEquals(new Owner.Named("Embassy"), despatch.owner());
    Reference telegraphic = only("the Department's telegraphic instruction No. 74");
    assertEquals(MessageKind.TELEGRAM, telegraphic.kind());
    assertEquals(Optional.of("74"), telegraphic.items().get(0).number());
    Reference note = only("with reference to note No. 207, I have");
    assertEquals(
        ref(
            "note No. 207",
            18,
            Family.TYPE_NUMBER,
            Owner.UNSTATED,
            MessageKind.NOTE,
            item(27, 30, "207", null, null, null)),
        note);
  }

  @Test
  void parsesTypedNumberWithoutKeyword() {
    Reference r = only("Referring to my despatch 5410, May 4");
    assertEquals(Family.TYPE_NUMBER, r.family());
    assertEquals(Optional.of(LocalDate.of(1933, 5, 4)), r.items().get(0).date());
    assertEquals(Optional.of("L–312"), only("see our L–312").items().get(0).number());
  }

  @Test
  void sharesTheDateOfAListWrittenOnce() {
    Reference r = only("Instructions Nos. 60 and 61 of April 3, 1934");
    assertEquals(MessageKind.INSTRUCTION, r.kind());
    assertEquals(
        List.of(
            new Item(
                18,
                20,
                Optional.of("60"),
                Optional.empty(),
                Optional.of(LocalDate.of(1934, 4, 3)),
                Optional.empty(),
                Optional.of("April 3, 1934"),
                true),
            item(25, 44, "61", "1934-04-03", null, "April 3, 1934")),
        r.items());
  }

  @Test
  void parsesLists() {
    assertEquals(List.of("46", "49"), numbers(only("telegram Nos. 46 and 49")));
    assertEquals(List.of("43", "44", "45"), numbers(only("my 43, 44 and 45")));
    assertEquals(
        List.of("1", "4", "5"),
        numbers(only("the Department’s telegrams numbers 1, 4, and 5 of January 6th")));
    Reference two = only("Referring to my 401, September 14, 4 p.m., and 423 September 24, 7 p.m.");
    assertEquals(List.of("401", "423"), numbers(two));
    assertEquals(Optional.of(LocalTime.of(19, 0)), two.items().get(1).time());
  }

  private static List<String> numbers(Reference r) {
    return r.items().stream().map(i -> i.number().orElse("-")).toList();
  }

  @Test
  void parsesTypedDates() {
    Reference circular = only("the Department's circular telegram of May 18, 7 p.m.");
    assertTrue(circular.circular());
    assertEquals(Family.TYPE_DATE, circular.family());
    assertEquals(
        ref(
                "note of the 3d instant",
                5,
                Family.TYPE_DATE,
                Owner.ADDRESSEE,
                MessageKind.NOTE,
                item(13, 27, null, "1934-05-03", null, "the 3d instant"))
            .items(),
        only("your note of the 3d instant").items());
    Reference despatch = only("your despatch of the 18th of July, No. 515");
    assertEquals(Optional.of("515"), despatch.items().get(0).number());
    assertEquals(Optional.of(LocalDate.of(1933, 7, 18)), despatch.items().get(0).date());
    assertEquals(2, only("my notes of August 18 and September 6, 1917").items().size());
    assertTrue(only("circular June 23").circular());
    // A word placing the message in the correspondence keeps the owner: "your subsequent
    // telegram" is the addressee's, not an unowned "telegram of the 20th".
    for (String order : List.of("subsequent", "former", "earlier", "previous")) {
      Reference placed = only("your " + order + " telegram of the 20th instant");
      assertEquals(Owner.ADDRESSEE, placed.owner(), order);
      assertEquals(MessageKind.TELEGRAM, placed.kind(), order);
      assertEquals(Optional.of(LocalDate.of(1934, 5, 20)), placed.items().get(0).date(), order);
    }
  }

  @Test
  void parsesOwnerDates() {
    Reference r = only("your November 20th, 8 P.M.");
    assertEquals(Family.OWNER_DATE, r.family());
    assertEquals(Optional.of(LocalDate.of(1933, 11, 20)), r.items().get(0).date());
    assertEquals(Optional.of(LocalTime.of(20, 0)), r.items().get(0).time());
    assertEquals(
        Optional.of(LocalTime.of(1, 0)), only("my December 3, 1 a.m.").items().get(0).time());
    assertTrue(parse("your own views").isEmpty());
  }

  @Test
  void keepsEditorsCorrections() {
    Item i = only("Department’s 336 [326], October 26, 4 p.m.").items().get(0);
    assertEquals(Optional.of("336"), i.number());
    assertEquals(Optional.of("326"), i.effectiveNumber());
    assertEquals(
        Optional.of(LocalDate.of(1933, 12, 13)),
        only("Our telegram 7946, December 12 [13], 4 p.m.").items().get(0).date());
    assertEquals(
        Optional.of(LocalTime.of(16, 0)),
        only("Your 660, August 7, 6 [4] p.m.").items().get(0).time());
    assertEquals(
        Optional.of("99"), only("telegrams 52 and 100 [99?]").items().get(1).effectiveNumber());
  }

  @Test
  void parsesRouting() {
    assertEquals(
        Optional.of(new Routing(Routing.Direction.TO, "London")),
        only("Your 5598 to London.").routing());
    assertEquals(Optional.empty(), only("your instruction No. 2 to Mr. Storer").routing());
  }

  @Test
  void readsNoonMidnightAndTwelvePm() {
    assertEquals(
        Optional.of(LocalTime.NOON),
        only("my telegram No. 30 of April 6, 12 noon").items().get(0).time());
    assertEquals(
        Optional.of(LocalTime.MIDNIGHT),
        only("Your 356, November 24, midnight.").items().get(0).time());
    assertEquals(
        Optional.of(LocalTime.MIDNIGHT),
        only("Your 356, November 24, 12 p.m.").items().get(0).time());
  }

  @Test
  void makesRelativeDatesAbsolute() {
    assertEquals(
        Optional.of(LocalDate.of(1934, 4, 9)),
        only("your telegram of the 9th ultimo").items().get(0).date());
    assertEquals(
        Optional.of(LocalDate.of(1934, 5, 1)), only("my 690 of yesterday").items().get(0).date());
    assertEquals(
        Optional.of(LocalDate.of(1934, 5, 2)),
        only("my No. 56, of this date").items().get(0).date());
    assertEquals(
        Optional.of(LocalDate.of(1934, 5, 1)),
        only("your note of the 1st inst.").items().get(0).date());
    assertEquals(
        Optional.empty(),
        ReferenceGrammar.parse("your note of the 1st instant", 0, Optional.empty())
            .get(0)
            .items()
            .get(0)
            .date());
  }

  @Test
  void rejectsCountsAndYears() {
    assertTrue(
        parse("my 2 telegrams of today were lost").stream()
            .allMatch(r -> r.family() == Family.TYPE_DATE));
    assertTrue(parse("our 14 points").isEmpty());
    assertTrue(parse("in his 1917 message").isEmpty());
    assertTrue(parse("at my 2 p.m. meeting").isEmpty());
  }

  @Test
  void findsReferencesInTheBodyOnlyAndMarksQuotations() {
    Document doc =
        Documents.telegram(
            "1934-05-02",
            List.of(
                block(Block.Kind.HEADING, "Your 1 heading"),
                block(Block.Kind.PARAGRAPH, "Your 2, May 1. He said: “see my 3”."),
                block(Block.Kind.QUOTATION, "Your 4 of yesterday")),
            List.of());
    List<Reference> refs = ReferenceGrammar.find(doc);
    assertEquals(
        List.of("Your 2, May 1", "my 3", "Your 4 of yesterday"),
        refs.stream().map(Reference::text).toList());
    assertEquals(List.of(false, true, true), refs.stream().map(Reference::quoted).toList());
    assertEquals(1, refs.get(0).block());
    assertFalse(refs.get(0).quoted());
  }

  private static Block block(Block.Kind kind, String text) {
    return new Block(kind, 0, Optional.empty(), text, List.of());
  }

  @Test
  void aNameEndingInSTakesTheApostropheAloneAsPossessive() {
    Reference r = only("In connection with Mr. Phillips’ telegram No. 512 of December 7, 7 p.m.");
    assertEquals(new Owner.Named("Phillips"), r.owner());
    assertEquals("Phillips’ telegram No. 512 of December 7, 7 p.m.", r.text());
  }

  @Test
  void routingFromAPersonIsHisSurname() {
    Reference r =
        only("a copy of a letter of May 16th, from Mr. Thomas H. MacDonald, Chief of the Bureau");
    assertEquals(Optional.of(new Routing(Routing.Direction.FROM, "MacDonald")), r.routing());
    assertEquals("letter of May 16th, from Mr. Thomas H. MacDonald", r.text());
  }

  @Test
  void opensOnlyAtAnOwnerOrAHeadWhateverItsCase() {
    assertEquals(Owner.ADDRESSEE, only("YOUR 237, APRIL 30, 2 P.M.").owner());
    assertEquals(MessageKind.TELEGRAM, only("see CABLEGRAM 45").kind());
    assertEquals(MessageKind.TELEGRAM, only("Confidential telegram 45").kind());
    assertEquals(Owner.DEPARTMENT, only("the Department telegram No. 5").owner());
    assertEquals(Owner.UNSTATED, only("the Department, telegram No. 5").owner());
    assertTrue(parse("department’s 146 and Smith’s 77 points").isEmpty());
    assertTrue(parse("on April 30, 1934, number 237 was sent at 2 p.m.").isEmpty());
  }

  @Test
  void findsReferencesWithoutADigitByTheirDayWords() {
    Optional<LocalDate> may1 = Optional.of(LocalDate.of(1934, 5, 1));
    Optional<LocalDate> may2 = Optional.of(LocalDate.of(1934, 5, 2));
    assertEquals(may1, only("as in your telegram of yesterday").items().get(0).date());
    assertEquals(may2, only("YOUR NOTE OF EVEN DATE").items().get(0).date());
    assertEquals(may2, only("my telegram of Today, noon").items().get(0).date());
    assertTrue(parse("your telegram of the day before").isEmpty());
  }
}
