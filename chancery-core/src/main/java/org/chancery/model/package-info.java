/** The document model: immutable records every reader produces and every later stage reads. */
package org.chancery.model;
