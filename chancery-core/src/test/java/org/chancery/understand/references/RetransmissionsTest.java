package org.chancery.understand.references;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetransmissionsTest {
  private static final Optional<LocalDate> MAY_1936 = Optional.of(LocalDate.of(1936, 5, 20));

  private static Retransmission read(String note) {
    return Retransmissions.read(note, MAY_1936).orElseThrow();
  }

  @Test
  void repeatedAsTheDepartmentsTelegramToAnotherPost() {
    Retransmission r =
        read(
            "Repeated to the Minister Resident in Ethiopia as Department’s telegram No. 242, May"
                + " 20, 6 p.m.");
    assertEquals(Optional.of("the Minister Resident in Ethiopia"), r.to());
    assertEquals(Optional.empty(), r.by());
    assertTrue(r.as().owner() instanceof Owner.Department);
    assertEquals(MessageKind.TELEGRAM, r.as().kind());
    assertEquals(Optional.of("242"), r.item().number());
    assertEquals(Optional.of(LocalDate.of(1936, 5, 20)), r.item().date());
    assertEquals(Optional.of(LocalTime.of(18, 0)), r.item().time());
  }

  @Test
  void substanceTransmittedUnderAnotherNumber() {
    Retransmission r =
        read(
            "Substance of this telegram transmitted to the Minister Resident in Ethiopia as"
                + " Department’s No. 265, June 4, 5 p.m.");
    assertEquals(Optional.of("the Minister Resident in Ethiopia"), r.to());
    assertEquals(Optional.of("265"), r.item().number());
    assertEquals(Optional.of(LocalDate.of(1936, 6, 4)), r.item().date());
  }

  @Test
  void copyTransmittedByAnOfficerInHisDespatch() {
    Retransmission r =
        read(
            "Copy transmitted to the Department by the Consul in his despatch No. 852, March 18,"
                + " 1935; received April 22.");
    assertEquals(Optional.of("the Department"), r.to());
    assertEquals(Optional.of("the Consul"), r.by());
    assertEquals(MessageKind.DESPATCH, r.as().kind());
    assertEquals(Optional.of(LocalDate.of(1935, 3, 18)), r.item().date());

    Retransmission chargé =
        read(
            "Printed in the Official Gazette of May 9. Translation transmitted to the Department"
                + " by The Chargé in Italy in his despatch No. 1679, May 12; received May 27.");
    assertEquals(Optional.of("The Chargé in Italy"), chargé.by());
  }

  @Test
  void repeatedByTheDepartmentInATelegramWhoseOwnerIsUnstated() {
    Retransmission r =
        read(
            "This telegram, except first and last paragraphs, repeated by the Department to the"
                + " Commission to Negotiate Peace in telegram No. 125, Jan. 7, 1919, 3 p.m.");
    assertEquals(Optional.of("the Department"), r.by());
    assertEquals(Optional.of("the Commission to Negotiate Peace"), r.to());
    assertEquals(Optional.of(LocalDate.of(1919, 1, 7)), r.item().date());
  }

  @Test
  void sameDateWithoutADateOfItsOwn() {
    Retransmission r =
        read(
            "Text transmitted on same date to the Minister Resident in Ethiopia as Department’s"
                + " telegram No. 185.");
    assertTrue(r.sameDay());
    assertEquals(Optional.empty(), r.item().date());
    assertEquals(Optional.of("the Minister Resident in Ethiopia"), r.to());
  }

  @Test
  void notesThatSayNothingOfASendingOnAreNotRetransmissions() {
    assertFalse(Retransmissions.read("Not printed.", MAY_1936).isPresent());
    assertFalse(
        Retransmissions.read("See telegram No. 242, May 20, 6 p.m., p. 200.", MAY_1936)
            .isPresent());
    // Two messages: the note does not say which office got which.
    assertFalse(
        Retransmissions.read(
                "Repeated to London as No. 5, May 20, and to Paris as No. 7, May 20.", MAY_1936)
            .isPresent());
  }
}
