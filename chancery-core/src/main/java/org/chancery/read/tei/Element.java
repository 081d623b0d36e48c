package org.chancery.read.tei;

import org.chancery.model.Block.Kind;
import org.chancery.read.tei.DocumentBuilder.Field;

/**
 * The TEI elements the reader acts on, each with what it does where it starts and ends. {@link
 * #start} returns the element to remember for the end: itself, or {@link #INLINE} where the element
 * is read as plain text (a paragraph inside a footnote, a list inside a table).
 */
enum Element {
  DOCUMENT {
    @Override
    Element start(VolumeParser v) {
      v.startDocument();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.endDocument();
    }
  },
  DIV {
    @Override
    Element start(VolumeParser v) {
      v.startDiv();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.endDiv();
    }
  },
  ATTACHMENT {
    @Override
    Element start(VolumeParser v) {
      if (v.doc().redirected()) return INLINE;
      v.doc().blocks.startAttachment();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().blocks.endAttachment();
    }
  },
  HEAD(Kind.HEADING) {
    @Override
    Element start(VolumeParser v) {
      if (block(v) == INLINE) return INLINE;
      v.doc().heads++;
      return this;
    }

    @Override
    void end(VolumeParser v) {
      super.end(v);
      v.doc().heads--;
    }
  },
  DATELINE(Kind.DATELINE) {
    @Override
    Element start(VolumeParser v) {
      if (block(v) == INLINE) return INLINE;
      if (v.doc().blocks.attachment() > 0) return BLOCK_DATELINE;
      v.doc().datelines++;
      v.doc().capture(Field.DATELINE, v.depth());
      return this;
    }

    @Override
    void end(VolumeParser v) {
      super.end(v);
      v.doc().datelines--;
    }
  },
  // A dateline of an attachment: a block, nothing more.
  BLOCK_DATELINE(Kind.DATELINE),
  OPENER(Kind.OPENER),
  CLOSER(Kind.CLOSER),
  P(Kind.PARAGRAPH),
  ITEM(Kind.ITEM),
  TABLE(Kind.TABLE),
  QUOTE(Kind.QUOTATION),
  POSTSCRIPT(Kind.POSTSCRIPT),
  // A note with neither number nor type ("By the President:"): a paragraph of its own between
  // blocks, plain text inside one.
  NOTE(Kind.PARAGRAPH) {
    @Override
    Element start(VolumeParser v) {
      return v.doc().blocks.inText() ? INLINE : block(v);
    }
  },
  PLACE {
    @Override
    Element start(VolumeParser v) {
      if (v.inOwnDateline()) v.doc().capture(Field.PLACE, v.depth());
      return this;
    }
  },
  DATE {
    @Override
    Element start(VolumeParser v) {
      if (v.inOwnDateline()) v.date();
      return this;
    }
  },
  SIGNED {
    @Override
    Element start(VolumeParser v) {
      if (v.doc().blocks.attachment() == 0 && !v.doc().redirected())
        v.doc().capture(Field.SIGNATURE, v.depth());
      return this;
    }
  },
  // A sender's or recipient's name is a party in the heading and may be a listed person too.
  SENDER_NAME(Field.SENDER_NAME) {
    @Override
    Element start(VolumeParser v) {
      super.start(v);
      return PERSON.start(v);
    }
  },
  SENDER_ROLE(Field.SENDER_ROLE),
  RECIPIENT_NAME(Field.RECIPIENT_NAME) {
    @Override
    Element start(VolumeParser v) {
      super.start(v);
      return PERSON.start(v);
    }
  },
  RECIPIENT_ROLE(Field.RECIPIENT_ROLE),
  // A persName tied to the List of Principal Persons by corresp: marked in the block's text.
  PERSON {
    @Override
    Element start(VolumeParser v) {
      return v.personName() ? this : INLINE;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().blocks.endPersonName();
    }
  },
  // A gloss pointing at an entry of the list of abbreviations: the document uses the term.
  GLOSS {
    @Override
    Element start(VolumeParser v) {
      v.gloss();
      return this;
    }
  },
  // An item outside the documents: an entry of the List of Principal Persons if it lists a name,
  // of the list of abbreviations if it lists a term.
  LIST_ENTRY {
    @Override
    Element start(VolumeParser v) {
      v.persons().startItem();
      v.terms().startItem();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.persons().endItem();
      v.terms().endItem();
    }
  },
  // A term an entry of the list of abbreviations lists, term with an xml:id.
  LISTED_TERM {
    @Override
    Element start(VolumeParser v) {
      return v.terms().startTerm(v.xmlId()) ? this : INLINE;
    }

    @Override
    void end(VolumeParser v) {
      v.terms().endTerm();
    }
  },
  // The name an entry lists, persName with an xml:id.
  LISTED_NAME {
    @Override
    Element start(VolumeParser v) {
      return v.persons().startName(v.xmlId()) ? this : INLINE;
    }

    @Override
    void end(VolumeParser v) {
      v.persons().endName();
    }
  },
  LIST {
    @Override
    Element start(VolumeParser v) {
      return v.doc().redirected() || v.doc().blocks.inTable() ? INLINE : this;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().blocks.endList();
    }
  },
  LABEL {
    @Override
    Element start(VolumeParser v) {
      if (v.doc().redirected() || v.doc().blocks.inTable()) return INLINE;
      v.doc().startLabel();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().endLabel();
    }
  },
  ROW {
    @Override
    Element start(VolumeParser v) {
      v.doc().row();
      return this;
    }
  },
  CELL {
    @Override
    Element start(VolumeParser v) {
      v.doc().cell();
      return this;
    }
  },
  LB {
    @Override
    Element start(VolumeParser v) {
      v.doc().lineBreak();
      return this;
    }
  },
  PB {
    @Override
    Element start(VolumeParser v) {
      v.pageBreak();
      return this;
    }
  },
  REF {
    @Override
    Element start(VolumeParser v) {
      v.doc().ref(v.attr("target"));
      return this;
    }
  },
  SOURCE_NOTE {
    @Override
    Element start(VolumeParser v) {
      v.doc().startSourceNote();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().endSourceNote();
    }
  },
  FOOTNOTE {
    @Override
    Element start(VolumeParser v) {
      v.doc().startFootnote(v.attr("n"), v.xmlId());
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.doc().endFootnote();
    }
  },
  TITLE {
    @Override
    Element start(VolumeParser v) {
      v.startTitle();
      return this;
    }

    @Override
    void end(VolumeParser v) {
      v.endTitle();
    }
  },
  INLINE;

