/**
 * Pure functions over a Document: the reference grammar, Decimal File numbers, source notes, people
 * and mentions; bundled reference tables are their only input besides the document.
 */
package org.chancery.understand;
