package org.chancery.model;

import java.util.Objects;

/** A volume of documents: a FRUS TEI volume, or a plain-text file standing in for one. */
public record Volume(String id, String title) {
  public Volume {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
