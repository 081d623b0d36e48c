package org.chancery.solr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates that TLS connections to a Solr cluster's nodes trust: a PKCS12 trust store named
 * by {@value #VARIABLE}, its password in {@value #PASSWORD_VARIABLE} or in a file named by {@value
 * #PASSWORD_FILE_VARIABLE}. Like {@link SolrCredentials} they come from the environment, never from
 * the command line, and no message carries the password. Where {@value #VARIABLE} is not set, there
 * is no context, and connections trust what the JVM trusts.
 */
public final class SolrTrust {
  /** The environment variable that names the PKCS12 trust store. */
  public static final String VARIABLE = "CHANCERY_SOLR_TRUSTSTORE";

  /** The environment variable that holds the trust store's password. */
  public static final String PASSWORD_VARIABLE = "CHANCERY_SOLR_TRUSTSTORE_PASSWORD";

  /** The environment variable that names a file holding the trust store's password. */
  public static final String PASSWORD_FILE_VARIABLE = "CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE";

  // A PKCS12 file is one DER SEQUENCE. The JDK's PKCS12 key store also loads a JKS file (its
  // compatibility mode), so the format is checked here, not left to it.
  private static final byte DER_SEQUENCE = 0x30;

  private SolrTrust() {}

  /**
   * The TLS context that trusts the certificates of the store {@code env} names, if it names one.
   *
   * @throws SolrTrustException if the store or its password cannot be used: a file missing or
   *     unreadable, not PKCS12, the password wrong, missing or given twice, no certificate in it
   */
  public static Optional<SSLContext> from(Map<String, String> env) throws SolrTrustException {
    Optional<String> store = value(env, VARIABLE);
    Optional<String> password = value(env, PASSWORD_VARIABLE);
    Optional<String> passwordFile = value(env, PASSWORD_FILE_VARIABLE);
    if (password.isPresent() && passwordFile.isPresent())
      throw new SolrTrustException(
          "both "
              + PASSWORD_VARIABLE
              + " and "
              + PASSWORD_FILE_VARIABLE
              + " are set: give the Solr trust store's password in one of them");
    if (store.isEmpty()) {
      // A password without its store is a setting gone wrong: trusting the JVM's certificates
      // instead would fail later, with a handshake error that does not say why.
      if (password.isPresent() || passwordFile.isPresent())
        throw new SolrTrustException(
            (password.isPresent() ? PASSWORD_VARIABLE : PASSWORD_FILE_VARIABLE)
                + " is set, but "
                + VARIABLE
                + " names no trust store");
      return Optional.empty();
    }
    Path file = Path.of(store.get());
    char[] secret =
        password.isPresent()
            ? password.get().toCharArray()
            : passwordFile.isPresent()
                ? readPassword(Path.of(passwordFile.get()))
                : noPassword(file);
    try {
      return Optional.of(context(file, load(file, secret, password.isPresent())));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /** The TLS context of this process's environment, if it names a trust store. */
  public static Optional<SSLContext> fromEnvironment() throws SolrTrustException {
    return from(System.getenv());
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
  }

  private static char[] noPassword(Path file) throws SolrTrustException {
    throw new SolrTrustException(
        "the Solr trust store "
            + file
            + " needs its password: set "
            + PASSWORD_VARIABLE
            + ", or "
            + PASSWORD_FILE_VARIABLE
            + " to a file that holds it");
  }

  // The file's one line; its line ending is not part of the password.
  private static char[] readPassword(Path file) throws SolrTrustException {
    String where = " (" + PASSWORD_FILE_VARIABLE + ")";
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SolrTrustException(
          "the Solr trust store's password file " + file + where + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new SolrTrustException(
          "the Solr trust store's password file " + file + where + " may not be read", e);
    } catch (IOException e) {
      throw new SolrTrustException(
          "cannot read the Solr trust store's password file " + file + where + ": " + e, e);
    }
    String line = text.replaceFirst("(\r?\n)+\\z", "");
    if (line.isEmpty())
      throw new SolrTrustException(
          "the Solr trust store's password file " + file + where + " is empty");
    return line.toCharArray();
  }

  private static KeyStore load(Path file, char[] password, boolean fromVariable)
      throws SolrTrustException {
    String store = "the Solr trust store " + file + " (" + VARIABLE + ")";
    if (Files.isDirectory(file)) throw new SolrTrustException(store + " is a folder, not a file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SolrTrustException(store + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new SolrTrustException(store + " may not be read", e);
    } catch (IOException e) {
      throw new SolrTrustException("cannot read " + store + ": " + e, e);
    }
    if (bytes.length == 0 || bytes[0] != DER_SEQUENCE)
      throw new SolrTrustException(store + " is not a PKCS12 key store");
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(bytes), password);
    } catch (IOException e) {
      // PKCS12 checks the password against the file's MAC: a mismatch is this cause.
      if (e.getCause() instanceof UnrecoverableKeyException)
        throw new SolrTrustException(
            store
                + ": wrong password (from "
                + (fromVariable ? PASSWORD_VARIABLE : PASSWORD_FILE_VARIABLE)
                + ")",
            e);
      throw new SolrTrustException(store + " is not a PKCS12 key store: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new SolrTrustException(store + " cannot be read: " + e, e);
    }
    try {
      boolean any = false;
      for (String alias : Collections.list(ks.aliases())) any |= ks.getCertificate(alias) != null;
      if (!any) throw new SolrTrustException(store + " holds no certificate to trust");
    } catch (KeyStoreException e) {
      throw new SolrTrustException(store + " cannot be read: " + e, e);
    }
    return ks;
  }

  private static SSLContext context(Path file, KeyStore trusted) throws SolrTrustException {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new SolrTrustException(
          "cannot make a TLS context of the Solr trust store " + file + ": " + e, e);
    }
  }
}
