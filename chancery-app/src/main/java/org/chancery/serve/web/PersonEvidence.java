package org.chancery.serve.web;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.chancery.model.Document;
import org.chancery.search.Hit;
import org.chancery.search.SearchBackend;
import org.chancery.search.SearchRequest;
import org.chancery.search.SearchResult;
import org.chancery.understand.Understanding;
import org.chancery.understand.people.Identification;
import org.chancery.understand.people.Person;

/**
 * What made a Chancery id: the person outside POCOM as the first document naming them identifies
 * them, and the grounds it gives (the List of Principal Persons entry, the foreign office, the
 * mission). A Chancery id is made from that evidence alone, so every document with the id gives the
 * same grounds; for a person the persons lists name in full, the name, which the documents of each
 * volume find under an entry of their own (the first document's entry is shown).
 *
 * @param person the person, by the name printed
 * @param basis the grounds, in words
 * @param document the first document, by date, that sent or received as the person
 */
record PersonEvidence(Person person, String basis, Hit document) {
  PersonEvidence {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(document, "document");
  }

  /** The evidence for Chancery id {@code id}, if a document in {@code backend} has the id. */
  static Optional<PersonEvidence> find(String id, SearchBackend backend, Understood understood)
      throws IOException {
    if (!id.startsWith(Person.CHANCERY)) return Optional.empty();
    SearchResult first =
        backend.search(
            SearchRequest.of(Library.parse(PersonPage.correspondenceQuery(id)))
                .sort(SearchRequest.Sort.DATE)
                .page(0, 1)
                .snippets(false)
                .facets(java.util.Set.of()));
    if (first.hits().isEmpty()) return Optional.empty();
    Hit hit = first.hits().get(0);
    Optional<Document> d = backend.document(hit.key());
    if (d.isEmpty()) return Optional.empty();
    Understanding u = understood.of(d.get());
    return Stream.of(u.sender(), u.recipient())
        .flatMap(Optional::stream)
        .filter(i -> i.person().map(p -> p.id().equals(id)).orElse(false))
        .findFirst()
        .map(i -> new PersonEvidence(i.person().get(), basis(i), hit));
  }

  // The grounds without the "outside POCOM: " every such basis opens with.
  private static String basis(Identification i) {
    return i.basis().replaceFirst("^outside POCOM:\\s*", "");
  }
}
