package org.chancery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.chancery.model.Party;
import org.chancery.search.Exchange.Correspondent;
import org.chancery.search.Exchange.Correspondent.Kind;
import org.junit.jupiter.api.Test;

class ExchangeTest {
  @Test
  void anOfficeIsTheRoleWithoutArticleOrActing() {
    assertEquals(
        Optional.of(new Correspondent(Kind.OFFICE, "Secretary of State")),
        Correspondent.of(
            Optional.of(Party.of("the Acting Secretary of State.", null)), Optional.empty()));
    assertEquals(
        Optional.of(new Correspondent(Kind.OFFICE, "Chargé in the Soviet Union")),
        Correspondent.of(
            Optional.of(Party.of("The Chargé in  the Soviet Union", "Wiley")), Optional.empty()));
  }

  @Test
  void aPartyWithoutRoleIsItsNameAndNoPartyIsNoOne() {
    assertEquals(
        Optional.of(new Correspondent(Kind.OFFICE, "Henderson")),
        Correspondent.of(Optional.of(Party.of(null, "Henderson")), Optional.empty()));
    assertEquals(Optional.empty(), Correspondent.of(Optional.empty(), Optional.empty()));
  }

  @Test
  void theIndexFormReadsBack() {
    Exchange e =
        new Exchange(
            new Correspondent(Kind.PERSON, "hull-cordell"),
            new Correspondent(Kind.OFFICE, "Minister in China"));
    assertEquals("person:hull-cordell\toffice:Minister in China", e.encoded());
    assertEquals(Optional.of(e), Exchange.decode(e.encoded()));
    assertEquals(Optional.empty(), Exchange.decode("person:hull-cordell"));
    assertEquals(Optional.empty(), Exchange.decode("someone:x\toffice:y"));
  }

  @Test
  void aKeyWithATabIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Correspondent(Kind.OFFICE, "a\tb"));
  }
}
