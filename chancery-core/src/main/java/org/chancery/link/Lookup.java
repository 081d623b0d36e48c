package org.chancery.link;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One question put to a {@link Catalogue}: the method and its arguments, such as {@code
 * byNumber("237")}. Stored with the links as text, so that when volumes come and go the links whose
 * answers may have changed can be found and resolved again ({@link ArchiveLinker}).
 *
 * <p>Any method of the interface can be recorded, so a look-up added to it later is covered: its
 * arguments need only be of a type {@link #ARGUMENTS} can write and read back.
 */
record Lookup(Method method, List<Object> args) {
  // Between the name and the arguments: a character no key, number or name holds.
  private static final char SEPARATOR = '\u001f';

  /** The argument types a look-up may take, each read back from its text. */
  private static final Map<Class<?>, Function<String, Object>> ARGUMENTS =
      Map.of(
          String.class, s -> s,
          int.class, Integer::valueOf,
          Integer.class, Integer::valueOf,
          LocalDate.class, LocalDate::parse);

  private static final Map<String, Method> METHODS =
      Arrays.stream(Catalogue.class.getMethods())
          .filter(m -> !Modifier.isStatic(m.getModifiers()))
          .collect(Collectors.toMap(Method::getName, m -> m));

  Lookup {
    args = List.copyOf(args);
  }

  /** The look-up {@code method} of {@link Catalogue} with {@code args} (null: none). */
  static Lookup of(Method method, Object[] args) {
    List<Object> list = args == null ? List.of() : Arrays.asList(args);
    for (Class<?> type : method.getParameterTypes()) {
      if (!ARGUMENTS.containsKey(type))
        throw new IllegalStateException(
            "Catalogue." + method.getName() + " takes a " + type + ", which a look-up cannot keep");
    }
    return new Lookup(method, list);
  }

  /**
   * The look-up {@code text} writes.
   *
   * @throws IllegalArgumentException if it names no method of {@link Catalogue}, or its arguments
   *     do not fit the method's
   */
  static Lookup parse(String text) {
    String[] parts = text.split(String.valueOf(SEPARATOR), -1);
    Method m = METHODS.get(parts[0]);
    if (m == null || m.getParameterCount() != parts.length - 1)
      throw new IllegalArgumentException("not a catalogue look-up: '" + text + "'");
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < parts.length; i++)
      args.add(ARGUMENTS.get(m.getParameterTypes()[i - 1]).apply(parts[i]));
    return new Lookup(m, args);
  }

  /** The method's name, then each argument, separated by U+001F. */
  String text() {
    StringBuilder b = new StringBuilder(method.getName());
    for (Object a : args) b.append(SEPARATOR).append(a);
    return b.toString();
  }

  /** What {@code catalogue} answers. */
  Object askOf(Catalogue catalogue) {
    try {
      return method.invoke(catalogue, args.toArray());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether {@code catalogue} has anything to answer: an entry, a non-empty list or set, true, a
   * count above zero (anything else counts as an answer).
   *
   * <p>Every look-up selects from the catalogue's entries, so its answer over a whole archive can
   * change only if a document added or removed answers it on its own: asked of a catalogue of just
   * the documents added, or of just those removed, a look-up that finds nothing in either has the
   * same answer as before.
   */
  boolean answeredBy(Catalogue catalogue) {
    Object answer = askOf(catalogue);
    if (answer instanceof Optional<?> o) return o.isPresent();
    if (answer instanceof Collection<?> c) return !c.isEmpty();
    if (answer instanceof Boolean b) return b;
    if (answer instanceof Number n) return n.longValue() != 0;
    return true;
  }
}
