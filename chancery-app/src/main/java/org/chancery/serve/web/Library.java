package org.chancery.serve.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.link.Link;
import org.chancery.model.Document;
import org.chancery.model.FileNumber;
import org.chancery.search.CorrespondenceNetwork;
import org.chancery.search.Exchange;
import org.chancery.search.Facet;
import org.chancery.search.Hit;
import org.chancery.search.PersonRecord;
import org.chancery.search.QueryParser;
import org.chancery.search.RelatedBy;
import org.chancery.search.RelatedDocument;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchInput;
import org.chancery.search.SearchInputException;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.search.UserQuery;
import org.chancery.search.VolumeInfo;
import org.chancery.understand.decimal.DecodedFile;
import org.chancery.understand.decimal.FileNumberDecoder;
import org.chancery.understand.people.PeopleDirectory;
import org.chancery.understand.people.Person;

/**
 * The reading room's one service: searches, documents with their neighbours, links and threads,
 * volumes and their contents, people and file numbers. Pages and the JSON API both call it.
 *
 * <p>Volume lists and contents are computed once: a library serves one archive generation, which
 * never changes ({@link ArchiveView}; a new generation gets a library of its own).
 */
final class Library {
  private final SearchBackend backend;
  private final Understood understood;
  private final SearchCache cache;
  private final List<DocumentSections> sections;
  private final ArchiveLinks links;
  private final Map<String, List<Hit>> contents = new ConcurrentHashMap<>();
  private volatile List<VolumeInfo> volumes;
  private volatile Shelves shelves;
  private volatile Map<String, VolumeInfo> volumesById;

  /** How many documents of a thread a document page lists, around the document itself. */
  static final int THREAD_WINDOW = 15;

  /** The most documents of a thread its page lists. */
  static final int MAX_THREAD = 500;

