package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.Documents;
import org.chancery.model.Document;
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
    return Documents.between(
        volume, id, DocumentType.NOTE, iso, Party.of(null, from), Party.of(null, to), place);
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
        Documents.between(
            "v",
            "d5",
            DocumentType.NOTE,
            "1884-03-27",
            Party.of("Secretary of State", "Frelinghuysen"),
            Party.of("Minister of Spain", "Valera"),
            "Washington");
    Identification i = recipient(roled, with(roled));
    assertTrue(IdentificationRule.of(i) != IdentificationRule.SAME_VOLUME, i.basis());
  }

  @Test
  void theVolumeIsAskedOncePerNameWhileItsNamesLive() {
    Document again =
        letter("v", "d6", "1884-04-10", "Mr. Frelinghuysen", "Mr. Valera", "Washington");
    VolumeNames volume = VolumeNames.of(with(again));
    AtomicInteger asked = new AtomicInteger();
    VolumeNames counting =
        (v, name) -> {
          asked.incrementAndGet();
          return volume.printing(v, name);
        };
    for (Document d : List.of(TO_HIM, again, TO_HIM)) {
      Identification i =
          IDENTIFIER.identify(
              d.recipient().orElseThrow(),
              d.date(),
              PartyContext.of(d, PartyContext.Side.RECIPIENT),
              counting);
      assertEquals(VALERA, i.person().orElseThrow().id(), i.basis());
    }
    assertEquals(1, asked.get());
  }
}
