/** Pure functions over a Document: the reference grammar and what it finds, no I/O. */
package org.chancery.understand;
