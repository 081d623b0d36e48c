package org.chancery.search;

import java.util.Objects;

/** A volume in the index: its id, title and how many documents it holds. */
public record VolumeInfo(String id, String title, int documents) {
  public VolumeInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
