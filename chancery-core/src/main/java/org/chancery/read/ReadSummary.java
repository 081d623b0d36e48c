package org.chancery.read;

import java.util.List;
import java.util.Objects;
import org.chancery.model.Volume;

/**
 * What reading one file gave: its volume, how many documents, and the problems read past (capped).
 */
public record ReadSummary(Volume volume, int documents, List<ParseError> problems) {
  public ReadSummary {
    Objects.requireNonNull(volume, "volume");
    problems = List.copyOf(problems);
  }
}