  private final Kind kind;
  private final Field party;

  Element() {
    this(null, null);
  }

  Element(Kind kind) {
    this(kind, null);
  }

  Element(Field party) {
    this(null, party);
  }

  Element(Kind kind, Field party) {
    this.kind = kind;
    this.party = party;
  }

  /** The element starts; returns what to remember for its end. */
  Element start(VolumeParser v) {
    if (kind != null) return block(v);
    if (party != null) v.party(party);
    return this;
  }

  void end(VolumeParser v) {
    if (kind != null) v.doc().blocks.end(kind);
  }

  Element block(VolumeParser v) {
    if (v.doc().redirected()) return INLINE;
    v.doc().blocks.start(kind);
    return this;
  }

  /** The element named {@code name} where the reader stands now. */
  static Element of(String name, VolumeParser v) {
    if (name.equals("div")) return "document".equals(v.attr("type")) ? DOCUMENT : DIV;
    if (v.doc() == null) return outside(name);
    return switch (name) {
      case "attachment" -> ATTACHMENT;
      case "head" -> HEAD;
      case "dateline" -> DATELINE;
      case "placeName" -> PLACE;
      case "date" -> DATE;
      case "opener" -> OPENER;
      case "closer" -> CLOSER;
      case "signed" -> SIGNED;
      case "p" -> P;
      case "list" -> LIST;
      case "item" -> ITEM;
      case "label" -> LABEL;
      case "table" -> TABLE;
      case "row" -> ROW;
      case "cell" -> CELL;
      case "quote" -> QUOTE;
      case "postscript" -> POSTSCRIPT;
      case "lb" -> LB;
      case "pb" -> PB;
      case "ref" -> REF;
      case "note" -> note(v);
      case "persName" -> party(v, SENDER_NAME, RECIPIENT_NAME, PERSON);
      case "gloss" -> party(v, SENDER_ROLE, RECIPIENT_ROLE, GLOSS);
      default -> INLINE;
    };
  }

  private static Element note(VolumeParser v) {
    if ("source".equals(v.attr("type"))) return SOURCE_NOTE;
    return v.attr("n") != null ? FOOTNOTE : NOTE;
  }

  // Front matter: page breaks, the title, the List of Principal Persons, the list of
  // abbreviations.
  private static Element outside(String name) {
    return switch (name) {
      case "pb" -> PB;
      case "title" -> TITLE;
      case "item" -> LIST_ENTRY;
      case "persName" -> LISTED_NAME;
      case "term" -> LISTED_TERM;
      default -> INLINE;
    };
  }

  private static Element party(VolumeParser v, Element from, Element to, Element other) {
    String type = v.attr("type");
    return "from".equals(type) ? from : "to".equals(type) ? to : other;
  }
}
