/** The JSON forms of Chancery's records, shared by the command line and the web API. */
package org.chancery.serve.json;
