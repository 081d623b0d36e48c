package org.chancery.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chancery.search.PersonRecord;

/**
 * The person page's model: a POCOM person, their roles over time, and searches for their documents.
 */
record PersonPage(PersonRecord record) {
  /** Every document that names the person as sender, recipient or identified mention. */
  String allHref() {
    return search("person:" + record.person().id());
  }

  /** The documents the person sent. */
  String sentHref() {
    return search("sent:" + record.person().id());
  }

  /** The documents the person received. */
  String receivedHref() {
    return search("received:" + record.person().id());
  }

  private static String search(String q) {
    return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&sort=date";
  }
}
