package org.chancery.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleTest {
  @Test
  void readsTitleAndPlace() {
    Role r = Role.of("the Minister in the Soviet Union,");
    assertEquals("Minister", r.title());
    assertEquals(Optional.of("Soviet Union"), r.place());
    assertEquals(Optional.of(Role.Office.MINISTER), r.office());
    assertFalse(r.acting());
    assertEquals("the Minister in the Soviet Union,", r.printed());
  }

  @Test
  void readsAnActingOfficerWithoutAPlace() {
    Role r = Role.of("Acting Secretary of State");
    assertTrue(r.acting());
    assertEquals("Secretary of State", r.title());
    assertEquals(Optional.empty(), r.place());
    assertEquals(Optional.of(Role.Office.SECRETARY), r.office());
  }

  @Test
  void readsTheOfficeAccentsAndCaseAside() {
    assertEquals(
        Optional.of(Role.Office.CHARGE), Role.of("Chargé d'Affaires ad interim in Peru").office());
    assertEquals(
        Optional.of(Role.Office.HIGH_COMMISSIONER), Role.of("High Commissioner at Cairo").office());
    assertEquals(Optional.empty(), Role.of("Chairman of the American Delegation").office());
  }

  @Test
  void readsTheNationalityOfAForeignOfficial() {
    assertEquals(Optional.of("Italian"), Role.of("Italian Ambassador").nationality());
    assertEquals(Optional.of("British"), Role.of("British Chargé").nationality());
    assertEquals(Optional.empty(), Role.of("American Ambassador").nationality());
    assertEquals(Optional.empty(), Role.of("Special Representative").nationality());
  }

  @Test
  void aHeadingsRoleLosesItsArticle() {
    assertEquals("Secretary of State", Role.inHeading("the Secretary of State").printed());
    assertEquals(
        "ministers of the United States",
        Role.inHeading("all the ministers of the United States").printed());
  }

  @Test
  void rolesPrintedAlikeAreEqual() {
    assertEquals(Role.of("Consul at Geneva"), Role.of("Consul at Geneva"));
    assertFalse(Role.of("Consul at Geneva").equals(Role.of("Consul at Basel")));
  }
}
