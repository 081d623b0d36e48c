package org.chancery.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.chancery.model.Document;

/**
 * A DocumentReader reads one file of some format and hands each document to a sink as soon as it is
 * complete, so a volume never has to fit in memory whole.
 *
 * <p><b>NOTE:</b> implementations are stateless and thread-safe; a file is read on one thread.
 */
public interface DocumentReader {

  /**
   * Reads {@code file}, passing each document to {@code sink} in order.
   *
   * @return the volume the documents belong to, how many were read, and the problems read past
   * @throws ReadException if the file cannot be read on; documents already passed to the sink stay
   *     valid, but the volume is incomplete
   * @throws IOException if the file cannot be opened or read
   */
  ReadSummary read(Path file, Consumer<Document> sink) throws IOException, ReadException;
}
