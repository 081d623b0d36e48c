/** Serving the archive to people and programs: the command line, JSON, and (later) the web. */
package org.chancery.serve;
