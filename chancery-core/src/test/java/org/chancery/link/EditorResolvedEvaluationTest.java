package org.chancery.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chancery.link.EditorResolvedEvaluation.Verdict;
import org.junit.jupiter.api.Test;

class EditorResolvedEvaluationTest {
  private static Link link(Link.Status status, Optional<String> target, Reason reason) {
    return new Link(
        "v/d9",
        "your 237",
        target,
        status,
        Link.Evidence.TELEGRAPH,
        List.of(),
        Link.Kind.REFERENCE,
        0,
        0,
        0,
        8,
        reason.text(),
        Basis.NONE);
  }

  @Test
  void verdictSaysWhetherTheLinkerAgreedAbstainedOrFoundNothing() {
    Reason.ByRule rule = new Reason.ByRule(Reason.Rule.POSTS_NUMBER_DATE, Optional.empty());
    assertEquals(
        Verdict.RIGHT,
        EditorResolvedEvaluation.verdict(
            link(Link.Status.RESOLVED, Optional.of("v/d5"), rule), "v/d5"));
    assertEquals(
        Verdict.WRONG,
        EditorResolvedEvaluation.verdict(
            link(Link.Status.RESOLVED, Optional.of("v/d4"), rule), "v/d5"));
    assertEquals(
        Verdict.AMBIGUOUS,
        EditorResolvedEvaluation.verdict(
            link(Link.Status.AMBIGUOUS, Optional.empty(), new Reason.RuleTie(rule.rule(), 2)),
            "v/d5"));
    Reason someBear = new Reason.NoMessage(true, Optional.of("237"), Optional.empty());
    Reason noneBear = new Reason.NoMessage(false, Optional.of("237"), Optional.empty());
    assertEquals(
        Verdict.WRONG_SERIES,
        EditorResolvedEvaluation.verdict(
            link(Link.Status.UNRESOLVED, Optional.empty(), someBear), "v/d5"));
    assertEquals(
        Verdict.NO_CANDIDATE,
        EditorResolvedEvaluation.verdict(
            link(Link.Status.UNRESOLVED, Optional.empty(), noneBear), "v/d5"));
  }

  @Test
  void eraFollowsTheDepartmentsFilingSystems() {
    assertEquals(RecordEra.BOUND_VOLUMES, RecordEra.of(LocalDate.of(1861, 3, 4)));
    assertEquals(RecordEra.NUMERICAL_FILE, RecordEra.of(LocalDate.of(1909, 12, 31)));
    assertEquals(RecordEra.DECIMAL_FILE, RecordEra.of(LocalDate.of(1934, 1, 4)));
    assertEquals(RecordEra.DECIMAL_FILE_REVISED, RecordEra.of(LocalDate.of(1950, 1, 1)));
    assertEquals(RecordEra.SUBJECT_NUMERIC_FILE, RecordEra.of(LocalDate.of(1968, 8, 21)));
    assertEquals(RecordEra.CENTRAL_FOREIGN_POLICY_FILE, RecordEra.of(LocalDate.of(1979, 1, 1)));
  }
}
