package org.chancery.serve.web;

import java.util.List;
import org.chancery.model.Document;

/**
 * Contributes sections to a document's page and its JSON: the extension point for the stages that
 * come after reading (links, threads, people, file numbers).
 *
 * <p><b>NOTE:</b> implementations are called on request threads, concurrently; they must be
 * thread-safe, quick (the page waits), and return only what they know (no placeholders): an empty
 * list when they have nothing for the document.
 */
@FunctionalInterface
public interface DocumentSections {
  /** The sections for {@code document}, in the order the page shows them. */
  List<Section> sectionsFor(Document document) throws java.io.IOException;
}
