package org.chancery.serve.mcp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one tool call, read by name and type; a missing or mistyped one is a {@link
 * ToolException} naming it and what was expected.
 */
record ToolArguments(Map<String, Object> values) {
  ToolArguments {
    values = values == null ? Map.of() : values;
  }

  /** The text argument {@code name}, or "" when absent. */
  String text(String name) {
    Object v = values.get(name);
    if (v == null) return "";
    if (v instanceof String s) return s;
    if (v instanceof Number n) return n.toString();
    throw new ToolException("'" + name + "' must be a string, not " + v);
  }

  /** The text argument {@code name}, which must be given and not blank. */
  String required(String name) {
    String s = text(name);
    if (s.isBlank()) throw new ToolException("'" + name + "' is required");
    return s.strip();
  }

  /**
   * The list argument {@code name} (a single string counts as a list of one), empty when absent.
   */
  List<String> list(String name) {
    Object v = values.get(name);
    if (v == null) return List.of();
    if (v instanceof String s) return s.isBlank() ? List.of() : List.of(s);
    if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
    throw new ToolException("'" + name + "' must be a list of strings, not " + v);
  }

  /** The whole-number argument {@code name}, if given. */
  Optional<Integer> integer(String name) {
    Object v = values.get(name);
    if (v == null || v instanceof String s && s.isBlank()) return Optional.empty();
    if (v instanceof Number n && n.doubleValue() == n.intValue()) return Optional.of(n.intValue());
    try {
      if (v instanceof String s) return Optional.of(Integer.parseInt(s.strip()));
    } catch (NumberFormatException e) {
      // falls through to the message
    }
    throw new ToolException("'" + name + "' must be a whole number, not " + v);
  }

  /**
   * The document argument {@code name}: its volume and id, from {@code frus1934v04/d101}.
   *
   * @return the volume, then the id
   */
  String[] document(String name) {
    String key = required(name);
    int slash = key.indexOf('/');
    if (slash <= 0 || slash == key.length() - 1 || key.indexOf('/', slash + 1) >= 0)
      throw new ToolException(
          "'" + name + "' must be volume/id, such as frus1934v04/d101, not '" + key + "'");
    return new String[] {key.substring(0, slash), key.substring(slash + 1)};
  }
}
