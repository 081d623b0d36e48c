package org.chancery.read.tei;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gives every document of a volume an id of its own: its {@code xml:id}, or, when it has none or
 * one already taken, an id derived from the nearest enclosing document or div with an id: {@code
 * d3-1}, {@code d3-2}, ... in the order they come.
 */
final class DocumentIds {
  private final Set<String> xmlIds = new HashSet<>();
  private final Set<String> given = new HashSet<>();
  private final Map<String, Integer> derived = new HashMap<>();

  /** Records an {@code xml:id} met in the file; false when it was met before. */
  boolean see(String xmlId) {
    return xmlIds.add(xmlId);
  }

  /**
   * The id for a document.
   *
   * @param xmlId its {@code xml:id}, or null
   * @param base the id of the nearest enclosing document or div that has one, else the volume's
   */
  String assign(String xmlId, String base) {
    if (xmlId != null && given.add(xmlId)) return xmlId;
    String root = xmlId != null ? xmlId : base;
    String id;
    do {
      id = root + "-" + derived.merge(root, 1, Integer::sum);
    } while (xmlIds.contains(id) || !given.add(id));
    return id;
  }
}
