package org.chancery.understand.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;
import org.chancery.read.tei.TeiVolumeReader;
import org.junit.jupiter.api.Test;

/** Participants of memoranda of conversation in the modern fixtures (read/tei/modern). */
class ParticipantsTest {

  /** Every document of a modern fixture volume. */
  static List<Document> fixture(String volume) throws Exception {
    Path file =
        Path.of(
            ParticipantsTest.class
                .getResource("/org/chancery/read/tei/modern/" + volume + ".xml")
                .toURI());
    List<Document> docs = new ArrayList<>();
    new TeiVolumeReader().read(file, docs::add);
    return docs;
  }

  private static Document doc(String volume, String id) throws Exception {
    return fixture(volume).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsNameAndRoleAfterTheComma() throws Exception {
    List<Participant> p = Participants.of(doc("frus1955-57v24", "d197"));
    assertEquals(5, p.size());
    assertEquals(Optional.of("Sir Roger Makins"), p.get(0).name());
    assertEquals(Optional.of("British Ambassador"), p.get(0).role());
    assertEquals(Optional.of("p_MSRM1"), p.get(0).ref());
    assertEquals(Optional.of("Counselor, British Embassy"), p.get(1).role());
    assertEquals(Optional.empty(), p.get(2).name());
    assertEquals(Optional.of("The Secretary"), p.get(2).role());
  }

  @Test
  void groupsParticipantsBySide() throws Exception {
    List<Participant> p = Participants.of(doc("frus1955-57v24", "d201"));
    assertEquals(Optional.of("US Side"), p.get(0).side());
    assertEquals("The Secretary", p.get(0).printed());
    Participant lloyd =
        p.stream().filter(x -> x.printed().equals("Mr. Selwyn Lloyd")).findFirst().orElseThrow();
    assertEquals(Optional.of("UK Side"), lloyd.side());
    List<Participant> q = Participants.of(doc("frus1964-68v14", "d178"));
    assertEquals(Optional.of("U.S."), q.get(0).side());
    Participant gromyko =
        q.stream().filter(x -> x.printed().equals("Mr. Gromyko")).findFirst().orElseThrow();
    assertEquals(Optional.of("U.S.S.R."), gromyko.side());
    assertEquals(Optional.of("p_GAA1"), gromyko.ref());
  }

  @Test
  void readsTheParagraphsOfAMemorandumATelegramCarries() throws Exception {
    // 1981-88 d5: telegram 3137 from Moscow carries the memcon of the Gorbachev meeting; its
    // participants are paragraphs up to the first numbered one.
    List<Participant> p = Participants.of(doc("frus1981-88v05", "d5"));
    assertEquals(
        List.of(
            "The Vice President",
            "Secretary George P. Shultz",
            "Ambassador Arthur A. Hartman",
            "Mr. Dimitri Arensburger (Interpreter)",
            "General Secretary of the CC CPSU Mikhail Gorbachev",
            "Foreign Minister Andrey Gromyko",
            "Mr. Andrey Aleksandrov-Agentov",
            "Mr. Viktor Sukhodrev (Interpreter)"),
        p.stream().map(Participant::printed).toList());
    assertEquals(Optional.of("U.S."), p.get(0).side());
    assertEquals(Optional.of("USSR"), p.get(4).side());
    Participant gromyko = p.get(5);
    assertEquals(Optional.of("Andrey Gromyko"), gromyko.name());
    assertEquals(Optional.of("Foreign Minister"), gromyko.role());
    assertEquals(Optional.of("p_GA_1"), gromyko.ref());
    assertEquals(Optional.of("Mikhail Gorbachev"), p.get(4).name());
    assertEquals(Optional.of("General Secretary of the CC CPSU"), p.get(4).role());
    assertEquals(Optional.of("Mr. Viktor Sukhodrev"), p.get(7).name());
    assertEquals(Optional.of("Interpreter"), p.get(7).role());
  }

  // A participant whose name the editors tie to the persons list is the person a mention of that
  // entry is: Coulson, listed in full, in 1957; Gromyko, of the people database, in 1966 and 1985
  // under entries p_GAA1 and p_GA_1. "The Secretary", tied to no entry, and Makins, whose entry
  // the excerpt of the list leaves out, are no one yet.
  @Test
  void aParticipantTiedToThePersonsListIsThePersonTheEntryStandsFor() throws Exception {
    MentionFinder finder = MentionFinder.bundled();
    Document d201 = doc("frus1955-57v24", "d201");
    List<Participant> p = MentionFinder.identify(d201, Participants.of(d201), finder.find(d201));
    assertEquals(
        Optional.of("chancery-person-coulson-john-e"),
        p.stream().filter(x -> x.printed().contains("Coulson")).findFirst().orElseThrow().person());
    assertEquals(Optional.empty(), p.get(0).person());
    Document d197 = doc("frus1955-57v24", "d197");
    assertEquals(
        Optional.empty(),
        MentionFinder.identify(d197, Participants.of(d197), finder.find(d197)).get(0).person());
    for (String[] at : new String[][] {{"frus1964-68v14", "d178"}, {"frus1981-88v05", "d5"}}) {
      Document d = doc(at[0], at[1]);
      Participant gromyko =
          MentionFinder.identify(d, Participants.of(d), finder.find(d)).stream()
              .filter(x -> x.printed().contains("Gromyko"))
              .findFirst()
              .orElseThrow();
      assertEquals(Optional.of("chancery-hsg-105222"), gromyko.person(), at[0]);
    }
  }

  @Test
  void aTelegramHasNone() throws Exception {
    assertEquals(List.of(), Participants.of(doc("frus1955-57v24", "d190")));
  }
}
