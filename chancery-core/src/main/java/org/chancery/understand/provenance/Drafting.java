package org.chancery.understand.provenance;

import java.util.List;

/**
 * Who drafted, cleared and approved a paper, as its source note says ({@code Drafted by Wood;
 * cleared by Rountree; approved by Dulles}), each list as printed, in order.
 */
public record Drafting(List<String> draftedBy, List<String> clearedBy, List<String> approvedBy) {
  /** A note that names no drafter, clearer or approver. */
  public static final Drafting NONE = new Drafting(List.of(), List.of(), List.of());

  public Drafting {
    draftedBy = List.copyOf(draftedBy);
    clearedBy = List.copyOf(clearedBy);
    approvedBy = List.copyOf(approvedBy);
  }

  /** Whether the note names no one. */
  public boolean isEmpty() {
    return draftedBy.isEmpty() && clearedBy.isEmpty() && approvedBy.isEmpty();
  }
}
