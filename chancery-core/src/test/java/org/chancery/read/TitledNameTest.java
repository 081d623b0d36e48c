package org.chancery.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.chancery.model.Role;
import org.junit.jupiter.api.Test;

class TitledNameTest {

  private static Optional<TitledName> titled(String role, String name) {
    return Optional.of(new TitledName(Role.of(role), name));
  }

  @Test
  void splitsAnOfficesTitleFromTheSurnameAfterIt() {
    assertEquals(titled("Secretary of State", "Haig"), TitledName.of("Secretary of State Haig"));
    assertEquals(
        titled("Secretary of the Treasury", "Regan"),
        TitledName.of("Secretary of the Treasury Regan"));
    assertEquals(titled("Ambassador", "Lodge"), TitledName.of("Ambassador Lodge"));
  }

  @Test
  void readsQualifiersNationalityInitialsAndParticles() {
    assertEquals(
        titled("Assistant Secretary of State", "Vest"),
        TitledName.of("Assistant Secretary of State Vest"));
    assertEquals(
        titled("Soviet Ambassador", "Dobrynin"), TitledName.of("Soviet Ambassador Dobrynin"));
    assertEquals(titled("Ambassador", "J. de Gaulle"), TitledName.of("Ambassador J. de Gaulle"));
    assertEquals(titled("Foreign Minister", "Gromyko"), TitledName.of("Foreign Minister Gromyko"));
    assertEquals(
        titled("Soviet Foreign Minister", "Gromyko"),
        TitledName.of("Soviet Foreign Minister Gromyko"));
    assertEquals(
        titled("General Secretary", "Gorbachev"), TitledName.of("General Secretary Gorbachev"));
    assertEquals(titled("Prime Minister", "Thatcher"), TitledName.of("Prime Minister Thatcher"));
    assertEquals(
        titled("Permanent Representative", "Kirkpatrick"),
        TitledName.of("Permanent Representative Kirkpatrick"));
  }

  @Test
  void leavesRanksHonoursAndBareTitlesAlone() {
    assertEquals(Optional.empty(), TitledName.of("President Carter"));
    assertEquals(Optional.empty(), TitledName.of("General Tasker H. Bliss"));
    assertEquals(Optional.empty(), TitledName.of("General Pershing"));
    assertEquals(Optional.empty(), TitledName.of("Foreign Office"));
    assertEquals(Optional.empty(), TitledName.of("Secretary of State"));
    assertEquals(Optional.empty(), TitledName.of("Secretary General"));
    assertEquals(Optional.empty(), TitledName.of("Haig"));
    assertEquals(Optional.empty(), TitledName.of("Secretary said that Haig"));
    assertEquals(Optional.empty(), TitledName.of("Herbert A. Breakey of the Petroleum Division"));
  }
}
