package org.chancery.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user and password of a Solr cluster that requires Basic authentication. They come from the
 * environment, never from the command line, so that they do not show in process lists or shell
 * history: {@value #VARIABLE} holds {@code user:password}, or {@value #FILE_VARIABLE} names a file
 * that holds it. {@link #toString()} leaves the password out, so logs never carry it.
 */
public record SolrCredentials(String user, String password) {
  /** The environment variable that holds {@code user:password}. */
  public static final String VARIABLE = "CHANCERY_SOLR_AUTH";

  /** The environment variable that names a file holding {@code user:password}. */
  public static final String FILE_VARIABLE = "CHANCERY_SOLR_AUTH_FILE";

  public SolrCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isEmpty()) throw new IllegalArgumentException("the Solr user name is empty");
  }

  /**
   * The credentials {@code env} gives, if any.
   *
   * @throws IllegalArgumentException if a value is not {@code user:password}
   * @throws UncheckedIOException if the file named cannot be read
   */
  public static Optional<SolrCredentials> from(Map<String, String> env) {
    String value = env.get(VARIABLE);
    String where = VARIABLE;
    if (value == null && env.get(FILE_VARIABLE) != null) {
      Path file = Path.of(env.get(FILE_VARIABLE));
      where = file.toString();
      try {
        value = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Solr credentials in " + file, e);
      }
    }
    if (value == null || value.isEmpty()) return Optional.empty();
    int colon = value.indexOf(':');
    // The value itself is never in the message: it may be a password.
    if (colon <= 0) throw new IllegalArgumentException(where + " must hold user:password");
    return Optional.of(new SolrCredentials(value.substring(0, colon), value.substring(colon + 1)));
  }

  /** The credentials of this process's environment, if any. */
  public static Optional<SolrCredentials> fromEnvironment() {
    return from(System.getenv());
  }

  @Override
  public String toString() {
    return "SolrCredentials[user=" + user + ", password=***]";
  }
}
