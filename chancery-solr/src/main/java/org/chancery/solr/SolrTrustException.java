package org.chancery.solr;

import java.io.IOException;

/**
 * The trust store named for Solr's TLS cannot be used; the message says which file and why. An
 * {@link IOException}, so that the command line reports it in one line, as any file it cannot use.
 */
public final class SolrTrustException extends IOException {
  private static final long serialVersionUID = 1L;

  SolrTrustException(String message) {
    super(message);
  }

  SolrTrustException(String message, Throwable cause) {
    super(message, cause);
  }
}
