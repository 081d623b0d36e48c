/** Where a document comes from: source notes classified by the form they take, and their facets. */
package org.chancery.understand.provenance;
