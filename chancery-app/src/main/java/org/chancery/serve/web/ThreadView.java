package org.chancery.serve.web;

import java.util.List;
import java.util.Optional;
import org.chancery.model.Document;

/**
 * A thread as pages and the API show it: the chain of messages that resolved references join, in
 * time order, with the document it was asked for marked.
 *
 * @param key the document asked for ({@code frus1934v04/d102})
 * @param size how many documents the whole thread holds
 * @param members the documents shown, in time order (all of them, or a window around {@code key})
 */
record ThreadView(String key, int size, List<Member> members) {
  ThreadView {
    members = List.copyOf(members);
  }

  /**
   * One document of a thread: its key, and where the archive holds it its date, serial number,
   * head, and the posts it went from and to.
   */
  record Member(
      String key,
      Optional<String> date,
      Optional<String> serial,
      String head,
      Optional<String> from,
      Optional<String> to,
      boolean current) {
    /** The member {@code key}, described from {@code d} where the archive holds it. */
    static Member of(String key, Optional<Document> d, boolean current) {
      return new Member(
          key,
          d.flatMap(Document::date).map(x -> x.iso()),
          d.flatMap(Document::serial).map(s -> s.printed()),
          d.map(x -> x.head().isBlank() ? key : x.head()).orElse(key),
          d.flatMap(x -> ThreadPicture.post(x, true)),
          d.flatMap(x -> ThreadPicture.post(x, false)),
          current);
    }

    /** The member's page. */
    String href() {
      return "/" + key;
    }
  }

  /** Whether the document stands in a thread with others. */
  boolean joined() {
    return size > 1;
  }

  /** Whether some of the thread is left out of {@link #members}. */
  boolean partial() {
    return members.size() < size;
  }

  /** Who wrote to whom, when: the members as a picture. */
  ThreadPicture picture() {
    return ThreadPicture.of(members);
  }

  /** The thread's page. */
  String href() {
    return "/thread/" + key;
  }
}
