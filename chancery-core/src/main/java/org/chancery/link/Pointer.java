package org.chancery.link;

import java.util.Objects;

/**
 * Where an editors' footnote sends the reader: a document, a page, another footnote, the document
 * before or after, or nowhere because the message is not printed. {@code volume} is the volume the
 * pointer is in; {@code number} (or "") is the serial the footnote ties the pointer to ("No. 36, on
 * p. 196").
 */
record Pointer(Type type, String volume, String value, String number) {
  enum Type {
    DOCUMENT,
    DOCUMENT_NUMBER,
    PAGE,
    /**
     * The page of another footnote ("See footnote 99, p. 285"), which says what the message was; a
     * document there is the message only if it agrees with the phrase.
     */
    FOOTNOTE,
    SUPRA,
    INFRA,
    NOT_PRINTED
  }

  Pointer {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(number, "number");
  }

  Pointer forNumber(String n) {
    return new Pointer(type, volume, value, n);
  }

  /** The same place read as a pointer of another type. */
  Pointer as(Type t) {
    return new Pointer(t, volume, value, number);
  }
}
