/** Pure functions over a Document: Decimal File numbers, source notes, people and mentions. */
package org.chancery.understand;
