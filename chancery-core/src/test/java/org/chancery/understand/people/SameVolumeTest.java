package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.model.DocumentDate;
import org.chancery.model.DocumentType;
import org.chancery.model.Party;
import org.junit.jupiter.api.Test;

class SameVolumeTest {
  private static final PartyIdentifier IDENTIFIER = PartyIdentifier.bundled();
  private static final String VALERA = "chancery-legation-of-spain-valera";

  /** A note from the Spanish minister, written from his legation: its own dateline names him. */
  private static final Document FROM_LEGATION =
      letter("v", "d1", "1884-02-10", "Mr. Valera", "Mr. Frelinghuysen", "Legation of Spain");

  /** The Department's note to him, which alone names no one: no role, no mission. */
  private static final Document TO_HIM =
      letter(
          "v",
          "d2",
          "1884-03-26",
          "Mr. Frelinghuysen",
          "Señor Valera",
          "Department of State, Washington");

  private static Document letter(
      String volume, String id, String iso, String from, String to, String place) {
    return new Document(
        volume,
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DocumentType.NOTE,
        false,
        List.of(),
        Optional.of(Party.of(null, from)),
        Optional.of(Party.of(null, to)),
        Optional.ofNullable(place),
        Optional.ofNullable(iso).map(DocumentDate::parse),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static Identification recipient(Document d, List<Document> volume) {
    return IDENTIFIER.identify(
        d.recipient().orElseThrow(),
        d.date(),
        PartyContext.of(d, PartyContext.Side.RECIPIENT),
        VolumeNames.of(volume));
  }

  private static List<Document> with(Document... more) {
    List<Document> all = new ArrayList<>(List.of(FROM_LEGATION, TO_HIM));
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void theDocumentAloneDoesNotIdentifyTheRecipient() {
    assertFalse(recipient(TO_HIM, List.of(TO_HIM)).identified());
  }

  @Test
  void theVolumesOtherDocumentsIdentifyTheNameWhateverTheFormOfAddress() {
    Identification i = recipient(TO_HIM, with());
    assertEquals(VALERA, i.person().orElseThrow().id());
    assertEquals(IdentificationRule.SAME_VOLUME, IdentificationRule.of(i));
    assertTrue(i.basis().contains("(d1)"), i.basis());
  }

  @Test
  void twoPersonsOfTheNameDecideNothing() {
    Document other =
        letter("v", "d3", "1884-04-01", "Mr. Valera", "Mr. Frelinghuysen", "Legation of Mexico");
    Identification i = recipient(TO_HIM, with(other));
    assertFalse(i.identified(), i.basis());
  }

  @Test
  void sightingsOutsideTheWindowOrTheVolumeCountForNothing() {
    Document late =
        letter(
            "v",
            "d1",
            (1884 + SameVolume.YEARS + 1) + "-01-01",
            "Mr. Valera",
            "Mr. Frelinghuysen",
            "Legation of Spain");
    assertFalse(recipient(TO_HIM, List.of(late, TO_HIM)).identified());
    Document elsewhere =
        letter("w", "d1", "1884-02-10", "Mr. Valera", "Mr. Frelinghuysen", "Legation of Spain");
    assertFalse(recipient(TO_HIM, List.of(elsewhere, TO_HIM)).identified());
  }

  @Test
  void aSenderWritingFromAnAmericanMissionIsLeftToItsDateline() {
    Document fromMadrid =
        letter(
            "v",
            "d4",
            "1884-05-01",
            "Mr. Valera",
            "Mr. Frelinghuysen",
            "Legation of the United States, Madrid");
    Identification i =
        IDENTIFIER.identify(
            fromMadrid.sender().orElseThrow(),
            fromMadrid.date(),
            PartyContext.of(fromMadrid, PartyContext.Side.SENDER),
            VolumeNames.of(with(fromMadrid)));
    assertTrue(IdentificationRule.of(i) != IdentificationRule.SAME_VOLUME, i.basis());
  }

  @Test
  void aPrintedRoleIsNeverOverridden() {
    Document roled =
        new Document(
            "v",
            "d5",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            DocumentType.NOTE,
            false,
            List.of(),
            Optional.of(Party.of("Secretary of State", "Frelinghuysen")),
            Optional.of(Party.of("Minister of Spain", "Valera")),
            Optional.of("Washington"),
            Optional.of(DocumentDate.parse("1884-03-27")),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.empty());
    Identification i = recipient(roled, with(roled));
    assertTrue(IdentificationRule.of(i) != IdentificationRule.SAME_VOLUME, i.basis());
  }
}
