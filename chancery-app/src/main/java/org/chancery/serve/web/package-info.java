/**
 * The reading room: a read-only web server of search, document and volume pages and a JSON API over
 * an archive.
 */
package org.chancery.serve.web;
