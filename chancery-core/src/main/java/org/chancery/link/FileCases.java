package org.chancery.link;

import java.util.ArrayList;
import java.util.List;
import org.chancery.model.Document;
import org.chancery.model.FileNumber;

/**
 * The Decimal files a document was filed in ({@code 861.51} of {@code 861.51/382}), and whether two
 * documents' files show them to be papers of one case: a message and the one it cites were as a
 * rule filed together.
 *
 * <p>In the Decimal File (1910–1963) a file is a class digit, a two-digit country and, after the
 * point, a subject; country {@code 00} holds the papers of that subject for no one country, so
 * {@code 600.119} (trade restrictions, general) and {@code 657.119} (the same for Norway) are one
 * case seen from two sides.
 */
final class FileCases {
  private FileCases() {}

  /** The files of {@code d}'s file numbers, each once, in order. */
  static List<String> of(Document d) {
    List<String> out = new ArrayList<>(1);
    for (FileNumber n : d.fileNumbers()) {
      String file = n.file().intern();
      if (!file.isEmpty() && !out.contains(file)) out.add(file);
    }
    return out;
  }

  /** Whether some file of {@code a} and some file of {@code b} hold the same case. */
  static boolean shared(List<String> a, List<String> b) {
    for (String x : a) for (String y : b) if (related(x, y)) return true;
    return false;
  }

  static boolean related(String a, String b) {
    if (a.equals(b)) return true;
    int pa = a.indexOf('.');
    int pb = b.indexOf('.');
    if (pa != 3 || pb != 3 || !a.substring(pa).equals(b.substring(pb))) return false;
    boolean sameClass = a.charAt(0) == b.charAt(0);
    boolean oneGeneral = a.startsWith("00", 1) || b.startsWith("00", 1);
    return sameClass && oneGeneral && Character.isDigit(a.charAt(0));
  }
}
