package org.chancery.link;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@link Catalogue} that notes every look-up put to it, as {@link Lookup#text()}, for the work
 * that runs on the asking thread ({@link #run}): which questions one document's links rest on.
 *
 * <p>It stands in front of the catalogue as a proxy of the whole interface, so no look-up, however
 * new, can pass unnoted. Thread-safe: each thread notes its own.
 */
final class LookupLog {
  /** What a piece of work returned, and the look-ups it made. */
  record Logged<T>(T value, Set<String> lookups) {
    Logged {
      lookups = Set.copyOf(lookups);
    }
  }

  private final ThreadLocal<Set<String>> current = new ThreadLocal<>();
  private final Catalogue catalogue;

  /** A log of the look-ups put to {@code target}. */
  LookupLog(Catalogue target) {
    Objects.requireNonNull(target, "target");
    this.catalogue =
        (Catalogue)
            Proxy.newProxyInstance(
                Catalogue.class.getClassLoader(),
                new Class<?>[] {Catalogue.class},
                (proxy, method, args) -> {
                  Set<String> noted = current.get();
                  if (noted != null && method.getDeclaringClass() == Catalogue.class)
                    noted.add(Lookup.of(method, args).text());
                  try {
                    return method.invoke(target, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  /** The catalogue to resolve against: the target, every look-up noted. */
  Catalogue catalogue() {
    return catalogue;
  }

  /** Runs {@code work} on this thread, noting the look-ups it makes. */
  <T> Logged<T> run(Supplier<T> work) {
    Set<String> noted = new HashSet<>();
    current.set(noted);
    try {
      return new Logged<>(work.get(), noted);
    } finally {
      current.remove();
    }
  }
}
