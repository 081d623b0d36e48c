package org.chancery.read.tei;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether a listed name is the list's only entry of that name. */
class PersonsListTest {

  private static void item(PersonsList list, String id, String name, String rest) {
    list.startItem();
    list.startName(id);
    list.text(name.toCharArray(), 0, name.length());
    list.endName();
    list.text(rest.toCharArray(), 0, rest.length());
    list.endItem();
  }

  @Test
  void twoEntriesOfOneNameAreNeitherTheOnlyOne() {
    PersonsList list = new PersonsList();
    item(list, "p_SJ1", "Smith, John", ", Consul at Omsk.");
    item(list, "p_SJ2", "Smith,\n   John", ", Vice Consul at Tomsk.");
    item(list, "p_SJF1", "Stevens, John F.", ", chairman.");
    assertFalse(list.sole(list.entry("p_SJ1").orElseThrow()));
    assertFalse(list.sole(list.entry("p_SJ2").orElseThrow()));
    assertTrue(list.sole(list.entry("p_SJF1").orElseThrow()));
  }

  @Test
  void aNicknameOrAnAccentIsNoOtherName() {
    PersonsList list = new PersonsList();
    item(list, "p_IFC1", "Iklé, Fred C.", ", Under Secretary.");
    item(list, "p_IFC2", "Ikle, Fred C. (Fritz)", ", the same again.");
    assertFalse(list.sole(list.entry("p_IFC1").orElseThrow()));
  }
}
