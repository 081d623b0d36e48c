package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.understand.references.Reference.Family;
import org.junit.jupiter.api.Test;

/** The reference forms of the post-war volumes, on phrases as the volumes print them. */
class ModernReferencesTest {
  private static final Optional<LocalDate> SEPT_1956 = Optional.of(LocalDate.of(1956, 9, 29));

  private static Reference only(String text) {
    List<Reference> refs = ReferenceGrammar.parse(text, 0, SEPT_1956);
    assertEquals(1, refs.size(), () -> "references in '" + text + "': " + refs);
    return refs.get(0);
  }

  @Test
  void aRouteMayStandBetweenTheNumberAndTheDate() {
    // frus1955-57v24 d190, footnote 2.
    Reference r =
        only("In telegram 505 from Ankara, August 29, the Embassy informed the Department");
    assertEquals("telegram 505 from Ankara, August 29", r.text());
    assertEquals(Family.TYPE_NUMBER, r.family());
    assertEquals(Optional.of(new Routing(Routing.Direction.FROM, "Ankara")), r.routing());
    assertEquals(Optional.of("505"), r.items().get(0).number());
    assertEquals(Optional.of(LocalDate.of(1956, 8, 29)), r.items().get(0).date());
  }

  @Test
  void aRouteToAPostAndARepetitionAfterTheDate() {
    // frus1955-57v24 d199, footnote 2.
    Reference r = only("Telegram 1152 to Athens, September 28, repeated to London as telegram");
    assertEquals("Telegram 1152 to Athens, September 28", r.text());
    assertEquals(Optional.of(new Routing(Routing.Direction.TO, "Athens")), r.routing());
  }

  @Test
  void aTelegraphicAddressIsARoute() {
    // frus1964-68v14 d178, footnote 2.
    Reference r = only("in telegram 1214 from USUN, October 3.");
    assertEquals(Optional.of(new Routing(Routing.Direction.FROM, "USUN")), r.routing());
    // A day after the citing message's is last year's.
    assertEquals(Optional.of(LocalDate.of(1955, 10, 3)), r.items().get(0).date());
  }

  @Test
  void deptelIsTheDepartmentsTelegram() {
    // frus1955-57v24 d193.
    Reference r = only("1328. Vienna for Penfield. Regarding Deptel 1602. I had long conversation");
    assertEquals("Deptel 1602", r.text());
    assertEquals(Owner.DEPARTMENT, r.owner());
    assertEquals(MessageKind.TELEGRAM, r.kind());
    assertEquals(Family.TYPE_NUMBER, r.family());
  }

  @Test
  void embtelUrtelAndMytelNameTheirOwners() {
    assertEquals(new Owner.Named("Embassy"), only("See Embtel 890.").owner());
    assertEquals(Owner.ADDRESSEE, only("Urtel 45 received.").owner());
    assertEquals(Owner.WRITER, only("As reported mytel 12, situation").owner());
    assertTrue(only("Depcirtel 301 gives").circular());
  }

  @Test
  void theDepartmentIsStateInTheSixties() {
    // frus1964-68v14 d173.
    Reference r = only("State's 41009, 44806");
    assertEquals(Owner.DEPARTMENT, r.owner());
    assertEquals(2, r.items().size());
  }

  @Test
  void aLetteredSeriesOwnsItsNumbers() {
    Reference r = only("Following is text of Secto 12 and 14, September 2.");
    assertEquals(Family.SERIES_NUMBER, r.family());
    assertEquals(new Owner.Series(LetteredSeries.SECTO), r.owner());
    assertEquals(Optional.of("SECTO-12"), r.items().get(0).number());
    assertEquals(Optional.of("SECTO-14"), r.items().get(1).number());
    assertEquals(Optional.of(LocalDate.of(1956, 9, 2)), r.items().get(0).date());
    assertEquals(Optional.of("TOSEC-45"), only("Re Tosec 45.").items().get(0).number());
  }

  @Test
  void aSeriesWordWithoutANumberIsNoReference() {
    assertEquals(List.of(), ReferenceGrammar.parse("the Secto series of 1956", 0, SEPT_1956));
  }

  @Test
  void reftelIsOneMessageNamedByNothingOfItsOwn() {
    Reference r = only("Reftel paragraph 3 indicates");
    assertEquals(Family.REFTEL, r.family());
    assertEquals(Optional.of("3"), r.paragraph());
    assertTrue(r.items().get(0).number().isEmpty());
  }

  @Test
  void airgramsAreNumberedInALetteredSeriesOfTheirOwn() {
    // frus1964-68v14 d182, footnote.
    Reference r = only("a summary report of his visit is in airgram A–575, October 11.");
    assertEquals(Optional.of("A–575"), r.items().get(0).number());
    assertEquals(MessageKind.DESPATCH, r.kind());
  }

  @Test
  void aPlaceMayBeSeveralWords() {
    Reference r = only("telegram 88 to New Delhi, May 3");
    assertEquals(Optional.of(new Routing(Routing.Direction.TO, "New Delhi")), r.routing());
  }

  @Test
  void aReferenceLineNamesEachTelegramByItsSendersAddressAndNumber() {
    // frus1981-88v03 d1: "17743. Subject: ... Ref: Moscow 17719 (NOTAL)."
    Reference r =
        only(
            "17743. Subject: (C) Initial Moscow Views on the U.S. Election. Ref: Moscow 17719 (NOTAL).");
    assertEquals("Moscow 17719", r.text());
    assertEquals(new Owner.Named("Moscow"), r.owner());
    assertEquals(MessageKind.TELEGRAM, r.kind());
    assertEquals(Family.OWNER_NUMBER, r.family());
    assertEquals(Optional.of("17719"), r.items().get(0).number());

    List<Reference> two =
        ReferenceGrammar.parse(
            "Refs: A. State 123456, B. New Delhi 4521. 1. Summary.", 0, SEPT_1956);
    assertEquals(2, two.size());
    assertEquals(Owner.DEPARTMENT, two.get(0).owner());
    assertEquals(new Owner.Named("New Delhi"), two.get(1).owner());
    assertEquals(Optional.of("4521"), two.get(1).items().get(0).number());
  }

  @Test
  void anAddressAndANumberOutsideAReferenceLineAreNoReference() {
    assertTrue(
        ReferenceGrammar.parse("The talks in Moscow 1980 were long.", 0, SEPT_1956).isEmpty());
  }
}
