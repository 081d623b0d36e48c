package org.chancery.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrCredentialsTest {
  @TempDir Path dir;

  @Test
  void readsUserAndPasswordFromTheVariable() {
    assertEquals(
        Optional.of(new SolrCredentials("reader", "pa:ss")),
        SolrCredentials.from(Map.of(SolrCredentials.VARIABLE, "reader:pa:ss")));
  }

  @Test
  void readsThemFromTheFileTheOtherVariableNames() throws Exception {
    Path file = Files.writeString(dir.resolve("solr-auth"), "reader:secret\n");
    assertEquals(
        Optional.of(new SolrCredentials("reader", "secret")),
        SolrCredentials.from(Map.of(SolrCredentials.FILE_VARIABLE, file.toString())));
  }

  @Test
  void givesNoneWhereNeitherIsSet() {
    assertEquals(Optional.empty(), SolrCredentials.from(Map.of()));
  }

  @Test
  void refusesAValueWithoutAUserAndDoesNotRepeatIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SolrCredentials.from(Map.of(SolrCredentials.VARIABLE, "secret")));
    assertEquals("CHANCERY_SOLR_AUTH must hold user:password", e.getMessage());
  }

  @Test
  void printsWithoutThePassword() {
    String printed = new SolrCredentials("reader", "secret").toString();
    assertFalse(printed.contains("secret"), printed);
  }
}
