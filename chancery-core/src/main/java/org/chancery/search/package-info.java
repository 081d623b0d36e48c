/**
 * Search: the {@link org.chancery.search.SearchBackend} interface, its in-process Lucene
 * implementation, the index fields (declared once in {@link org.chancery.search.IndexSchema}) and
 * our own query language for historians ({@link org.chancery.search.QueryParser}).
 */
package org.chancery.search;
