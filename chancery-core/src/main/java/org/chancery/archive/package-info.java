/**
 * Archive: the on-disk layout of an archive folder and the ingest pipeline that reads volumes in
 * parallel and commits each one whole into the search index.
 */
package org.chancery.archive;
