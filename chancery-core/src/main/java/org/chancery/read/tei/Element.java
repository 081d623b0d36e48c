package org.chancery.read.tei;

import org.chancery.model.Block.Kind;
import org.chancery.read.tei.DocumentBuilder.Field;

/**
 * The TEI elements the reader acts on, each with what it does where it starts and ends. {@link
 * #start} returns the element to remember for the end: itself, or {@link #INLINE} where the
 * element is read as plain text (a paragraph inside a footnote, a list inside a table).
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
      if (v.doc().blocks.attachment() == 0 && !v.doc().redirected()) v.doc().capture(Field.SIGNATURE, v.depth());
      return this;
    }
  },
  SENDER_NAME(Field.SENDER_NAME),
  SENDER_ROLE(Field.SENDER_ROLE),
  RECIPIENT_NAME(Field.RECIPIENT_NAME),
  RECIPIENT_ROLE(Field.RECIPIENT_ROLE),
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
    if (v.doc() == null) return name.equals("pb") ? PB : name.equals("title") ? TITLE : INLINE;
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
      case "persName" -> party(v, SENDER_NAME, RECIPIENT_NAME);
      case "gloss" -> party(v, SENDER_ROLE, RECIPIENT_ROLE);
      default -> INLINE;
    };
  }

  private static Element note(VolumeParser v) {
    if ("source".equals(v.attr("type"))) return SOURCE_NOTE;
    return v.attr("n") != null ? FOOTNOTE : NOTE;
  }

  private static Element party(VolumeParser v, Element from, Element to) {
    String type = v.attr("type");
    return "from".equals(type) ? from : "to".equals(type) ? to : INLINE;
  }
}
