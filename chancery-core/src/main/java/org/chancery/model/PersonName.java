package org.chancery.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal name in a block's text that the editors tie to an entry of a List of Principal Persons
 * ({@code <persName corresp="#p_SJF1">John F. Stevens</persName>}): the name spans {@code
 * offset}..{@code end} of the text.
 *
 * <p>{@code ref} is the entry's id as the source gives it, without a leading {@code #}: {@code
 * p_SJF1}, or {@code frus1917Supp02v01#p_BAJ1} for an entry in another volume. {@code listed} is
 * the name as the list prints it ({@code Stevens, John F.}) and {@code description} what follows it
 * ({@code chairman of the Advisory Commission of Railway Experts to Russia}), both copied in so
 * that a document stands on its own; they are absent where the list is not in the volume read.
 * {@code sole} says that no other entry of the list prints the same name ({@link #nameKey}), so the
 * name as listed tells this entry from every other of the volume; false where that is not known.
 */
public record PersonName(
    int offset,
    int end,
    String ref,
    Optional<String> listed,
    Optional<String> description,
    boolean sole)
    implements Anchor {
  // What a list adds to a name that is not the name: "(Sir John from March 1957)", "(Cap)",
  // "“Jimmy”", "“Cap,”"; lists print them for one person in one volume and not in another.
  private static final Pattern ASIDE = Pattern.compile("\\([^)]*\\)|[“\"][^”\"]*[”\"],?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

  public PersonName {
    if (offset < 0 || end <= offset)
      throw new IllegalArgumentException("bad span " + offset + ".." + end + " for '" + ref + "'");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(listed, "listed");
    Objects.requireNonNull(description, "description");
    if (ref.isEmpty()) throw new IllegalArgumentException("ref must not be empty");
    if (listed.isEmpty() && description.isPresent()) {
      throw new IllegalArgumentException("a description without a listed name for '" + ref + "'");
    }
  }

  /** A name tied to an entry, not known to be the only entry of its name in the list. */
  public PersonName(
      int offset, int end, String ref, Optional<String> listed, Optional<String> description) {
    this(offset, end, ref, listed, description, false);
  }

  /**
   * The name as a list prints it without nicknames and asides in parentheses or quotation marks
   * ({@code Reading, Earl of (Rufus Daniel Isaacs)} gives {@code Reading, Earl of}).
   */
  public static String withoutAsides(String listed) {
    return SPACES
        .matcher(ASIDE.matcher(listed).replaceAll(" "))
        .replaceAll(" ")
        .replace(" ,", ",")
        .strip();
  }

  /**
   * The name as a list prints it, reduced to what tells two names apart: nicknames and asides in
   * parentheses or quotation marks left out, accents and case folded, words joined by single spaces
   * ({@code Weinberger, Caspar W. (Cap)} gives {@code weinberger caspar w}).
   */
  public static String nameKey(String listed) {
    String plain = Normalizer.normalize(withoutAsides(listed), Normalizer.Form.NFD);
    plain = MARKS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_KEY.matcher(plain).replaceAll(" ").strip();
  }
}
