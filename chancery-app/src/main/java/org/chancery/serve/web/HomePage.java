package org.chancery.serve.web;

import java.util.List;
import org.chancery.search.VolumeInfo;

/** The front page's model: the volumes in the archive and how many documents they hold. */
record HomePage(List<VolumeInfo> volumes) {
  int documents() {
    return volumes.stream().mapToInt(VolumeInfo::documents).sum();
  }
}
