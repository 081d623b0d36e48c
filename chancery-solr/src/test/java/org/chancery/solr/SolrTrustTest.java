package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust store of the environment: each way it can be given, and each way it can be wrong, with
 * real PKCS12 stores made by keytool.
 */
class SolrTrustTest {
  @TempDir static Path dir;
  static TestCertificates certs;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = TestCertificates.create(dir.resolve("certs"));
  }

  @Test
  void givesNoContextWhereNoStoreIsNamed() throws Exception {
    assertEquals(Optional.empty(), SolrTrust.from(Map.of()));
    assertEquals(Optional.empty(), SolrTrust.from(Map.of(SolrTrust.VARIABLE, "")));
  }

  // A real handshake: the store's authority signed the server's certificate for 127.0.0.1, which
  // the JVM's own trust does not know.
  @Test
  void trustsTheServerItsAuthoritySignedAndTheJvmDoesNot() throws Exception {
    SSLContext trust = SolrTrust.from(certs.environment()).orElseThrow();
    HttpsServer server = httpsServer();
    try {
      URI uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
      HttpRequest get = HttpRequest.newBuilder(uri).build();
      HttpResponse<String> r =
          HttpClient.newBuilder()
              .sslContext(trust)
              .build()
              .send(get, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("trusted", r.body());
      assertThrows(
          SSLHandshakeException.class,
          () -> HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString()));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void readsThePasswordFromTheFileTheOtherVariableNames() throws Exception {
    Path file = Files.writeString(dir.resolve("password"), certs.password() + "\n");
    assertTrue(
        SolrTrust.from(
                Map.of(
                    SolrTrust.VARIABLE,
                    certs.trustStore().toString(),
                    SolrTrust.PASSWORD_FILE_VARIABLE,
                    file.toString()))
            .isPresent());
  }

  @Test
  void refusesBothPasswordVariables() {
    Map<String, String> env = new HashMap<>(certs.environment());
    env.put(SolrTrust.PASSWORD_FILE_VARIABLE, dir.resolve("password").toString());
    assertEquals(
        "both CHANCERY_SOLR_TRUSTSTORE_PASSWORD and CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE are set:"
            + " give the Solr trust store's password in one of them",
        refused(env).getMessage());
  }

  @Test
  void refusesAStoreWithoutItsPassword() {
    String message =
        refused(Map.of(SolrTrust.VARIABLE, certs.trustStore().toString())).getMessage();
    assertEquals(
        "the Solr trust store "
            + certs.trustStore()
            + " needs its password: set CHANCERY_SOLR_TRUSTSTORE_PASSWORD,"
            + " or CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE to a file that holds it",
        message);
  }

  @Test
  void refusesAPasswordWithoutAStore() {
    assertEquals(
        "CHANCERY_SOLR_TRUSTSTORE_PASSWORD is set, but CHANCERY_SOLR_TRUSTSTORE names no trust"
            + " store",
        refused(Map.of(SolrTrust.PASSWORD_VARIABLE, certs.password())).getMessage());
  }

  @Test
  void namesAStoreThatDoesNotExist() {
    Path missing = dir.resolve("missing.p12");
    assertEquals(
        "the Solr trust store " + missing + " (CHANCERY_SOLR_TRUSTSTORE) does not exist",
        refused(env(missing, certs.password())).getMessage());
  }

  @Test
  void namesAStoreThatIsAFolder() {
    assertEquals(
        "the Solr trust store " + dir + " (CHANCERY_SOLR_TRUSTSTORE) is a folder, not a file",
        refused(env(dir, certs.password())).getMessage());
  }

  @Test
  void saysThePasswordIsWrongWithoutRepeatingIt() {
    String wrong = "not-" + certs.password();
    SolrTrustException e = refused(env(certs.trustStore(), wrong));
    assertEquals(
        "the Solr trust store "
            + certs.trustStore()
            + " (CHANCERY_SOLR_TRUSTSTORE): wrong password (from CHANCERY_SOLR_TRUSTSTORE_PASSWORD)",
        e.getMessage());
    assertFalse(e.toString().contains(wrong), e.toString());
  }

  @Test
  void saysWhichFileTheWrongPasswordCameFrom() throws Exception {
    Path file = Files.writeString(dir.resolve("wrong-password"), "wrong\n");
    String message =
        refused(
                Map.of(
                    SolrTrust.VARIABLE,
                    certs.trustStore().toString(),
                    SolrTrust.PASSWORD_FILE_VARIABLE,
                    file.toString()))
            .getMessage();
    assertTrue(
        message.endsWith(": wrong password (from CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE)"),
        message);
  }

  @Test
  void refusesAJksStoreAndAFileThatIsNoKeyStore() throws Exception {
    Path jks = certs.jksTrustStore(dir);
    assertEquals(
        "the Solr trust store " + jks + " (CHANCERY_SOLR_TRUSTSTORE) is not a PKCS12 key store",
        refused(env(jks, certs.password())).getMessage());
    // A PEM certificate is the usual mistake: the authority's certificate, not a store of it.
    assertEquals(
        "the Solr trust store "
            + certs.authority()
            + " (CHANCERY_SOLR_TRUSTSTORE) is not a PKCS12 key store",
        refused(env(certs.authority(), certs.password())).getMessage());
    Path truncated = dir.resolve("truncated.p12");
    byte[] whole = Files.readAllBytes(certs.trustStore());
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    String message = refused(env(truncated, certs.password())).getMessage();
    assertTrue(
        message.startsWith(
            "the Solr trust store "
                + truncated
                + " (CHANCERY_SOLR_TRUSTSTORE) is not a PKCS12 key store"),
        message);
  }

  @Test
  void refusesAStoreWithNoCertificate() throws Exception {
    Path empty = dir.resolve("empty.p12");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    try (OutputStream out = Files.newOutputStream(empty)) {
      ks.store(out, certs.password().toCharArray());
    }
    assertEquals(
        "the Solr trust store "
            + empty
            + " (CHANCERY_SOLR_TRUSTSTORE) holds no certificate to trust",
        refused(env(empty, certs.password())).getMessage());
  }

  @Test
  void namesAPasswordFileThatDoesNotExistOrIsEmpty() throws Exception {
    Path missing = dir.resolve("no-password-file");
    assertEquals(
        "the Solr trust store's password file "
            + missing
            + " (CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE) does not exist",
        refused(passwordFileEnv(missing)).getMessage());
    Path empty = Files.writeString(dir.resolve("empty-password"), "\n");
    assertEquals(
        "the Solr trust store's password file "
            + empty
            + " (CHANCERY_SOLR_TRUSTSTORE_PASSWORD_FILE) is empty",
        refused(passwordFileEnv(empty)).getMessage());
  }

  // What the command line needs to report it in one line, as a file it cannot use.
  @Test
  void isAnIOException() {
    assertInstanceOf(IOException.class, refused(Map.of(SolrTrust.PASSWORD_VARIABLE, "x")));
  }

  private static SolrTrustException refused(Map<String, String> env) {
    return assertThrows(SolrTrustException.class, () -> SolrTrust.from(env));
  }

  private static Map<String, String> env(Path store, String password) {
    return Map.of(SolrTrust.VARIABLE, store.toString(), SolrTrust.PASSWORD_VARIABLE, password);
  }

  private static Map<String, String> passwordFileEnv(Path file) {
    return Map.of(
        SolrTrust.VARIABLE,
        certs.trustStore().toString(),
        SolrTrust.PASSWORD_FILE_VARIABLE,
        file.toString());
  }

  // An HTTPS server on 127.0.0.1 with the certificate the test authority signed; answers
  // "trusted".
  private static HttpsServer httpsServer() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(certs.serverKeyStore())) {
      keys.load(in, certs.password().toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, certs.password().toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "trusted".getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
}
