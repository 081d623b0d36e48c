package org.chancery.read.text;

import java.util.regex.Pattern;

/** The kinds of line a published FRUS page has, recognised by their printed form. */
final class Lines {
  // "  1. Robert Coulondre." : footnotes are listed indented, renumbered from 1.
  static final Pattern FOOTNOTE = Pattern.compile("^\\s+(\\d{1,3})\\.\\s+(.+)$");
  // "861.20/406: Telegram", "File No. 763.72/1234", "[Telegram]", "Paris Peace Conf. 180.03101/12".
  static final Pattern SOURCE_NOTE =
      Pattern.compile(
          "^(?:\\d{3}[A-Za-z]?(?:\\.[0-9A-Za-z]+)*(?: [A-Za-z0-9]+)*/[0-9]+[0-9a-z½]*(?::.*)?"
              + "|File No\\..*|Paris Peace Conf\\..*|\\[[^\\]]{2,60}\\]\\.?)$");
  static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^(\\d{1,3})\\.$");
  static final Pattern ITEM_LABEL = Pattern.compile("^\\(([a-z]{1,4}|\\d{1,3})\\)$");
  static final Pattern RECEIVED = Pattern.compile("^\\[(Received[^\\]]*)\\]\\.?$");
  static final Pattern PAGE = Pattern.compile("\\s*\\[Page ([^\\]\\s]{1,12})\\]\\s*");

  private Lines() {}

  static boolean isFootnote(Line line) {
    return FOOTNOTE.matcher(line.text()).matches();
  }

  static boolean isSourceNote(Line line) {
    return SOURCE_NOTE.matcher(line.strip()).matches();
  }
}