  Library(
      SearchBackend backend, int cacheSize, List<DocumentSections> sections, ArchiveLinks links) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.understood = Understood.of(backend);
    this.cache = new SearchCache(backend, cacheSize);
    this.sections = List.copyOf(sections);
    this.links = Objects.requireNonNull(links, "links");
  }

  /** The result of a search. */
  SearchResult search(SearchRequest request) throws IOException {
    return cache.search(request);
  }

  /**
   * Checks that the archive can search as {@code input} asks: by meaning only where it holds
   * meanings.
   *
   * @throws SearchInputException naming {@code mode} if it cannot
   */
  void check(SearchInput input) throws IOException, SearchInputException {
    if (input.mode() == SearchRequest.Mode.HYBRID && meanings() == 0) {
      throw new SearchInputException(
          SearchInput.Parameter.MODE,
          "hybrid needs meanings, and this archive holds none: import it with --embed");
    }
  }

  /** The volumes in the archive, by id. */
  List<VolumeInfo> volumes() throws IOException {
    List<VolumeInfo> v = volumes;
    if (v != null) return v;
    // Once, though many requests arrive before it is known: each would ask the engine.
    synchronized (this) {
      if (volumes == null) volumes = List.copyOf(backend.volumes());
      return volumes;
    }
  }

  /** The volumes shelved by era, with the archive's documents per year. */
  Shelves shelves() throws IOException {
    Shelves s = shelves;
    if (s != null) return s;
    synchronized (this) {
      if (shelves == null) shelves = Shelves.of(backend, volumes());
      return shelves;
    }
  }

  /** The volume {@code id}, if the archive holds it. */
  Optional<VolumeInfo> volume(String id) throws IOException {
    Map<String, VolumeInfo> byId = volumesById;
    if (byId == null) {
      byId = new HashMap<>();
      for (VolumeInfo v : volumes()) byId.put(v.id(), v);
      volumesById = byId;
    }
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The documents of volume {@code id} in their order (d1, d2, ... d10), empty when there is no
   * such volume.
   */
  List<Hit> contents(String id) throws IOException {
    List<Hit> c = contents.get(id);
    if (c == null && volume(id).isPresent()) contents.put(id, c = List.copyOf(list(id)));
    return c == null ? List.of() : c;
  }

  private List<Hit> list(String volume) throws IOException {
    List<Hit> all = new ArrayList<>();
    SearchRequest r =
        SearchRequest.of(UserQuery.ALL).volumes(Set.of(volume)).snippets(false).facets(Set.of());
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      SearchResult page = backend.search(r.page(offset, SearchRequest.MAX_LIMIT));
      all.addAll(page.hits());
      if (page.hits().size() < SearchRequest.MAX_LIMIT) break;
    }
    all.sort(Comparator.comparing(Hit::id, NaturalOrder.INSTANCE));
    return all;
  }

  /** Document {@code id} of volume {@code volume} as its page shows it, if the archive holds it. */
  Optional<Reading> reading(String volume, String id) throws IOException {
    Optional<Document> d = backend.document(volume + "/" + id);
    if (d.isEmpty()) return Optional.empty();
    VolumeInfo v = volume(volume).orElse(new VolumeInfo(volume, volume, 0));
    List<Hit> list = contents(volume);
    int at = indexOf(list, id);
    Optional<Hit> previous = at > 0 ? Optional.of(list.get(at - 1)) : Optional.empty();
    Optional<Hit> next =
        at >= 0 && at + 1 < list.size() ? Optional.of(list.get(at + 1)) : Optional.empty();
    return Optional.of(
        new Reading(
            d.get(),
            v,
            at + 1,
            previous,
            next,
            BodyView.of(d.get(), cites(d.get().key())),
            Citation.of(d.get(), v.title()),
            sectionsFor(d.get()),
            thread(d.get().key(), THREAD_WINDOW)));
  }

  /** Document {@code id} of volume {@code volume} as imported, if the archive holds it. */
  Optional<Document> document(String volume, String id) throws IOException {
    return backend.document(volume + "/" + id);
  }

  /** The sections every contributor has for {@code d}, then its related documents. */
  /** What is understood of the archive's documents. */
  Understood understood() {
    return understood;
  }

  List<Section> sectionsFor(Document d) throws IOException {
    List<Section> all = new ArrayList<>();
    for (DocumentSections s : sections) all.addAll(s.sectionsFor(d));
    all.add(RelatedSection.byWords(related(d.key(), RelatedSection.ON_PAGE, RelatedBy.WORDS)));
    if (meanings() > 0) {
      all.add(
          RelatedSection.byMeaning(related(d.key(), RelatedSection.ON_PAGE, RelatedBy.MEANING)));
    }
    return all;
  }

  /** The links from the document {@code key}, in order: references, then editorial ones. */
  List<Link> cites(String key) {
    return links.links().cites(key);
  }

  /** The resolved links that lead to the document {@code key}. */
  List<Link> citedBy(String key) {
    return links.links().citedBy(key);
  }

  /**
   * The thread of document {@code id} of {@code volume}, if the archive holds it: up to {@link
   * #MAX_THREAD} documents.
   */
  Optional<ThreadView> thread(String volume, String id) throws IOException {
    String key = volume + "/" + id;
    return backend.document(key).isEmpty()
        ? Optional.empty()
        : Optional.of(thread(key, MAX_THREAD));
  }

  // At most {@code window} documents, centred on {@code key} where the thread is longer.
  private ThreadView thread(String key, int window) throws IOException {
    List<String> all = links.threads().threadOf(key);
    int at = Math.max(0, all.indexOf(key));
    int from = Math.max(0, Math.min(at - window / 2, all.size() - window));
    List<ThreadView.Member> members = new ArrayList<>();
    for (String k : all.subList(from, Math.min(all.size(), from + window))) {
      members.add(ThreadView.Member.of(k, backend.document(k), k.equals(key)));
    }
    return new ThreadView(key, all.size(), members);
  }

  /**
   * The documents of any volume most related to document {@code key} {@code by} words, meaning or
   * both, most related first.
   */
  List<RelatedDocument> related(String key, int limit, RelatedBy by) throws IOException {
    return backend.related(key, limit, by);
  }

  /** How many documents carry a stored meaning (none: no search or relation by meaning). */
  int meanings() throws IOException {
    return backend.meanings();
  }

  /** The POCOM person {@code id} with roles and document counts, if POCOM has them. */
  Optional<PersonRecord> person(String id) throws IOException {
    Optional<Person> p = PeopleDirectory.bundled().person(id);
    return p.isEmpty() ? Optional.empty() : Optional.of(record(p.get()));
  }

  private PersonRecord record(Person p) throws IOException {
    return PersonRecord.of(p, PeopleDirectory.bundled(), backend);
  }

  /**
   * The person page of {@code id}: a POCOM person, or a person outside POCOM by the Chancery id a
   * document of the archive gives them (with the evidence that made it). Counts and roles, their
   * documents per year, the first of them by date, and their correspondents; all counted from the
   * index, not read from the documents.
   */
  Optional<PersonPage> personPage(String id) throws IOException {
    Optional<PersonRecord> record = person(id);
    Optional<PersonEvidence> evidence = Optional.empty();
    if (record.isEmpty()) {
      evidence = PersonEvidence.find(id, backend, understood);
      if (evidence.isEmpty()) return Optional.empty();
      record = Optional.of(record(evidence.get().person()));
    }
    SearchResult all =
        search(
            SearchRequest.of(parse(PersonPage.allQuery(id)))
                .sort(SearchRequest.Sort.DATE)
                .page(0, PersonPage.FIRST_DOCUMENTS)
                .snippets(false)
                .facets(Set.of(Facet.YEAR)));
    CorrespondenceNetwork network =
        network(SearchRequest.of(parse(PersonPage.correspondenceQuery(id))));
    return Optional.of(
        new PersonPage(
            record.get(),
            evidence,
            all.facet(Facet.YEAR),
            all.hits(),
            network.ties(new Exchange.Correspondent(Exchange.Correspondent.Kind.PERSON, id)),
            network.capped()));
  }

  /** Who wrote to whom among the documents {@code request} matches: the busiest pairs. */
  CorrespondenceNetwork network(SearchRequest request) throws IOException {
    return CorrespondenceNetwork.of(backend, request, PeopleDirectory.bundled());
  }

  /** The query {@code q}, which the caller made and knows to be good. */
  static UserQuery parse(String q) {
    try {
      return QueryParser.parse(q);
    } catch (org.chancery.search.QuerySyntaxException e) {
      throw new IllegalArgumentException("'" + q + "' does not make a query: " + e.getMessage(), e);
    }
  }

  /**
   * The people a reader means by {@code name} (a surname, a full name or an id), most documents
   * first.
   */
  List<PersonRecord> people(String name) throws IOException {
    return PersonRecord.find(name, PeopleDirectory.bundled(), backend);
  }

  /**
   * The documents filed under {@code prefix}, oldest first, one page of them, and what the number
   * means.
   */
  FilePage files(String prefix, int offset, int limit) throws IOException {
    SearchResult result =
        search(
            SearchRequest.of(parse(FilePage.query(prefix)))
                .sort(SearchRequest.Sort.DATE)
                .page(offset, limit)
                .snippets(false)
                .facets(Set.of(Facet.YEAR)));
    Set<String> schemes = new java.util.TreeSet<>();
    result
        .facet(Facet.YEAR)
        .forEach(y -> schemes.add(FileNumberDecoder.scheme(Integer.parseInt(y.value()))));
    if (schemes.isEmpty()) schemes.add(DecodedFile.SCHEME_1910);
    List<DecodedFile> decoded =
        schemes.stream()
            .map(
                s ->
                    FileNumberDecoder.decode(
                        new FileNumber(prefix, Optional.empty()),
                        s.equals(DecodedFile.SCHEME_1910) ? 1930 : 1955))
            .toList();
    return new FilePage(prefix, decoded, result, offset, limit);
  }

  private static int indexOf(List<Hit> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) return i;
    }
    return -1;
  }
}
