/**
 * The FRUS TEI reader: one streaming pass over a volume, one {@link org.chancery.model.Document}
 * per document div.
 */
package org.chancery.read.tei;
