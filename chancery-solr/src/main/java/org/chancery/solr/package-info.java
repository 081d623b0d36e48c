/**
 * The SolrCloud search backend: the configset generated from the index schema, import and search
 * over a collection.
 */
package org.chancery.solr;
