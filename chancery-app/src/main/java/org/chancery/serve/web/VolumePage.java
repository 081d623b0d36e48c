package org.chancery.serve.web;

import java.util.List;
import org.chancery.search.Hit;
import org.chancery.search.VolumeInfo;

/** The volume page's model: the volume and its documents in order. */
record VolumePage(VolumeInfo volume, List<Hit> documents) {
  /** The search page for this volume's documents. */
  String searchHref() {
    return "/search?q=&volume=" + volume.id();
  }

  /** Who wrote to whom in this volume. */
  String networkHref() {
    return "/network?q=&volume=" + volume.id();
  }
}
