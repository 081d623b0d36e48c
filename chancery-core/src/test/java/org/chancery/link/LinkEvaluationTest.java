package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkEvaluationTest {
  private static Link link(int item, Optional<String> target) {
    Link.Status status = target.isPresent() ? Link.Status.RESOLVED : Link.Status.UNRESOLVED;
    return new Link(
        "v/d9",
        "my 496 and 497",
        target,
        status,
        Link.Evidence.TELEGRAPH,
        List.of(),
        Link.Kind.REFERENCE,
        item,
        0,
        10,
        24,
        "",
        Basis.NONE);
  }

  @Test
  void goldLineForOneItemOfAListIsMatchedByItsNumber() {
    LinkEvaluation.GoldLine g =
        new LinkEvaluation.GoldLine(
            "v", "d9", "my 496 and 497", "d5", LinkEvaluation.Relation.DIRECT, 0, 1, "497");
    Map<String, List<LinkEvaluation.Scored>> links =
        Map.of(
            "v/d9",
            List.of(
                new LinkEvaluation.Scored(link(0, Optional.empty()), "496"),
                new LinkEvaluation.Scored(link(1, Optional.of("v/d5")), "497")));
    LinkEvaluation.Figures f = LinkEvaluation.score(List.of(g), links, false);
    assertEquals(1, f.correct());
    assertEquals(0, f.missed());
  }

  @Test
  void goldLineWithoutANumberIsMatchedByItsIndex() {
    LinkEvaluation.GoldLine g =
        new LinkEvaluation.GoldLine(
            "v", "d9", "my 496 and 497", "d5", LinkEvaluation.Relation.DIRECT, 1, 2, "");
    Map<String, List<LinkEvaluation.Scored>> links =
        Map.of(
            "v/d9",
            List.of(
                new LinkEvaluation.Scored(link(0, Optional.of("v/d4")), "496"),
                new LinkEvaluation.Scored(link(1, Optional.of("v/d5")), "497")));
    assertEquals(1, LinkEvaluation.score(List.of(g), links, false).correct());
  }
}
