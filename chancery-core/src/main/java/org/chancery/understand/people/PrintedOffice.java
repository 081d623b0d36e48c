package org.chancery.understand.people;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.model.DocumentDate;
import org.chancery.model.Party;
import org.chancery.model.Role;

/**
 * A head that prints an office and a name POCOM has no one for ("The Consul at Geneva (Gilbert)",
 * "The Chargé in Uruguay (Gade)", "The Assistant Secretary of the Treasury (Rathbone)"): POCOM
 * lists chiefs of mission and the Department's principal officers, not consuls, the chargés between
 * them or the officers of other departments. The office as printed and the name make the Chancery
 * id, as a foreign office and a name do. Where POCOM has anyone the name may stand for ({@link
 * InOffice#mayBeInPocom}), the party may be that person (a chargé is often a chief of mission years
 * later), and no id is made: the candidates stand.
 */
final class PrintedOffice {
  // Words of a title that name an office someone holds, not a body or a place alone: a head read
  // wrongly ("Negotiate Peace" with "Patterson" as its role) prints none of them.
  private static final Pattern OFFICE_WORD =
      Pattern.compile(
          "\\b(?:Secretary|Director|Chief|Chairman|President|Commissioner|Adviser|Advisor"
              + "|Counsel|Counselor|Attorney|Postmaster|Governor|Receiver|Assistant|Member"
              + "|Consul|Agent|Representative|Delegate|Administrator|Officer|Judge|Minister"
              + "|Ambassador|Chargé|Attaché)\\b");

  // A title that prints a second party or a conversation is a head read wrongly ("the Chairman of
  // the American Delegation and the Alternate Chairman (Hackworth)"): no one office.
  private static final Pattern NOT_ONE_OFFICE =
      Pattern.compile("\\(|\\band the\\b|\\bConversation\\b|\\bMemorandum\\b");
  // Offices every government has: without a place or a nation they say whose no more than a
  // surname does ("Minister of Foreign Affairs (Wang)").
  private static final Set<Role.Office> NEED_A_PLACE =
      Set.of(Role.Office.CHARGE, Role.Office.CONSUL);
  // A chief of mission's offices: POCOM lists every holder, so one it has none for at the place is
  // a misprint of the place or the name ("Ambassador in Frame"), not a person outside POCOM.
  private static final Set<Role.Office> CHIEF =
      Set.of(
          Role.Office.AMBASSADOR,
          Role.Office.MINISTER,
          Role.Office.DIPLOMATIC_AGENT,
          Role.Office.AGENT,
          Role.Office.COMMISSIONER,
          Role.Office.HIGH_COMMISSIONER);

  private static final Pattern ARTICLE = Pattern.compile("^[Tt]he\\s+");
  private static final Pattern PRINTED_END = Pattern.compile("[.,;:\\s]+$");

  private final InOffice inOffice;

  PrintedOffice(InOffice inOffice) {
    this.inOffice = inOffice;
  }

  /** The person the printed office and {@code name} make, where POCOM has no one for the name. */
  Optional<Identification> identify(Party party, String name, Optional<DocumentDate> date) {
    Optional<Role> role = party.role().filter(r -> r.nationality().isEmpty());
    if (role.isEmpty()) return Optional.empty();
    String title = role.get().title();
    if (role.get().office().isEmpty() && !OFFICE_WORD.matcher(title).find()
        || NOT_ONE_OFFICE.matcher(title).find()
        || role.get().office().map(CHIEF::contains).orElse(false)
        || role.get().place().isEmpty()
            && role.get().office().map(NEED_A_PLACE::contains).orElse(false))
      return Optional.empty();
    if (Names.foreignTitled(name) || !Names.personLike(name) || inOffice.mayBeInPocom(name, date))
      return Optional.empty();
    // As printed, "Acting" and "at" or "in" kept: "Consul at Geneva".
    String office =
        PRINTED_END
            .matcher(ARTICLE.matcher(role.get().printed().strip()).replaceFirst(""))
            .replaceAll("");
    String who = OutsidePocom.addressed(name);
    return OutsidePocom.chosen(
        party,
        OutsidePocom.id(office + " " + who),
        Names.surnameOf(who),
        who,
        "outside POCOM: the head prints an office ("
            + office
            + ") and the name, and POCOM has no one of the surname or a near spelling alive within "
            + ByCareer.WINDOW
            + " years of the date; one person for the office and the name as printed");
  }
}
