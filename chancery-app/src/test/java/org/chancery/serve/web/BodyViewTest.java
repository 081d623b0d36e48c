package org.chancery.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.Documents;
import org.chancery.link.Basis;
import org.chancery.link.Link;
import org.chancery.model.Anchor;
import org.chancery.model.Block;
import org.chancery.model.Document;
import org.chancery.model.Footnote;
import org.chancery.model.FootnoteMarker;
import org.chancery.model.PageBreak;
import org.chancery.serve.web.BodyView.Marker;
import org.chancery.serve.web.BodyView.More;
import org.chancery.serve.web.BodyView.Page;
import org.chancery.serve.web.BodyView.Piece;
import org.chancery.serve.web.BodyView.Ref;
import org.chancery.serve.web.BodyView.Run;
import org.chancery.serve.web.BodyView.Target;
import org.junit.jupiter.api.Test;

/** Cutting a body into pieces with its resolved references linked in place. */
class BodyViewTest {
  private static final String REASON = "posts, number and date";
  private static final Basis BASIS =
      new Basis(
          Set.of(Basis.Ground.SERIES, Basis.Ground.NUMBER, Basis.Ground.DATE),
          Basis.Confidence.HIGH);
  // What the page's title on a linked phrase says: the rule, the grounds in order, the confidence.
  private static final String WHY =
      "posts, number and date; grounds series number date; high confidence";

  private static Document doc(String text, List<Anchor> anchors, List<Footnote> notes) {
    List<Block> blocks =
        List.of(
            new Block(Block.Kind.HEADING, 0, Optional.empty(), "Head", List.of()),
            new Block(Block.Kind.PARAGRAPH, 0, Optional.empty(), text, anchors));
    return Documents.telegram(null, blocks, notes);
  }

  private static Link ref(String target, int block, int start, int end) {
    return new Link(
        "v/d1",
        "phrase",
        Optional.of(target),
        Link.Status.RESOLVED,
        Link.Evidence.TELEGRAPH,
        List.of(),
        Link.Kind.REFERENCE,
        0,
        block,
        start,
        end,
        REASON,
        BASIS);
  }

  private static List<Piece> pieces(Document d, List<Link> links) {
    return BodyView.of(d, links).blocks().get(0).pieces();
  }

  @Test
  void wrapsExactlyThePhraseOfAResolvedReference() {
    Document d = doc("12. Your 45. The army.", List.of(), List.of());
    assertEquals(
        List.of(new Run("12. "), new Ref("Your 45", "/v/d0", "v/d0", WHY), new Run(". The army.")),
        pieces(d, List.of(ref("v/d0", 1, 4, 11))));
  }

  @Test
  void aPageBreakInsideAPhraseSplitsItsLink() {
    Document d =
        doc("Your 45 and more", List.of(new PageBreak(5, "7", Optional.empty())), List.of());
    assertEquals(
        List.of(
            new Ref("Your ", "/v/d0", "v/d0", WHY),
            new Page("7", "pg_7"),
            new Ref("45", "/v/d0", "v/d0", WHY),
            new Run(" and more")),
        pieces(d, List.of(ref("v/d0", 1, 0, 7))));
  }

  @Test
  void aListOfMessagesLinksItsPhraseToTheFirstAndAddsTheOthers() {
    Document d =
        doc(
            "my 401 and 423.",
            List.of(new FootnoteMarker(14, "2", "fn2")),
            List.of(new Footnote("2", "fn2", "Ante.", List.of())));
    assertEquals(
        List.of(
            new Ref("my 401 and 423", "/v/d5", "v/d5", WHY),
            new More("/v/d6", "v/d6", WHY),
            new Marker(1, "2"),
            new Run(".")),
        pieces(d, List.of(ref("v/d5", 1, 0, 14), ref("v/d6", 1, 0, 14))));
  }

  @Test
  void leavesOutOverlappingUnresolvedAndOutOfRangeLinks() {
    Document d = doc("Your 45, 46", List.of(), List.of());
    Link unresolved =
        new Link(
            "v/d1",
            "x",
            Optional.empty(),
            Link.Status.UNRESOLVED,
            Link.Evidence.NONE,
            List.of(),
            Link.Kind.REFERENCE,
            0,
            1,
            0,
            3,
            REASON,
            BASIS);
    assertEquals(
        List.of(new Ref("Your 45", "/v/d0", "v/d0", WHY), new Run(", 46")),
        pieces(
            d,
            List.of(
                ref("v/d0", 1, 0, 7),
                ref("v/d9", 1, 5, 11),
                ref("v/d8", 1, 3, 99),
                ref("v/d7", 0, 0, 2),
                unresolved)));
  }

  @Test
  void anEditorialLinkGoesToTheFootnoteAtItsMarker() {
    Document d =
        doc(
            "the report was read",
            List.of(new FootnoteMarker(10, "1", "fn1")),
            List.of(new Footnote("1", "fn1", "See document 1.", List.of("#d1"))));
    Link editorial =
        new Link(
            "v/d1",
            "See document 1.",
            Optional.of("v/d1x"),
            Link.Status.RESOLVED,
            Link.Evidence.EDITORIAL,
            List.of(),
            Link.Kind.EDITORIAL,
            0,
            1,
            10,
            10,
            REASON,
            BASIS);
    BodyView body = BodyView.of(d, List.of(editorial));
    assertEquals(List.of(new Target("v/d1x", "/v/d1x")), body.notes().get(0).targets());
    assertEquals(
        List.of(new Run("the report"), new Marker(1, "1"), new Run(" was read")),
        body.blocks().get(0).pieces());
  }
}
