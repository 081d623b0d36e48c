package org.chancery.serve.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chancery.link.Link;
import org.chancery.model.Document;
import org.chancery.model.FileNumber;
import org.chancery.search.Hit;
import org.chancery.search.PersonRecord;
import org.chancery.search.QueryParser;
import org.chancery.search.QuerySyntaxException;
import org.chancery.search.RelatedBy;
import org.chancery.search.RelatedDocument;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchInputException;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.serve.json.DocumentJson;
import org.chancery.serve.json.LinkJson;
import org.chancery.serve.json.PersonJson;
import org.chancery.serve.json.SearchJson;
import org.chancery.serve.json.UnderstandingJson;
import org.chancery.understand.decimal.FileNumberDecoder;

/**
 * The JSON API's answers, each made in one place: the web API ({@code /api/v1}) sends them and the
 * MCP tools return them, so both say the same. Every document in an answer carries its {@code url}
 * in the reading room and, where it is the subject, its {@code citation} (Chicago style, with the
 * Office of the Historian's stable address).
 */
public final class Answers {
  /** How many related documents are given unless asked otherwise, and the most. */
  public static final int RELATED = 10;

  /** The documents filed under a number that a decoding lists. */
  static final int FILED = 10;

  private final Library library;
  private final String base;

  Answers(Library library, String base) {
    this.library = Objects.requireNonNull(library, "library");
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * The answers over {@code backend} and the archive's {@code links}, with document URLs under
   * {@code baseUrl} (the reading room's address, such as {@code http://localhost:7070}).
   */
  public static Answers over(SearchBackend backend, ArchiveLinks links, String baseUrl) {
    return new Answers(
        new Library(backend, 1000, ReadingRoom.standardSections(backend, links), links),
        trimmed(baseUrl));
  }

  // "http://localhost:7070/" and "http://localhost:7070" alike.
  static String trimmed(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The search the form asks for, with facet counts by type, volume and year.
   *
   * @throws SearchInputException naming the bad parameter and what was expected
   */
  public String search(SearchInput.Form form) throws IOException, SearchInputException {
    SearchParams params = new SearchParams(SearchInput.parse(form, SearchParams.LIMITS));
    library.check(params.input());
    return search(params);
  }

  String search(SearchParams params) throws IOException {
    return new String(searchJson(params), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The search {@code params} ask for as UTF-8 JSON, which the API sends as it is. */
  byte[] searchJson(SearchParams params) throws IOException {
    SearchResult result = library.search(params.request());
    return Json.bytes(g -> SearchJson.write(g, result, this::hitFields));
  }

  private void hitFields(JsonGenerator g, Hit h) throws IOException {
    g.writeStringField("url", url(h.key()));
    String volumeTitle = library.volume(h.volume()).map(v -> v.title()).orElse(h.volume());
    Optional<Citation> fromHit = Citation.of(h, volumeTitle);
    DocumentJson.field(
        g,
        "citation",
        fromHit.isPresent() ? Optional.of(fromHit.get().chicago()) : citation(h.key()));
  }

  /** Document {@code id} of {@code volume}: as imported, understood, with its page's sections. */
  public Optional<String> document(String volume, String id) throws IOException {
    Optional<Document> d = library.document(volume, id);
    if (d.isEmpty()) return Optional.empty();
    var sections = library.sectionsFor(d.get());
    var understood = Optional.of(library.understood().of(d.get()));
    return Optional.of(
        json(
            g -> {
              g.writeStartObject();
              DocumentJson.writeFields(g, d.get(), understood);
              subject(g, d.get());
              g.writeArrayFieldStart("sections");
              for (Section s : sections) section(g, s);
              g.writeEndArray();
              g.writeEndObject();
            }));
  }

  /** The references from document {@code id} of {@code volume} and those that lead to it. */
  public Optional<String> links(String volume, String id) throws IOException {
    Optional<Document> d = library.document(volume, id);
    if (d.isEmpty()) return Optional.empty();
    var cites = library.cites(d.get().key());
    var citedBy = library.citedBy(d.get().key());
    return Optional.of(
        json(
            g -> {
              g.writeStartObject();
              g.writeStringField("key", d.get().key());
              subject(g, d.get());
              links(g, "cites", cites);
              links(g, "citedBy", citedBy);
              g.writeEndObject();
            }));
  }

  /** The thread of document {@code id} of {@code volume}, in order. */
  public Optional<String> thread(String volume, String id) throws IOException {
    Optional<ThreadView> t = library.thread(volume, id);
    if (t.isEmpty()) return Optional.empty();
    return Optional.of(
        json(
            g -> {
              g.writeStartObject();
              g.writeStringField("key", t.get().key());
              g.writeStringField("url", url(t.get().key()));
              g.writeNumberField("size", t.get().size());
              DocumentJson.strings(
                  g, "keys", t.get().members().stream().map(ThreadView.Member::key).toList());
              g.writeArrayFieldStart("documents");
              for (ThreadView.Member m : t.get().members()) member(g, m);
              g.writeEndArray();
              g.writeEndObject();
            }));
  }

  /**
   * The documents of any volume most related to document {@code id} of {@code volume} {@code by}
   * words, meaning or both, at most {@code limit} ({@link #RELATED} at most), each with the words
   * they share and how close in meaning they are.
   */
  public Optional<String> related(String volume, String id, int limit, RelatedBy by)
      throws IOException {
    if (limit < 1 || limit > RELATED)
      throw new IllegalArgumentException("limit must be 1.." + RELATED + ": " + limit);
    Optional<Document> d = library.document(volume, id);
    if (d.isEmpty()) return Optional.empty();
    List<RelatedDocument> related = library.related(d.get().key(), limit, by);
    RelatedBy used = library.meanings() > 0 ? by : RelatedBy.WORDS;
    return Optional.of(
        json(
            g -> {
              g.writeStartObject();
              g.writeStringField("key", d.get().key());
              subject(g, d.get());
              g.writeStringField("by", used.id());
              g.writeStringField("method", used.description());
              g.writeArrayFieldStart("related");
              for (RelatedDocument r : related) related(g, r);
              g.writeEndArray();
              g.writeEndObject();
            }));
  }

  /** The people a reader means by {@code name} (a surname, full name or POCOM id). */
  public String people(String name) throws IOException {
    List<PersonRecord> people = library.people(name);
    return json(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("people");
          for (PersonRecord p : people) person(g, p);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /**
   * The person {@code id} (a POCOM id, or a Chancery id the archive's documents use), with the
   * evidence for one outside POCOM, their documents per year and their correspondents.
   */
  public Optional<String> person(String id) throws IOException {
    Optional<PersonPage> p = library.personPage(id);
    if (p.isEmpty()) return Optional.empty();
    return Optional.of(
        json(
            g -> {
              g.writeStartObject();
              PersonJson.writeFields(g, p.get().record());
              g.writeStringField("url", base + "/people/" + id);
              PersonJson.writeActivity(
                  g,
                  p.get().record(),
                  p.get().evidence().map(e -> e.basis()),
                  p.get().years(),
                  p.get().correspondents());
              g.writeEndObject();
            }));
  }

  /**
   * What the file number {@code number} means, read as filed in {@code year} where given (else by
   * the date or running number it carries), and the archive's documents filed under it.
   *
   * @throws IllegalArgumentException if {@code number} cannot be a file number
   */
  public String decode(String number, Optional<Integer> year) throws IOException {
    String n = number.strip();
    if (!PathParams.validFilePrefix(n))
      throw new IllegalArgumentException(
          "'" + number + "' is not a file number (such as 861.20/406 or 711.00111 Armament/1)");
    var decoded = FileNumberDecoder.decode(new FileNumber(n, Optional.empty()), year);
    SearchResult filed =
        library.search(
            SearchRequest.of(fileQuery(n))
                .sort(SearchRequest.Sort.DATE)
                .page(0, FILED)
                .snippets(false)
                .facets(Set.of()));
    return json(
        g -> {
          g.writeStartObject();
          g.writeFieldName("decoded");
          UnderstandingJson.file(g, decoded);
          g.writeStringField("url", base + "/files/" + n);
          g.writeNumberField("filed", filed.total());
          g.writeArrayFieldStart("documents");
          for (Hit h : filed.hits()) entry(g, h);
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static org.chancery.search.UserQuery fileQuery(String number) {
    try {
      return QueryParser.parse("file:\"" + number.replace("\"", "") + "\"");
    } catch (QuerySyntaxException e) {
      throw new IllegalArgumentException("'" + number + "' makes no query: " + e.getMessage(), e);
    }
  }

  // The url and citation of the document an answer is about.
  private void subject(JsonGenerator g, Document d) throws IOException {
    g.writeStringField("url", url(d.key()));
    g.writeStringField("citation", citation(d).chicago());
  }

  private void person(JsonGenerator g, PersonRecord p) throws IOException {
    g.writeStartObject();
    PersonJson.writeFields(g, p);
    g.writeStringField("url", base + "/people/" + p.person().id());
    g.writeEndObject();
  }

  private void related(JsonGenerator g, RelatedDocument r) throws IOException {
    g.writeStartObject();
    Hit h = r.hit();
    g.writeStringField("key", h.key());
    g.writeStringField("title", h.title());
    DocumentJson.field(g, "date", h.date());
    g.writeStringField("type", h.type());
    g.writeNumberField("score", Math.round(h.score() * 100) / 100.0);
    DocumentJson.strings(g, "shared", r.shared());
    if (r.closeness().isPresent()) {
      g.writeNumberField("closeness", Math.round(r.closeness().getAsDouble() * 1000) / 1000.0);
    }
    g.writeStringField("url", url(h.key()));
    DocumentJson.field(g, "citation", citation(h.key()));
    g.writeEndObject();
  }

  private void links(JsonGenerator g, String name, List<Link> links) throws IOException {
    g.writeArrayFieldStart(name);
    for (Link l : links) {
      g.writeStartObject();
      LinkJson.writeFields(g, l);
      g.writeStringField("sourceUrl", url(l.source()));
      DocumentJson.field(g, "targetUrl", l.target().map(this::url));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void member(JsonGenerator g, ThreadView.Member m) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", m.key());
    DocumentJson.field(g, "date", m.date());
    DocumentJson.field(g, "serial", m.serial());
    g.writeStringField("head", m.head());
    DocumentJson.field(g, "from", m.from());
    DocumentJson.field(g, "to", m.to());
    g.writeBooleanField("current", m.current());
    g.writeStringField("url", url(m.key()));
    g.writeEndObject();
  }

  private void entry(JsonGenerator g, Hit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", h.key());
    g.writeStringField("title", h.title());
    DocumentJson.field(g, "date", h.date());
    g.writeStringField("type", h.type());
    g.writeStringField("url", url(h.key()));
    g.writeEndObject();
  }

  private static void section(JsonGenerator g, Section s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeArrayFieldStart("entries");
    for (Section.Entry e : s.entries()) {
      g.writeStartObject();
      g.writeStringField("text", e.text());
      if (e.href().isPresent()) g.writeStringField("href", e.href().get());
      if (e.note().isPresent()) g.writeStringField("note", e.note().get());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The reading room's address of the document {@code key} ({@code volume/id}). */
  String url(String key) {
    return base + "/" + key;
  }

  private Citation citation(Document d) throws IOException {
    String title = library.volume(d.volume()).map(v -> v.title()).orElse(d.volume());
    return Citation.of(d, title);
  }

  private Optional<String> citation(String key) throws IOException {
    int slash = key.indexOf('/');
    Optional<Document> d = library.document(key.substring(0, slash), key.substring(slash + 1));
    return d.isEmpty() ? Optional.empty() : Optional.of(citation(d.get()).chicago());
  }

  private static String json(Json.Writer w) throws IOException {
    return new String(Json.bytes(w), java.nio.charset.StandardCharsets.UTF_8);
  }
}
