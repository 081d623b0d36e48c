package org.chancery.understand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.Document;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.decimal.FileNumberDecoder;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Mention;
import org.chancery.understand.people.MentionFinder;
import org.chancery.understand.people.Participant;
import org.chancery.understand.people.ParticipantOffices;
import org.chancery.understand.people.Participants;
import org.chancery.understand.people.PartyContext;
import org.chancery.understand.people.PartyIdentifier;
import org.chancery.understand.people.PeopleDirectory;
import org.chancery.understand.people.VolumeNames;
import org.chancery.understand.provenance.PrintedClassification;
import org.chancery.understand.provenance.Provenance;
import org.chancery.understand.provenance.SourceNoteClassifier;

/**
 * What Chancery understands of one document beyond what is printed: its file numbers decoded, who
 * its sender and recipient are, the people the editors identify (footnotes, List of Principal
 * Persons), its source notes read into their parts, and the participants of a conversation.
 */
public record Understanding(
    List<DecodedFile> files,
    Optional<Identification> sender,
    Optional<Identification> recipient,
    List<Mention> mentions,
    List<Provenance> sources,
    List<Participant> participants) {

  private static final Pattern VOLUME_YEAR = Pattern.compile("^frus(\\d{4})");

  public Understanding {
    files = List.copyOf(files);
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    mentions = List.copyOf(mentions);
    sources = List.copyOf(sources);
    participants = List.copyOf(participants);
  }

  /** Understands documents with the bundled tables; build once and share (thread-safe). */
  public static final class Understander {
    private final PartyIdentifier parties = PartyIdentifier.bundled();
    private final MentionFinder mentions = MentionFinder.bundled();
    private final ParticipantOffices offices =
        new ParticipantOffices(parties, PeopleDirectory.bundled());

    /**
     * What is understood of {@code d}, its parties identified with the other documents of its
     * volume in {@code names} where its own words do not suffice.
     */
    public Understanding of(Document d, VolumeNames names) {
      Optional<Integer> year = year(d);
      List<Mention> found = mentions.find(d);
      List<DecodedFile> files =
          d.fileNumbers().stream().map(f -> FileNumberDecoder.decode(f, year)).toList();
      List<Provenance> sources =
          PrintedClassification.fill(
              d.sourceNotes().stream().map(SourceNoteClassifier::classify).toList(), d);
      return new Understanding(
          files,
          d.sender()
              .map(
                  p ->
                      parties.identify(
                          p, d.date(), PartyContext.of(d, PartyContext.Side.SENDER), names)),
          d.recipient()
              .map(
                  p ->
                      parties.identify(
                          p, d.date(), PartyContext.of(d, PartyContext.Side.RECIPIENT), names)),
          found,
          sources,
          offices.identify(
              MentionFinder.identify(d, Participants.of(d), found),
              d.date(),
              sources.stream().anyMatch(Understander::departmentRecord)));
    }

    // A source in the Department of State's own files, or in its record group at the National
    // Archives (RG 59, the General Records of the Department of State).
    private static boolean departmentRecord(Provenance p) {
      return p.repository().filter(r -> r.startsWith("Department of State")).isPresent()
          || p.collection().filter(c -> c.startsWith("RG 59")).isPresent();
    }

    // The scheme of a file number depends on the year it was filed: the document's, or failing
    // that the year FRUS volume ids begin with (frus1934v04).
    private static Optional<Integer> year(Document d) {
      if (d.date().isPresent()) return Optional.of(d.date().get().day().getYear());
      Matcher m = VOLUME_YEAR.matcher(d.volume());
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
  }
}
