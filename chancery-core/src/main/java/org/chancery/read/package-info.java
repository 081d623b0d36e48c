/**
 * Readers: one per input format (FRUS TEI, published plain text), each producing {@link
 * org.chancery.model.Document}s.
 */
package org.chancery.read;
