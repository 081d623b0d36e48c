package org.chancery.serve.web;

import java.util.List;

/** An era's page of volumes: one page of its shelf, in order of year. */
record EraPage(Shelves.Shelf shelf, int offset) {
  /** The most volumes on one page. */
  static final int PAGE = 50;

  /** The volumes of this page. */
  List<Shelves.Shelved> volumes() {
    List<Shelves.Shelved> all = shelf.volumes();
    return all.subList(Math.min(offset, all.size()), Math.min(offset + PAGE, all.size()));
  }

  /** The address of the previous page, or "" on the first. */
  String previous() {
    return offset == 0 ? "" : href(Math.max(0, offset - PAGE));
  }

  /** The address of the next page, or "" on the last. */
  String next() {
    return offset + PAGE >= shelf.volumes().size() ? "" : href(offset + PAGE);
  }

  private String href(int at) {
    return shelf.era().href() + (at == 0 ? "" : "?offset=" + at);
  }
}
