/**
 * Understanding: what Chancery reads into a Document beyond what is printed, one subpackage per
 * subject (references, decimal, people, provenance) and {@link
 * org.chancery.understand.Understanding} as the one entry that combines them. Pure functions; the
 * bundled tables are their only input besides the document.
 */
package org.chancery.understand;
