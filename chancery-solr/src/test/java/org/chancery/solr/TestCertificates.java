package org.chancery.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A test certificate authority and a server certificate it signed for 127.0.0.1 and localhost, made
 * by the running JDK's {@code keytool} in a folder: the server's PKCS12 key store (its key and
 * chain), and a PKCS12 trust store that holds the authority's certificate alone. Both stores have
 * the one random {@link #password()}.
 */
record TestCertificates(Path trustStore, Path serverKeyStore, Path authority, String password) {
  // keytool reads the password from its environment: tests keep passwords off command lines too.
  private static final String PASSWORD_VARIABLE = "TEST_STORE_PASSWORD";

  /** Makes the authority, the server's certificate and both stores in {@code dir}. */
  static TestCertificates create(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    String password = UUID.randomUUID().toString();
    Path ca = dir.resolve("ca.p12");
    Path caPem = dir.resolve("ca.pem");
    Path server = dir.resolve("server.p12");
    Path request = dir.resolve("server.csr");
    Path signed = dir.resolve("server.pem");
    Path trust = dir.resolve("truststore.p12");
    keytool(
            password,
            "-genkeypair",
            "-keystore",
            ca,
            "-alias",
            "ca",
            "-dname",
            "CN=Chancery Test CA")
        .ext("bc:c")
        .run();
    keytool(password, "-exportcert", "-keystore", ca, "-alias", "ca", "-rfc", "-file", caPem).run();
    keytool(
            password,
            "-genkeypair",
            "-keystore",
            server,
            "-alias",
            "server",
            "-dname",
            "CN=localhost")
        .run();
    keytool(password, "-certreq", "-keystore", server, "-alias", "server", "-file", request).run();
    keytool(password, "-gencert", "-keystore", ca, "-alias", "ca", "-rfc")
        .args("-infile", request, "-outfile", signed)
        .ext("san=ip:127.0.0.1,dns:localhost")
        .ext("eku=serverAuth")
        .run();
    // The reply is accepted once the store holds the certificate it chains to.
    keytool(password, "-importcert", "-noprompt", "-keystore", server, "-alias", "ca")
        .args("-file", caPem)
        .run();
    keytool(password, "-importcert", "-keystore", server, "-alias", "server", "-file", signed)
        .run();
    keytool(password, "-importcert", "-noprompt", "-keystore", trust, "-alias", "ca")
        .args("-file", caPem)
        .run();
    return new TestCertificates(trust, server, caPem, password);
  }

  /** A JKS (not PKCS12) store in {@code dir} that trusts the authority, with the same password. */
  Path jksTrustStore(Path dir) throws IOException, InterruptedException {
    Path jks = dir.resolve("truststore.jks");
    keytool(password, "-importcert", "-noprompt", "-keystore", jks, "-storetype", "JKS")
        .args("-alias", "ca", "-file", authority)
        .run();
    return jks;
  }

  /** The environment that names the trust store, its password given in the variable. */
  Map<String, String> environment() {
    return Map.of(SolrTrust.VARIABLE, trustStore.toString(), SolrTrust.PASSWORD_VARIABLE, password);
  }

  private static Keytool keytool(String password, Object... args) {
    return new Keytool(password).args(args);
  }

  /** One keytool command: PKCS12, EC keys (quick to make), valid for two days. */
  private static final class Keytool {
    private final String password;
    private final List<String> command = new ArrayList<>();

    Keytool(String password) {
      this.password = password;
      command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
      // Its work is milliseconds; the JVM's start is the cost, halved on 2 busy cores by these.
      command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    }

    Keytool args(Object... args) {
      for (Object a : args) command.add(a.toString());
      return this;
    }

    Keytool ext(String extension) {
      return args("-ext", extension);
    }

    void run() throws IOException, InterruptedException {
      String verb = command.get(3);
      if (verb.equals("-genkeypair"))
        args("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2");
      if (verb.equals("-gencert")) args("-validity", "2");
      if (!command.contains("-storetype")) args("-storetype", "PKCS12");
      args("-storepass:env", PASSWORD_VARIABLE);
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put(PASSWORD_VARIABLE, password);
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("keytool " + verb + " did not finish in 60 s");
      }
      if (p.exitValue() != 0)
        throw new IOException("keytool " + String.join(" ", command) + " failed: " + output);
    }
  }
}
