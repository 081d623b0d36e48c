package org.chancery.model;

import java.util.List;
import java.util.Objects;

/** An editors' note on where a document comes from, with the file numbers it names. */
public record SourceNote(String text, List<FileNumber> fileNumbers) {
  public SourceNote {
    Objects.requireNonNull(text, "text");
    fileNumbers = List.copyOf(fileNumbers);
  }
}
