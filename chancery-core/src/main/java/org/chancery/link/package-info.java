/**
 * Resolving references across the archive: the catalogue, the linker, threads, editors'
 * cross-references and the link store.
 */
package org.chancery.link;
