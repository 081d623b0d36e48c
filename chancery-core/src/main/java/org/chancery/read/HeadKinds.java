package org.chancery.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.DocumentType;

/**
 * The kind of paper a modern (post-1945) heading begins with, after the editors' running number:
 * "Telegram", "Memorandum of Conversation", "National Intelligence Estimate", "Paper Prepared in
 * ...", "Minutes of ... Meeting", "Editorial Note". Longer phrases are tried first so that
 * "Circular Telegram" is a circular, "Editorial Note" not a note and "Memorandum of Conversation"
 * not a memorandum sent.
 */
final class HeadKinds {

  /** A kind phrase at the start of a heading and the type it names. */
  private record Kind(Pattern phrase, DocumentType type) {
    static Kind of(String regex, DocumentType type) {
      return new Kind(Pattern.compile("^(?:" + regex + ")\\b"), type);
    }
  }

  /** The kind a heading begins with: its type and the heading after the kind phrase. */
  record Found(DocumentType type, String rest) {}

  private static final List<Kind> KINDS =
      List.of(
          Kind.of("Editorial Note", DocumentType.EDITORIAL_NOTE),
          Kind.of("Circular (?:Telegram|Airgram|Instruction)", DocumentType.CIRCULAR),
          Kind.of(
              "(?:Special )?National Intelligence (?:Estimate|Analytical Memorandum)"
                  + "|(?:Special )?National Intelligence Estimate|Intelligence (?:Estimate|Report)"
                  + "|Special Estimate|Intelligence Assessment",
              DocumentType.INTELLIGENCE_ESTIMATE),
          Kind.of(
              "(?:Backchannel |Back Channel )?(?:Telegram|Cable|Message|Backchannel Message)",
              DocumentType.TELEGRAM),
          Kind.of("Airgram|Despatch|Dispatch", DocumentType.DESPATCH),
          Kind.of("Instruction", DocumentType.INSTRUCTION),
          Kind.of(
              "Minutes|Summary (?:Minutes|Record)|Record of (?:the )?(?:a )?Meeting"
                  + "|Notes? (?:of|on) (?:a |the )?Meeting|Summary of Discussion",
              DocumentType.MINUTES),
          Kind.of(
              "Memorandum (?:for the Record )?of (?:a )?(?:Telephone )?Conversation"
                  + "|Record of (?:a )?(?:Telephone )?Conversation"
                  + "|Summary of (?:a )?(?:Telephone )?Conversation"
                  + "|Transcript of (?:a )?Telephone Conversation|Notes? of (?:a )?Conversation",
              DocumentType.MEMORANDUM_OF_CONVERSATION),
          Kind.of(
              "(?:Action |Information |Intelligence |Briefing |Draft )?Memorandum"
                  + "|Memorandum for the Record",
              DocumentType.MEMORANDUM),
          Kind.of("Letter", DocumentType.LETTER),
          Kind.of("Note Verbale|Note|Aide-M[ée]moire", DocumentType.NOTE),
          Kind.of(
              "(?:Briefing |Position |Talking |Discussion |Background |Issues |Policy |Decision"
                  + " |Options |Draft |Working )?Paper|Study|Report|Statement of Policy"
                  + "|National Security Council Report|NSC (?:Report|Paper|Action)"
                  + "|National Security (?:Study|Decision|Action) Memorandum"
                  + "|Presidential (?:Review|Directive|Decision) Memorandum|Talking Points"
                  + "|Draft Statement|Analytical Summary",
              DocumentType.PAPER));

  // The editors' running number of a modern volume: "190. " before the heading, never "No. 190.".
  private static final Pattern RUNNING_NUMBER = Pattern.compile("^\\d+[A-Za-z]?\\.\\s+");

  private HeadKinds() {}

  /**
   * The kind a heading names, when it is of the modern form: the running number, then a kind
   * phrase, then the end or a word that goes on with the heading ("From", "to", "for", "of", "by",
   * "Prepared", "Between", ",").
   */
  static Optional<Found> of(String head) {
    Matcher n = RUNNING_NUMBER.matcher(head);
    if (!n.find()) return Optional.empty();
    String h = head.substring(n.end());
    for (Kind k : KINDS) {
      Matcher m = k.phrase().matcher(h);
      if (m.find() && goesOn(h.substring(m.end())))
        return Optional.of(new Found(k.type(), h.substring(m.end()).strip()));
    }
    return Optional.empty();
  }

  // A kind phrase then "by": "Memorandum by ...", "Memorandum of Conversation, by ...".
  private static final Pattern THEN_BY =
      Pattern.compile("^(?:\\s+of\\s+(?:a\\s+)?Conversation)?,?\\s+by\\s+");

  /**
   * The writer and addressee of a heading without a running number that opens with a kind and "by"
   * ({@code Memorandum by the Director of the Office of Near Eastern and African Affairs
   * (Henderson) to the Secretary of State}): the heading after "by"; none for another heading.
   */
  static Optional<String> afterBy(String head) {
    for (Kind k : KINDS) {
      Matcher m = k.phrase().matcher(head);
      if (!m.find()) continue;
      Matcher by = THEN_BY.matcher(head.substring(m.end()));
      if (by.find()) return Optional.of(head.substring(m.end() + by.end()));
    }
    return Optional.empty();
  }

  private static final Pattern GOES_ON =
      Pattern.compile(
          "^(?:$|[.,:;(]|\\s+(?:From|from|to|To|for|For|of|Of|by|By|Prepared|prepared|Between|between"
              + "|on|On|No\\.|\\d|in|at|Among|among|With|with)\\b|\\s+[A-Z0-9])");

  private static boolean goesOn(String rest) {
    return GOES_ON.matcher(rest).find();
  }
}
