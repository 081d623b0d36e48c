package org.chancery.link;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chancery.model.DocumentType;

/**
 * What the catalogue keeps of one document: enough to resolve a reference, nothing of the text.
 *
 * <p>Kept compact for a catalogue of the whole FRUS (about 314,000 documents): pages, day and time
 * are ints with sentinels ({@link #NONE}); routes and posts are shared instances; {@code serial} is
 * the normalized effective serial number, "" when none. {@code files} are the Decimal files it was
 * filed in ({@link FileCases}). {@code ordinal} is the position in the volume's reading order among
 * documents not nested in another, or {@link #NONE} for nested ones.
 */
public record Entry(
    String volume,
    String id,
    String n,
    int ordinal,
    int startPage,
    int endPage,
    Route route,
    String serial,
    String printedSerial,
    int epochDay,
    int minute,
    DocumentType type,
    List<String> files) {

  /** The sentinel for an absent number: no page, no day, no time, no ordinal. */
  public static final int NONE = Integer.MIN_VALUE;

  public Entry {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(printedSerial, "printedSerial");
    Objects.requireNonNull(type, "type");
    files = List.copyOf(files);
  }

  /**
   * Another message this document answers to (one it went out as, or one it carries): its key,
   * number in its volume, pages and files, with that message's route, serial, day, minute and type;
   * nested in no order of the volume.
   */
  Entry alias(Route route, String serial, int epochDay, int minute, DocumentType type) {
    return new Entry(
        volume, id, n, NONE, startPage, endPage, route, serial, serial, epochDay, minute, type,
        files);
  }

  /** The minute of the day {@code time} is, as entries keep it. */
  static int minuteOf(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  /** {@code volume/id}, as links name documents. */
  public String key() {
    return volume + "/" + id;
  }

  /** Whether this is the document {@code key} ({@code volume/id}): {@link #key()} unbuilt. */
  public boolean hasKey(String key) {
    return key.length() == volume.length() + 1 + id.length()
        && key.startsWith(volume)
        && key.charAt(volume.length()) == '/'
        && key.endsWith(id);
  }

  public Optional<LocalDate> day() {
    return epochDay == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  public Optional<LocalTime> time() {
    return minute == NONE ? Optional.empty() : Optional.of(LocalTime.ofSecondOfDay(minute * 60L));
  }

  // By key alone (equal entries have equal keys): resolving hashes entries by the thousand, and the
  // record's own hash of thirteen components costs several times more under the client compiler.
  @Override
  public int hashCode() {
    return 31 * volume.hashCode() + id.hashCode();
  }

  /** Whether the page lies within this document's printed pages. */
  public boolean spans(int page) {
    return startPage != NONE && page >= startPage && page <= Math.max(startPage, endPage);
  }
}
