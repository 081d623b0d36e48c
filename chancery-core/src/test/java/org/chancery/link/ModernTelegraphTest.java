package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.chancery.model.Serial;
import org.junit.jupiter.api.Test;

/**
 * The telegraph's rules on post-war headings and reference forms, each on a small constructed
 * catalogue, without footnotes. Headings are as frus1955-57v24 prints them ("Telegram From the
 * Embassy in Greece to the Department of State"), where the reader gives the office as a name.
 */
class ModernTelegraphTest {
  private static final Party STATE = Party.of(null, "Telegram From the Department of State");
  private static final Party TO_STATE = Party.of("Department of State", null);
  private static final Party GREECE = Party.of(null, "Telegram From the Embassy in Greece");
  private static final Party TO_GREECE = Party.of("Embassy in Greece", null);
  private static final Party TURKEY = Party.of(null, "Telegram From the Embassy in Turkey");
  private static final Party TO_TURKEY = Party.of("Embassy in Turkey", null);
  private static final Party USUN =
      Party.of(null, "Telegram From the Mission to the United Nations");
  private static final Party DELEGATION = Party.of(null, "Telegram From the Delegation");

  private static Document wire(
      String id, Party from, Party to, String place, String when, String serial, String text) {
    return new Document(
        "v",
        id,
        Optional.of(id.substring(1)),
        Optional.empty(),
        Optional.empty(),
        DocumentType.TELEGRAM,
        false,
        List.of(),
        Optional.of(from),
        Optional.of(to),
        Optional.ofNullable(place),
        Optional.of(DocumentDate.parse(when)),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(serial).map(s -> new Serial(s, Optional.empty(), Optional.empty())),
        List.of(new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, List.of())),
        List.of(),
        Optional.empty());
  }

  private static List<Link> links(Document citing, Document... others) {
    List<Document> all = new ArrayList<>(List.of(others));
    all.add(citing);
    return new Linker(MemoryCatalogue.of(all), Linker.Options.NO_FOOTNOTES).link(citing);
  }

  private static Link first(Document citing, Document... others) {
    return links(citing, others).get(0);
  }

  @Test
  void aHeadingsOfficeIsThePostWhoseSeriesYourNames() {
    Document athens =
        wire("d1", GREECE, TO_STATE, "Athens", "1956-09-26T20:00:00", "1692", "1692. Report.");
    Document ankara =
        wire("d2", TURKEY, TO_STATE, "Ankara", "1956-09-20T20:00:00", "1692", "1692. Other.");
    Document citing =
        wire("d3", STATE, TO_GREECE, "Washington", "1956-09-29T17:48:00", "1152", "Your 1692.");
    Link l = first(citing, athens, ankara);
    assertEquals(Optional.of("v/d1"), l.target());
  }

  @Test
  void fromACityIsThePostWhoseDatelineItIs() {
    Document athens =
        wire("d1", GREECE, TO_STATE, "Athens", "1956-08-29T12:00:00", "505", "505. Greek.");
    Document ankara =
        wire("d2", TURKEY, TO_STATE, "Ankara", "1956-08-29T18:00:00", "505", "505. Files.");
    Document citing =
        wire(
            "d3",
            GREECE,
            TO_STATE,
            "Athens",
            "1956-09-01T12:00:00",
            "740",
            "As reported in telegram 505 from Ankara, August 29, files were taken.");
    assertEquals(Optional.of("v/d2"), first(citing, athens, ankara).target());
  }

  @Test
  void deptelIsTheDepartmentsSeriesToTheCitingPost() {
    Document toAthens =
        wire("d1", STATE, TO_GREECE, "Washington", "1956-09-03T16:45:00", "855", "855. Text.");
    Document toAnkara =
        wire("d2", STATE, TO_TURKEY, "Washington", "1956-09-02T16:45:00", "855", "855. Other.");
    Document citing =
        wire(
            "d3",
            GREECE,
            TO_STATE,
            "Athens",
            "1956-09-06T17:00:00",
            "900",
            "Regarding Deptel 855.");
    assertEquals(Optional.of("v/d1"), first(citing, toAthens, toAnkara).target());
  }

  @Test
  void embtelIsTheEmbassysWhicheverEndOfTheRouteItIs() {
    Document earlier =
        wire("d1", GREECE, TO_STATE, "Athens", "1956-09-01T10:00:00", "890", "890. Text.");
    Document citing =
        wire("d2", STATE, TO_GREECE, "Washington", "1956-09-03T10:00:00", "60", "Embtel 890.");
    assertEquals(Optional.of("v/d1"), first(citing, earlier).target());
  }

  @Test
  void aTelegraphicAddressNamesTheMissionToAnOrganization() {
    Document newYork =
        wire("d1", USUN, TO_STATE, "New York", "1966-10-03T20:00:00", "1214", "1214. Talk.");
    Document athens =
        wire("d2", GREECE, TO_STATE, "Athens", "1966-10-03T20:00:00", "1214", "1214. Other.");
    Document citing =
        wire(
            "d3",
            STATE,
            TO_GREECE,
            "Washington",
            "1966-10-05T12:00:00",
            "77",
            "Goldberg reported in telegram 1214 from USUN, October 3.");
    assertEquals(Optional.of("v/d1"), first(citing, newYork, athens).target());
  }

  @Test
  void aLetteredSeriesResolvesByItsNameAndNumberWithinADay() {
    Document secto =
        wire("d1", DELEGATION, TO_STATE, "Paris", "1956-12-12T23:00:00", null, "Secto 12. Text.");
    Document plain =
        wire("d2", GREECE, TO_STATE, "Athens", "1956-12-11T10:00:00", "12", "12. Not it.");
    Document citing =
        wire(
            "d3",
            STATE,
            TO_GREECE,
            "Washington",
            "1956-12-14T10:00:00",
            "50",
            "Secto 12, December 13.");
    Link l = first(citing, secto, plain);
    assertEquals(Optional.of("v/d1"), l.target());
    assertEquals("its lettered series and number, date within a day", l.reason());
  }

  @Test
  void twoMessagesOfOneSeriesNumberAreATieNotAGuess() {
    Document first =
        wire("d1", DELEGATION, TO_STATE, "Paris", "1956-05-02T10:00:00", null, "Tosec 4. One.");
    Document second =
        wire("d2", DELEGATION, TO_STATE, "Geneva", "1956-06-02T10:00:00", null, "Tosec 4. Two.");
    Document citing =
        wire("d3", STATE, TO_GREECE, "Washington", "1956-06-10T10:00:00", "60", "See Tosec 4.");
    assertEquals(Link.Status.AMBIGUOUS, first(citing, first, second).status());
  }

  @Test
  void reftelIsTheReferenceLinesOneMessage() {
    Document ref =
        wire("d1", STATE, TO_GREECE, "Washington", "1956-09-03T16:45:00", "855", "855. Text.");
    Document citing =
        new Document(
            "v",
            "d2",
            Optional.of("2"),
            Optional.empty(),
            Optional.empty(),
            DocumentType.TELEGRAM,
            false,
            List.of(),
            Optional.of(GREECE),
            Optional.of(TO_STATE),
            Optional.of("Athens"),
            Optional.of(DocumentDate.parse("1956-09-05T10:00:00")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(
                new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), "Ref: Deptel 855.", List.of()),
                new Block(
                    Block.Kind.PARAGRAPH, 0, Optional.empty(), "Reftel received.", List.of())),
            List.of(),
            Optional.empty());
    List<Link> ls = links(citing, ref);
    assertEquals(Optional.of("v/d1"), ls.get(1).target());
  }

  @Test
  void reftelWithoutAPrintedReferenceLineIsLeftUnresolved() {
    Document other =
        wire("d1", STATE, TO_GREECE, "Washington", "1956-09-03T16:45:00", "855", "855. Text.");
    Document citing =
        wire("d2", GREECE, TO_STATE, "Athens", "1956-09-05T10:00:00", "900", "Reftel received.");
    Link l = first(citing, other);
    assertEquals(Link.Status.UNRESOLVED, l.status());
    assertEquals("reftel: no printed reference line names one message", l.reason());
  }

  @Test
  void postWarVolumesAreNamedByTheirYearsAndParts() {
    assertEquals(
        Optional.of("frus1952-54v02p1"),
        FootnotePointers.otherVolume("Foreign Relations, 1952–1954, vol. II, Part 1, p. 5."));
    assertEquals(
        Optional.of("frus1964-68v11"),
        FootnotePointers.otherVolume("see Foreign Relations, 1964–1968, volume XI."));
    assertEquals(
        Optional.of("frus1935v01"),
        FootnotePointers.otherVolume("Foreign Relations, 1935, vol. I"));
  }
}
