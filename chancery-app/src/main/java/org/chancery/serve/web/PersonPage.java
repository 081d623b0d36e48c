package org.chancery.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Exchange.Correspondent;
import org.chancery.search.FacetCount;
import org.chancery.search.Hit;
import org.chancery.search.PersonRecord;

/**
 * The person page's model: a POCOM person and their roles over time, or a person outside POCOM and
 * the evidence that made their Chancery id; their documents per year and the first of them by date,
 * searches for all they sent, received and are named in, and their correspondents.
 *
 * @param record the person, roles and counts
 * @param evidence for a person outside POCOM, what made the id
 * @param years documents sent, received or named in, per year
 * @param first the first {@link #FIRST_DOCUMENTS} of those documents by date
 * @param correspondents who they wrote to and heard from, busiest first
 * @param capped whether the correspondents are those of the busiest pairs only
 */
record PersonPage(
    PersonRecord record,
    Optional<PersonEvidence> evidence,
    List<FacetCount> years,
    List<Hit> first,
    List<CorrespondenceNetwork.Tie> correspondents,
    boolean capped) {
  /** How many of the person's documents the page lists. */
  static final int FIRST_DOCUMENTS = 20;

  PersonPage {
    java.util.Objects.requireNonNull(evidence, "evidence");
    years = List.copyOf(years);
    first = List.copyOf(first);
    correspondents = List.copyOf(correspondents);
  }

  /** The query for every document that names person {@code id} as sender, recipient or mention. */
  static String allQuery(String id) {
    return "sent:" + id + " OR received:" + id + " OR mentioned:" + id;
  }

  /** The query for every document person {@code id} sent or received. */
  static String correspondenceQuery(String id) {
    return "sent:" + id + " OR received:" + id;
  }

  private String id() {
    return record.person().id();
  }

  /** Every document that names the person as sender, recipient or identified mention. */
  String allHref() {
    return search(allQuery(id()));
  }

  /** The documents the person sent. */
  String sentHref() {
    return search("sent:" + id());
  }

  /** The documents the person received. */
  String receivedHref() {
    return search("received:" + id());
  }

  /** The documents the editors identify the person in. */
  String mentionedHref() {
    return search("mentioned:" + id());
  }

  /** The network of the person's correspondence. */
  String networkHref() {
    return "/network?q=" + enc(correspondenceQuery(id()));
  }

  /** Documents per year, each bar leading to that year's documents. */
  YearChart chart() {
    return YearChart.of(years, y -> allHref() + "&from=" + y + "&to=" + y);
  }

  /** The page of a correspondent: a person's page, else a search for the office. */
  static String href(Correspondent c) {
    return c.kind() == Correspondent.Kind.PERSON
        ? "/people/" + c.key()
        : search("sender:\"" + c.key() + "\" OR recipient:\"" + c.key() + "\"");
  }

  /** The messages the person sent to {@code c}. */
  String wroteToHref(Correspondent c) {
    return search("sent:" + id() + " " + side("received", "recipient", c));
  }

  /** The messages the person received from {@code c}. */
  String heardFromHref(Correspondent c) {
    return search("received:" + id() + " " + side("sent", "sender", c));
  }

  // A person by their id, an office by its words.
  private static String side(String personField, String officeField, Correspondent c) {
    return c.kind() == Correspondent.Kind.PERSON
        ? personField + ":" + c.key()
        : officeField + ":\"" + c.key() + "\"";
  }

  private static String search(String q) {
    return "/search?q=" + enc(q) + "&sort=date";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
