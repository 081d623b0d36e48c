/**
 * References to other messages: the telegraph's vocabulary, a token cursor over text, and the
 * grammar that reads "your 237, April 30, 2 p.m." into a {@link
 * org.chancery.understand.references.Reference}.
 */
package org.chancery.understand.references;
